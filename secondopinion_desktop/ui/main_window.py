"""The main window: people and cases on the left, the steps of the chosen case in the centre."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMainWindow

from secondopinion_desktop.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject, QTranslator
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QScreen
    from PySide6.QtWidgets import QTreeWidgetItem, QWidget

    from secondopinion_desktop.model import Case, Person
    from secondopinion_desktop.services.start_up import Store
    from secondopinion_desktop.services.workspace import Workspace
    from secondopinion_desktop.ui.pages.base import StepPage

GEOMETRY_KEY = "window/geometry"
LAST_CASE_KEY = "window/last_case"
SHOW_TODO_KEY = "view/show_todo"
# The size a first start asks for when the screen has room for it (never more than the screen).
PREFERRED_SIZE = (1200, 820)
# Qt.ItemDataRole.UserRole is 256. Written as numbers because the first touch of Qt's enums
# builds all of them (about 60 ms), which would otherwise delay the first window.
PERSON_ROLE = 256
CASE_ROLE = 257


class MainWindow(QMainWindow):
    """One window on one store. Pages reach the store only through ``save`` and ``workspace``."""

    store_opened = Signal()

    def __init__(
        self, data_dir: Path, settings: QSettings, language: str = "en", *, deferred: bool = False
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self._language = language
        self.store: Store | None = None
        self._workspace: Workspace | None = None
        self.pages: list[StepPage] = []
        self.current_case: Case | None = None
        self.translators: list[QTranslator] = []
        # Hourly backups and Restore from backup... (ui/safety_wiring.py's WindowSafety), once
        # the store is open; the window owns it as its Qt child.
        self.safety: QtCore.QObject | None = None
        self.built = False
        # Set by --smoke: never wait on a question when closing.
        self.never_ask = False
        self._lose_unreadable = False
        self.unreadable_question: QtWidgets.QMessageBox | None = None
        # The side column the person asked for last; it is kept when both do not fit.
        self._first_column: Literal["people", "steps"] = "steps"
        self._arranging = False
        self.setWindowTitle(self.tr("Second Opinion Companion"))
        self._place_on_screen()
        self.statusBar().showMessage(self.tr("Opening your information..."))
        if not deferred:
            self.finish_building()

    def finish_building(self) -> None:
        """Menus, panels and pages. With ``deferred`` the app calls this just after the empty
        window is on screen, so the window appears as fast as a bare QtCore.Qt window."""
        if self.built:
            return
        from secondopinion_desktop.ui.window_actions import WindowActions

        self.built = True
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            theme.apply(app, self.settings)  # the stylesheet waits until the frame is shown
        self._build_menus()
        self._build_body()
        self.actions_ = WindowActions(self)
        self.text_size_changed()
        # Visit mode (issue 13): View > Visit mode; the view itself lives in ui/visit_mode.py.
        from secondopinion_desktop.ui.visit_mode import visit_mode_action
        from secondopinion_desktop.ui.window_menus import lay_out_menus

        self.visit_mode_action = visit_mode_action(self)
        lay_out_menus(self)

    def _place_on_screen(self) -> None:
        """The remembered size and place, back on a screen that exists; else fit the screen."""
        geometry = self.settings.value(GEOMETRY_KEY)
        if (
            isinstance(geometry, QtCore.QByteArray)
            and not geometry.isEmpty()
            and self.restoreGeometry(geometry)
        ):
            screen = self._screen_holding(self.geometry())
            if screen is not None:
                area = screen.availableGeometry()
                if self.width() > area.width() or self.height() > area.height():
                    self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
                return
        self.setWindowState(QtCore.Qt.WindowState.WindowNoState)
        screen = QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*PREFERRED_SIZE)
            return
        area = screen.availableGeometry()
        width, height = PREFERRED_SIZE
        # Room for the frame the window system adds around the window (title bar, borders).
        frame = 40
        if area.width() < width + frame or area.height() < height + frame:
            # A small screen: use all of it, as a maximised window does.
            self.setGeometry(area.adjusted(0, 0, 0, -frame) if area.height() > frame * 4 else area)
            self.setWindowState(QtCore.Qt.WindowState.WindowMaximized)
            return
        self.resize(width, height)
        self.move(area.center() - QtCore.QPoint(width // 2, height // 2))

    @staticmethod
    def _screen_holding(rect: QtCore.QRect) -> QScreen | None:
        """The screen that shows most of ``rect``, or None when it is on no screen at all."""
        best: QScreen | None = None
        best_area = 0
        for screen in QtGui.QGuiApplication.screens():
            part = screen.availableGeometry().intersected(rect)
            area = part.width() * part.height() if not part.isEmpty() else 0
            # Enough of the title bar to grab: at least 100 by 40 pixels.
            if part.width() >= 100 and part.height() >= 40 and area > best_area:
                best, best_area = screen, area
        return best

    # -- PageContext --------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    @property
    def workspace(self) -> Workspace:
        assert self._workspace is not None, "the store is not open yet"
        return self._workspace

    def save(self, obj: Any, attribute: str, value: Any) -> str | None:
        from secondopinion_desktop.storage.errors import SaveError
        from secondopinion_desktop.ui.error_words import store_error_words

        try:
            self.workspace.set(obj, attribute, value)
        except SaveError as exc:
            message = store_error_words(exc)
            self.statusBar().showMessage(message)
            return message
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        self._after_save()
        return None

    def go_to_step(self, key: str) -> None:
        for index, page in enumerate(self.pages):
            if page.key == key:
                self.show_step(index, focus_page=True)
                return

    def structure_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        self._after_save()

    def report_error(self, message: str) -> None:
        self.statusBar().showMessage(message)
        QtWidgets.QMessageBox.warning(self, self.tr("Could not save"), message)

    def confirm(self, question: str, yes_label: str) -> bool:
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Please confirm"))
        box.setText(question)
        yes = box.addButton(yes_label, QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is yes

    # -- File > Check an imaging disc (issue 12) ------------------------------------------
    def _add_disc_check_action(self) -> None:
        self.check_disc_action = QtGui.QAction(self.tr("Check an imaging &disc..."), self)
        self.check_disc_action.triggered.connect(lambda: self.check_disc())

    def check_disc(self, folder: str | None = None) -> None:
        """Check a disc or folder against the open case's person; nothing is kept on a record."""
        from secondopinion_desktop.ui.disc_check_dialog import DiscCheckDialog, choose_disc_folder

        path = folder or choose_disc_folder(self)
        if not path:
            return
        case = getattr(self, "current_case", None)
        person = case.person if case is not None else None
        self.disc_dialog = DiscCheckDialog(
            self._language,
            person_name=person.full_name if person is not None else None,
            birth_date=person.date_of_birth if person is not None else None,
            parent=self,
        )
        self.disc_dialog.setModal(True)
        self.disc_dialog.show()
        self.disc_dialog.start(path)

    # -- building -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self._menu(self.tr("&File"))
        self.new_person_action = QtGui.QAction(self.tr("New &person..."), self)
        self.new_person_action.triggered.connect(self.new_person)
        self.new_case_action = QtGui.QAction(self.tr("&New case..."), self)
        self.new_case_action.setShortcut(QtGui.QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.quit_action = QtGui.QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._add_disc_check_action()
        # Filled once every action is made: ui/window_menus.py.
        self.view_menu = self._menu(self.tr("&View"))
        self.help_menu = self._menu(self.tr("&Help"))

    def _menu(self, title: str) -> QtWidgets.QMenu:
        # Made here and owned by the window: a menu the menu bar makes itself
        # (menuBar().addMenu(title)) is reached through a wrapper that PySide6 6.12 drops when
        # an unrelated rebuilt page is deleted, and the next use of it fails.
        made = QtWidgets.QMenu(title, self)
        self.menuBar().addMenu(made)
        return made

    def _build_body(self) -> None:
        from secondopinion_desktop.ui.accessible_names import name_buttons_from_text
        from secondopinion_desktop.ui.readiness_panel import ReadinessPanel, WrappingLinkButton
        from secondopinion_desktop.ui.welcome import WelcomePage

        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)

        # Left: people and their cases.
        left = QtWidgets.QWidget(splitter)
        self.people_column = left
        left_layout = QtWidgets.QVBoxLayout(left)
        people_caption = QtWidgets.QLabel(self.tr("People and their cases"), left)
        people_caption.setObjectName("sectionHeading")
        people_caption.setWordWrap(True)
        self.tree = QtWidgets.QTreeWidget(left)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("People and their cases"))
        people_caption.setBuddy(self.tree)
        self.tree.currentItemChanged.connect(self._tree_selection_changed)
        left_layout.addWidget(people_caption)
        left_layout.addWidget(self.tree, 1)
        self.add_person_button = QtWidgets.QPushButton(self.tr("New person..."), left)
        self.add_case_button = QtWidgets.QPushButton(self.tr("New case..."), left)
        self.rename_button = QtWidgets.QPushButton(self.tr("Rename..."), left)
        self.delete_button = QtWidgets.QPushButton(self.tr("Delete..."), left)
        self.add_person_button.clicked.connect(self.new_person)
        self.add_case_button.clicked.connect(self.new_case)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (
            self.add_person_button, self.add_case_button, self.rename_button, self.delete_button
        ):
            button.setAutoDefault(False)
            left_layout.addWidget(button)

        # Centre: the step list and the page.
        centre = QtWidgets.QWidget(splitter)
        centre_layout = QtWidgets.QVBoxLayout(centre)
        self._build_fold_bar(centre, centre_layout)
        self.case_heading = QtWidgets.QLabel("", centre)
        self.case_heading.setObjectName("caseHeading")
        self.case_heading.setWordWrap(True)
        self.case_heading.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        centre_layout.addWidget(self.case_heading)
        row = QtWidgets.QHBoxLayout()
        steps_box = QtWidgets.QVBoxLayout()
        steps_caption = QtWidgets.QLabel(self.tr("Steps"), centre)
        steps_caption.setObjectName("sectionHeading")
        self.step_list = QtWidgets.QListWidget(centre)
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setWordWrap(True)
        steps_caption.setBuddy(self.step_list)
        self.step_list.currentRowChanged.connect(self._step_chosen)
        steps_box.setContentsMargins(0, 0, 0, 0)
        steps_box.addWidget(steps_caption)
        self.step_list.setSizeAdjustPolicy(QtWidgets.QListWidget.SizeAdjustPolicy.AdjustToContents)
        # Long step names wrap onto a second line instead of being cut short.
        self.step_list.setTextElideMode(QtCore.Qt.TextElideMode.ElideNone)
        self.step_list.setResizeMode(QtWidgets.QListWidget.ResizeMode.Adjust)
        self.step_list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        steps_box.addWidget(self.step_list)
        # The step list above (no taller than its steps), what is still to do below; each
        # scrolls when large text leaves too little room, and the to-do list can be folded.
        self.readiness = ReadinessPanel(self.go_to_step, self._language)
        self.todo_box = QtWidgets.QWidget(centre)
        todo_layout = QtWidgets.QVBoxLayout(self.todo_box)
        todo_layout.setContentsMargins(0, 0, 0, 0)
        todo_layout.setSpacing(4)
        # Its words wrap: the column is narrow at large text sizes.
        self.todo_toggle = WrappingLinkButton("", self.todo_box)
        self.todo_toggle.setObjectName("foldToggle")
        self.todo_toggle.setCheckable(True)
        self.todo_toggle.setAutoDefault(False)
        self.todo_toggle.setChecked(
            str(self.settings.value(SHOW_TODO_KEY, "true")).lower() != "false"
        )
        self.todo_toggle.toggled.connect(self._todo_toggled)
        todo_layout.addWidget(self.todo_toggle)
        self.readiness_scroll = QtWidgets.QScrollArea(self.todo_box)
        self.readiness_scroll.setWidgetResizable(True)
        self.readiness_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.readiness_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.readiness_scroll.setWidget(self.readiness)
        self.readiness_scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        todo_layout.addWidget(self.readiness_scroll, 1)
        steps_box.addWidget(self.todo_box, 1)
        self.steps_box = steps_box
        self.steps_holder = QtWidgets.QWidget(centre)
        self.steps_holder.setLayout(steps_box)
        self.steps_holder.installEventFilter(self)
        row.addWidget(self.steps_holder, 0)
        page_box = QtWidgets.QVBoxLayout()
        self.stack = QtWidgets.QStackedWidget(centre)
        self.placeholder = QtWidgets.QLabel(
            self.tr("Choose a case on the left, or start a new one with \u201cNew case...\u201d."),
            self.stack,
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.welcome = WelcomePage(self.data_dir, self.stack)
        self.welcome.start_requested.connect(self.new_person)
        self.welcome.example_requested.connect(lambda: self.actions_.open_example())
        self.stack.addWidget(self.welcome)
        page_box.addWidget(self.stack, 1)
        nav = QtWidgets.QHBoxLayout()
        self.back_button = QtWidgets.QPushButton(self.tr("Back"), centre)
        self.next_button = QtWidgets.QPushButton(self.tr("Next"), centre)
        self.back_button.setShortcut(QtGui.QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QtGui.QKeySequence("Alt+Right"))
        self.back_button.setToolTip(self.tr("Go to the step before (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Go to the next step (Alt+Right)"))
        for button in (self.back_button, self.next_button):
            button.setMinimumWidth(120)
        self.back_button.setAutoDefault(False)
        self.next_button.setAutoDefault(False)
        self.back_button.clicked.connect(
            lambda: self.show_step(self.step_list.currentRow() - 1, focus_page=True)
        )
        self.next_button.clicked.connect(
            lambda: self.show_step(self.step_list.currentRow() + 1, focus_page=True)
        )
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        page_box.addLayout(nav)
        row.addLayout(page_box, 1)
        centre_layout.addLayout(row, 1)

        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 920])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.centre_layout = centre_layout
        self._todo_toggled(self.todo_toggle.isChecked())
        self._set_case_controls(False)
        self.add_person_button.setEnabled(False)
        theme.apply_heading_fonts(self)
        name_buttons_from_text(self)

    def _build_fold_bar(self, centre: QWidget, centre_layout: QtWidgets.QVBoxLayout) -> None:
        """The compact choosers that stand in for a folded column, each with a button that
        brings the column back. Shown only while their column is folded."""
        self.people_row = QtWidgets.QWidget(centre)
        people_row = QtWidgets.QHBoxLayout(self.people_row)
        people_row.setContentsMargins(0, 0, 0, 0)
        self.case_chooser_label = QtWidgets.QLabel(self.tr("&Case:"), self.people_row)
        self.case_chooser = QtWidgets.QComboBox(self.people_row)
        self.case_chooser.setAccessibleName(self.tr("Case"))
        self.case_chooser.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.case_chooser.setMinimumContentsLength(10)
        self.case_chooser.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.case_chooser_label.setBuddy(self.case_chooser)
        self.case_chooser.activated.connect(self._case_chosen_in_bar)
        from secondopinion_desktop.ui.readiness_panel import WrappingLinkButton

        # Buttons whose words wrap, so the bar fits a narrow window at the largest text.
        self.show_people_button = WrappingLinkButton(
            self.tr("Show people and cases"), self.people_row
        )
        self.show_people_button.setObjectName("foldToggle")
        self.show_people_button.setAutoDefault(False)
        self.show_people_button.setToolTip(
            self.tr("Show the list of people and their cases beside the steps (Ctrl+L)")
        )
        self.show_people_button.clicked.connect(lambda: self.bring_back("people"))
        people_row.addWidget(self.case_chooser_label)
        people_row.addWidget(self.case_chooser, 1)
        people_row.addWidget(self.show_people_button)
        centre_layout.addWidget(self.people_row)

        self.steps_row = QtWidgets.QWidget(centre)
        steps_row = QtWidgets.QHBoxLayout(self.steps_row)
        steps_row.setContentsMargins(0, 0, 0, 0)
        self.step_chooser_label = QtWidgets.QLabel(self.tr("S&tep:"), self.steps_row)
        self.step_chooser = QtWidgets.QComboBox(self.steps_row)
        self.step_chooser.setAccessibleName(self.tr("Step"))
        self.step_chooser.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.step_chooser.setMinimumContentsLength(10)
        self.step_chooser.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.step_chooser_label.setBuddy(self.step_chooser)
        self.step_chooser.activated.connect(lambda row: self.show_step(row, focus_page=True))
        self.show_steps_button = WrappingLinkButton(self.tr("Show the steps"), self.steps_row)
        self.show_steps_button.setObjectName("foldToggle")
        self.show_steps_button.setAutoDefault(False)
        self.show_steps_button.setToolTip(
            self.tr("Show the list of steps and what is still to do beside the page")
        )
        self.show_steps_button.clicked.connect(lambda: self.bring_back("steps"))
        steps_row.addWidget(self.step_chooser_label)
        steps_row.addWidget(self.step_chooser, 1)
        steps_row.addWidget(self.show_steps_button)
        centre_layout.addWidget(self.steps_row)
        # While the steps are folded, the to-do list sits here, under the step chooser.
        for row in (self.people_row, self.steps_row):
            # As tall as its buttons need, never squeezed by a short window.
            row.setSizePolicy(
                QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Minimum
            )
        self.folded_todo_at = centre_layout.count()
        self.people_row.hide()
        self.steps_row.hide()

    def _set_case_controls(self, enabled: bool) -> None:
        self.back_button.setVisible(enabled)
        self.next_button.setVisible(enabled)
        self.arrange()

    # -- fitting the columns to the window -------------------------------------------------
    def people_wanted(self) -> bool:
        actions = getattr(self, "actions_", None)
        return actions is None or actions.people_action.isChecked()

    def bring_back(self, column: Literal["people", "steps"]) -> None:
        """Show a folded column again (the others fold if there is no room for all)."""
        self._first_column = column
        if column == "people" and not self.people_wanted():
            self.actions_.people_action.setChecked(True)  # arranges again
        self.arrange()
        target = self.tree if column == "people" else self.step_list
        if target.isVisible():
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def page_needs(self) -> int:
        """The width the widest step (or the welcome) needs to show without sideways scrolling."""
        from secondopinion_desktop.ui.pages.base import StepPage

        widest = 0
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            inner = page.widget() if isinstance(page, QtWidgets.QScrollArea) else None
            if inner is None:
                continue
            if isinstance(page, StepPage) or page is self.welcome:
                widest = max(widest, inner.minimumSizeHint().width())
        return widest

    def _people_width(self) -> int:
        width = self.fontMetrics().averageCharWidth()
        scale = max(1.0, min(self.fontInfo().pointSizeF() / 12.0, 2.0))
        return max(self.people_column.minimumWidth(), int(width * (30 - 14 * (scale - 1.0))))

    def arrange(self) -> None:
        """Fold the people and step columns into choosers above the page when the page would
        otherwise need sideways scrolling; unfold them when there is room again."""
        from secondopinion_desktop.ui import column_fit

        if not self.built or self._arranging:
            return
        self._arranging = True
        try:
            has_case = self.current_case is not None
            style = self.style()
            scroll_bar = style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
            margins = self.centre_layout.contentsMargins()
            # Margins, the gap between the columns, the splitter's handle, the page's own
            # scroll bar, and a little slack for borders.
            overhead = (
                margins.left() + margins.right() + 12 + self.splitter.handleWidth()
                + scroll_bar + 16
            )
            people_width = self._people_width()
            steps_width = self.steps_holder.minimumWidth() if has_case else 0
            fit = column_fit.columns_that_fit(
                self.width() - overhead, self.page_needs(), people_width, steps_width,
                first=self._first_column, people_wanted=self.people_wanted(),
            )
            focus_was = QtWidgets.QApplication.focusWidget()
            self.people_column.setVisible(fit.people)
            self.people_row.setVisible(not fit.people)
            self._fit_heading()
            self.steps_holder.setVisible(has_case and fit.steps)
            self.steps_row.setVisible(has_case and not fit.steps)
            self._place_todo(in_column=fit.steps)
            self.todo_box.setVisible(has_case)
            if fit.people:
                self.splitter.setSizes([people_width, max(self.width() - people_width, 1)])
            if focus_was is not None and not focus_was.isVisible():
                # The keyboard was in a column that just folded: put it in its chooser.
                chooser = self.case_chooser if self.people_row.isVisible() else self.step_chooser
                if chooser.isVisible():
                    chooser.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        finally:
            self._arranging = False

    def _place_todo(self, *, in_column: bool) -> None:
        if in_column and self.todo_box.parentWidget() is not self.steps_holder:
            self.centre_layout.removeWidget(self.todo_box)
            self.steps_box.addWidget(self.todo_box, 1)
            # Back in the column: open or folded as the person last chose there.
            shown = str(self.settings.value(SHOW_TODO_KEY, "true")).lower() != "false"
            self._set_todo_open(shown)
        elif not in_column and self.todo_box.parentWidget() is self.steps_holder:
            self.steps_box.removeWidget(self.todo_box)
            self.centre_layout.insertWidget(self.folded_todo_at, self.todo_box)
            # Above the page it starts as a one-line strip, so the page keeps the room.
            self._set_todo_open(False)

    def _set_todo_open(self, shown: bool) -> None:
        self.todo_toggle.blockSignals(True)
        self.todo_toggle.setChecked(shown)
        self.todo_toggle.blockSignals(False)
        self.readiness_scroll.setVisible(shown)
        self._refresh_todo_toggle()

    def _todo_toggled(self, shown: bool) -> None:
        if self.todo_box.parentWidget() is self.steps_holder:
            self.settings.setValue(SHOW_TODO_KEY, bool(shown))  # remembered for the column
        self.readiness_scroll.setVisible(shown)
        self._refresh_todo_toggle()
        if self.built:
            self._fit_step_list()

    def _refresh_todo_toggle(self) -> None:
        count = len(self.readiness.items)
        if self.todo_toggle.isChecked():
            text = self.tr("Hide what is still to do")
        elif count:
            text = self.tr("Show what is still to do (%1)").replace("%1", str(count))
        else:
            text = self.tr("Show what is still to do")
        self.todo_toggle.set_words(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def _case_chosen_in_bar(self, row: int) -> None:
        case_id = self.case_chooser.itemData(row)
        if case_id is None:
            return
        for index in range(self.tree.topLevelItemCount()):
            person_item = self.tree.topLevelItem(index)
            if person_item is None:
                continue
            for child_index in range(person_item.childCount()):
                child = person_item.child(child_index)
                if child is not None and child.data(0, CASE_ROLE) == case_id:
                    self.tree.setCurrentItem(child)
                    return

    def _refresh_case_chooser(self) -> None:
        self.case_chooser.blockSignals(True)
        self.case_chooser.clear()
        if self._workspace is not None:
            for person in self.workspace.people():
                who = person.full_name or self.tr("(no name yet)")
                for case in person.cases:
                    title = case.title or self.tr("(untitled case)")
                    text = self.tr("%1 \u2014 %2").replace("%1", who).replace("%2", title)
                    self.case_chooser.addItem(text, case.id)
        if self.current_case is None:
            self.case_chooser.setCurrentIndex(-1)
        else:
            self.case_chooser.setCurrentIndex(self.case_chooser.findData(self.current_case.id))
        self.case_chooser.setToolTip(self.case_chooser.currentText())
        self.case_chooser.blockSignals(False)
        has_cases = self.case_chooser.count() > 0
        self.case_chooser.setVisible(has_cases)
        self.case_chooser_label.setVisible(has_cases)
        self._fit_heading()

    def _fit_heading(self) -> None:
        # While the case chooser names the case (in full when opened, and on hover), the
        # heading gives its lines back to the page.
        chooser_shown = not self.people_row.isHidden() and not self.case_chooser.isHidden()
        self.case_heading.setVisible(not chooser_shown)

    # -- the store ----------------------------------------------------------------------
    def attach(self, store: Store) -> None:
        """Called once the store is open: build the pages and fill the list of people."""
        from secondopinion_desktop.services.workspace import Workspace
        from secondopinion_desktop.ui.accessible_names import name_buttons_from_text
        from secondopinion_desktop.ui.steps import STEPS

        self.finish_building()
        self.store = store
        self._workspace = Workspace(store)
        for step in STEPS:
            page = step.page(self)
            # Tab goes to the inputs, not to the scrolling frame around them.
            page.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            page.inner.installEventFilter(self)
            self.pages.append(page)
            self.stack.addWidget(page)
        theme.apply_heading_fonts(self)
        name_buttons_from_text(self)
        self.add_person_button.setEnabled(True)
        self.actions_.store_opened()
        self.reload_tree(select_case_id=self._last_case_id())
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.store_opened.emit()

    def release_store(self) -> None:
        """Save what is typed, close the case, the session and the store (before the file is
        replaced, as a restore does); :meth:`replace_store` opens the window again on one."""
        self.flush_all()
        self.open_case(None)
        if self._workspace is not None:
            self._workspace.close()
        if self.store is not None:
            self.store.close()

    def replace_store(self, store: Store) -> None:
        """Work on ``store`` from now on, in place of the one :meth:`release_store` closed."""
        from secondopinion_desktop.services.workspace import Workspace

        self.store = store
        self._workspace = Workspace(store)
        self.reload_tree()

    def _last_case_id(self) -> int | None:
        """The case open when the window last closed (its number only, in the store's folder)."""
        try:
            value = int(str(self.settings.value(LAST_CASE_KEY, "") or ""))
        except ValueError:
            return None
        return value if value > 0 else None

    def flush_all(self) -> None:
        """Save anything still being typed."""
        for page in self.pages:
            page.flush()

    @staticmethod
    def _unsaved(binding: object) -> bool:
        unsaved = getattr(binding, "unsaved", None)
        return bool(unsaved()) if callable(unsaved) else False

    def unreadable_value(self) -> tuple[int, QWidget, str] | None:
        """The first field still showing something that could not be read (so not saved):
        its step, its widget and its name; None when everything typed is saved."""
        for index, page in enumerate(self.pages):
            if page.case is None:
                continue
            for binding in page.bindings:
                widget = getattr(binding, "widget", None)
                if self._unsaved(binding) and isinstance(widget, QtWidgets.QWidget):
                    return index, widget, widget.accessibleName()
        return None

    def _ask_about_unreadable(self, step: int, widget: QWidget, name: str) -> None:
        """Ask, without waiting: go back to the field, or close and lose that one value."""
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Something could not be saved"))
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "What you typed in \u201c%1\u201d on the step \u201c%2\u201d could not be "
                "read, so it is not saved. Everything else is saved."
            ).replace("%1", name).replace("%2", self.pages[step].title())
        )
        back = box.addButton(self.tr("Go back to it"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(
            self.tr("Close and lose it"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        self.unreadable_question = box

        def answered(button: QtWidgets.QAbstractButton) -> None:
            if button is lose:
                self._lose_unreadable = True
                QtCore.QTimer.singleShot(0, self.close)
                return
            self.show_step(step)
            widget.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

        box.buttonClicked.connect(answered)
        box.open()  # window-modal but never waits: nothing blocks with --smoke or in tests

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_all()
        unreadable = self.unreadable_value()
        if unreadable is not None and not self.never_ask and not self._lose_unreadable:
            event.ignore()
            self._ask_about_unreadable(*unreadable)
            return
        if self.current_case is not None:
            self.settings.setValue(LAST_CASE_KEY, self.current_case.id)
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self._workspace is not None:
            self._workspace.close()
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)

    # -- people and cases ---------------------------------------------------------------
    def reload_tree(self, select_case_id: int | None = None) -> None:
        if self._workspace is None:
            return
        if select_case_id is None and self.current_case is not None:
            select_case_id = self.current_case.id
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for person in self.workspace.people():
            person_name = person.full_name or self.tr("(no name yet)")
            person_item = QtWidgets.QTreeWidgetItem([person_name])
            # Long names are cut with "..." in a narrow list; the whole name shows on hover.
            person_item.setToolTip(0, person_name)
            person_item.setData(0, PERSON_ROLE, person.id)
            self.tree.addTopLevelItem(person_item)
            for case in person.cases:
                case_title = case.title or self.tr("(untitled case)")
                case_item = QtWidgets.QTreeWidgetItem([case_title])
                case_item.setToolTip(0, case_title)
                case_item.setData(0, PERSON_ROLE, person.id)
                case_item.setData(0, CASE_ROLE, case.id)
                person_item.addChild(case_item)
                if case.id == select_case_id:
                    chosen = case_item
            person_item.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.open_case(None)
        self._refresh_case_chooser()

    def selected_person(self) -> Person | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        person_id = item.data(0, PERSON_ROLE)
        return next((p for p in self.workspace.people() if p.id == person_id), None)

    def _tree_selection_changed(self, current: QTreeWidgetItem | None, _prev: Any) -> None:
        case_id = current.data(0, CASE_ROLE) if current is not None else None
        if case_id is None:
            if current is not None and self.current_case is not None:
                self.open_case(None)
            return
        # A case chosen: the steps come first again, so a people list that was brought back
        # in a narrow window folds away and the steps return.
        self._first_column = "steps"
        self.open_case(self.workspace.case(int(case_id)))

    def open_case(self, case: Case | None) -> None:
        from secondopinion_desktop.ui.welcome import DISMISSED_KEY

        for page in self.pages:
            page.set_case(case)
        self.current_case = case
        self._set_case_controls(case is not None)
        self.actions_.case_changed()
        self.readiness.show_case(case)
        self._refresh_todo_toggle()
        self._refresh_case_chooser()
        if case is not None:
            self.settings.setValue(DISMISSED_KEY, True)  # no first-run welcome from now on
            self.settings.setValue(LAST_CASE_KEY, case.id)
        if case is None:
            self.case_heading.setText("")
            empty = self._empty_view()
            self.stack.setCurrentWidget(empty)
            if empty is self.welcome:
                # First run: the keyboard starts on "Start a case", so Enter begins.
                self.welcome.start_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return
        self._refresh_heading()
        self._refresh_step_list()
        try:
            last = int(str(self.settings.value(f"case/{case.id}/step", 0) or 0))
        except ValueError:
            last = 0
        self.show_step(last if 0 <= last < len(self.pages) else 0)

    def _refresh_heading(self) -> None:
        case = self.current_case
        if case is None:
            return
        who = case.person.full_name or self.tr("(no name yet)")
        title = case.title or self.tr("(untitled case)")
        self.case_heading.setText(self.tr("%1 \u2014 %2").replace("%1", who).replace("%2", title))

    def _refresh_step_list(self) -> None:
        current = self.step_list.currentRow()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        from secondopinion_desktop.services.readiness import readiness
        from secondopinion_desktop.ui.steps import STEPS

        # The ticks come from the same rule as the to-do panel, so the two always agree.
        state = readiness(self.current_case) if self.current_case is not None else None
        after_header_done = False
        for page, step in zip(self.pages, STEPS, strict=True):
            done = state is not None and state.done(page.key)
            prefix = "\u2713 " if done else "\u2003 "
            suffix = self.tr(" (done)") if done else ""
            text = f"{prefix}{page.title()}{suffix}"
            if step.after_visit and not after_header_done:
                after_header_done = True
                text = self.tr("After the visit:") + "\n" + text
            item = QtWidgets.QListWidgetItem(text)
            item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole, f"{page.title()}{suffix}")
            self.step_list.addItem(item)
        self.step_list.setCurrentRow(max(current, 0))
        self.step_list.blockSignals(False)
        self.step_chooser.blockSignals(True)
        self.step_chooser.clear()
        for index, page in enumerate(self.pages):
            mark = self.tr(" (done)") if state is not None and state.done(page.key) else ""
            self.step_chooser.addItem(
                self.tr("%1 of %2: %3").replace("%1", str(index + 1))
                .replace("%2", str(len(self.pages))).replace("%3", page.title() + mark)
            )
        self.step_chooser.setCurrentIndex(self.step_list.currentRow())
        self.step_chooser.blockSignals(False)
        self._fit_step_list()

    def _after_save(self) -> None:
        from secondopinion_desktop.ui.accessible_names import name_buttons_from_text
        from secondopinion_desktop.ui.pages.base import StepPage

        if self.current_case is None:
            return
        self._refresh_heading()
        page = self.stack.currentWidget()
        if isinstance(page, StepPage):
            page.on_saved()
        self._refresh_step_list()
        self._refresh_tree_labels()
        self.readiness.show_case(self.current_case)
        self._refresh_todo_toggle()
        self._order_tabs()
        current = self.stack.currentWidget()
        if current is not None:
            name_buttons_from_text(current)

    def _refresh_tree_labels(self) -> None:
        case = self.current_case
        if case is None:
            return
        for index in range(self.tree.topLevelItemCount()):
            person_item = self.tree.topLevelItem(index)
            if person_item is None:
                continue
            for child_index in range(person_item.childCount()):
                child = person_item.child(child_index)
                if child is not None and child.data(0, CASE_ROLE) == case.id:
                    child.setText(0, case.title or self.tr("(untitled case)"))
                    person_item.setText(0, case.person.full_name or self.tr("(no name yet)"))
        who = case.person.full_name or self.tr("(no name yet)")
        title = case.title or self.tr("(untitled case)")
        row = self.case_chooser.findData(case.id)
        if row >= 0:
            self.case_chooser.setItemText(
                row, self.tr("%1 \u2014 %2").replace("%1", who).replace("%2", title)
            )

    def show_step(self, index: int, focus_page: bool = False) -> None:
        """Show step ``index``; ``focus_page`` puts the keyboard in its first input."""
        from secondopinion_desktop.ui import focus
        from secondopinion_desktop.ui.accessible_names import name_buttons_from_text
        from secondopinion_desktop.ui.pages.base import StepPage

        if not self.pages or self.current_case is None:
            return
        index = max(0, min(index, len(self.pages) - 1))
        current = self.stack.currentWidget()
        if isinstance(current, StepPage):
            current.flush()
        page = self.pages[index]
        if not any(self._unsaved(binding) for binding in page.bindings):
            page.load()  # but never over something typed that could not be saved yet
        self.stack.setCurrentWidget(page)
        # Review shows the same to-do list itself: one list, so each link is read once.
        self.readiness.setVisible(page.key != "review")
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.settings.setValue(f"case/{self.current_case.id}/step", index)
        page.verticalScrollBar().setValue(0)
        self._refresh_step_list()
        self._order_tabs()
        name_buttons_from_text(page)
        if focus_page:
            stops = focus.tab_stops(page, self)
            if stops:
                stops[0].setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def _step_chosen(self, row: int) -> None:
        if row >= 0:
            # Defer: changing pages inside the list's own signal confuses its selection.
            QtCore.QTimer.singleShot(0, lambda: self.show_step(row))

    # -- the frame around the pages ----------------------------------------------------------
    def _empty_view(self) -> QWidget:
        """The welcome on first run (no one in the store yet), else a short hint."""
        from secondopinion_desktop.ui.welcome import DISMISSED_KEY

        if self._workspace is not None and not self.workspace.people():
            dismissed = str(self.settings.value(DISMISSED_KEY, "false")).lower() == "true"
            if not dismissed:
                return self.welcome
        elif self._workspace is not None:
            self.settings.setValue(DISMISSED_KEY, True)
        return self.placeholder

    def _order_tabs(self) -> None:
        """Tab goes: people, their buttons, steps, the page's inputs, Back, Next, to-do links.

        The frame is built in that order, but the pages join the focus chain when they are
        built, after Back and Next, and the to-do links are rebuilt as things get done. So Back,
        Next and the links are moved after the last input of the pages. The pages' own inputs
        are never reordered here: moving a widget that holds others in QtCore.Qt's focus chain can
        split it and trap Tab in a loop.
        """
        from secondopinion_desktop.ui import focus

        tail: list[QWidget] = [
            self.back_button, self.next_button, self.todo_toggle, *self.readiness.links
        ]
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        for _ in range(100_000):
            if widget is None or widget is self:
                break
            if self.stack.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        focus.chain([last, *tail] if last is not None else tail)

    def text_size_changed(self) -> None:
        """Resize the frame's columns for the text size now in use."""
        theme.apply_heading_fonts(self)
        width = self.fontMetrics().averageCharWidth()
        # In characters: roomy at normal size, tighter at large sizes where the page needs room.
        scale = max(1.0, min(self.fontInfo().pointSizeF() / 12.0, 2.0))
        steps_chars = int(30 - 12 * (scale - 1.0))
        self.steps_holder.setFixedWidth(width * steps_chars)
        buttons = (
            self.add_person_button, self.add_case_button, self.rename_button, self.delete_button
        )
        layout = self.people_column.layout()
        margins = layout.contentsMargins() if layout is not None else QtCore.QMargins()
        for button in buttons:
            button.ensurePolished()  # the stylesheet's padding counts in the size
        widest = max(button.sizeHint().width() for button in buttons)
        self.people_column.setMinimumWidth(
            max(width * 12, widest + margins.left() + margins.right() + 2)
        )
        people = int(width * (30 - 14 * (scale - 1.0)))
        self.splitter.setSizes([people, max(self.width() - people, width * 40)])
        self.readiness_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.arrange()
        self._fit_step_list()
        # Some inputs size themselves only once all their parts have the new text size.
        QtCore.QTimer.singleShot(0, self._measure_again)

    def _measure_again(self) -> None:
        # Layouts of the steps not shown keep the sizes measured at the old text size (Qt
        # skips hidden pages); make them measure afresh so the columns fold for the new one.
        for widget in [self.stack, *self.stack.findChildren(QtWidgets.QWidget)]:
            widget.updateGeometry()
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        self.arrange()

    def _fit_step_list(self) -> None:
        # Every step shown when it fits in about two thirds of the column; the to-do panel
        # gets the rest. Both scroll when large text leaves too little room; with the to-do
        # list folded (or under the page) the steps get the whole column.
        rows = sum(self.step_list.sizeHintForRow(i) for i in range(self.step_list.count()))
        wanted = rows + self.step_list.frameWidth() * 2 + 4
        todo_here = self.todo_box.parentWidget() is self.steps_holder
        lines = self.fontMetrics().lineSpacing()
        if todo_here and self.readiness_scroll.isVisibleTo(self.todo_box):
            room = int(self.steps_holder.height() * 0.7)
        elif todo_here:
            room = self.steps_holder.height() - self.todo_toggle.sizeHint().height() - lines * 2
        else:
            room = self.steps_holder.height() - lines * 2
        least = lines * 2
        # Only a ceiling: a fixed height here would hold the whole window taller than a
        # small screen.
        self.step_list.setMinimumHeight(least)
        self.step_list.setMaximumHeight(max(least, min(wanted, room)))
        current = self.step_list.currentItem()
        if current is not None:
            self.step_list.scrollToItem(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.steps_holder and event.type() == QtCore.QEvent.Type.Resize:
            self._fit_step_list()
        elif (
            event.type() == QtCore.QEvent.Type.Resize
            and isinstance(watched, QtWidgets.QWidget)
            and any(watched is page.inner for page in self.pages)
        ):
            self._keep_page_tall_enough(watched)
        return super().eventFilter(watched, event)

    @staticmethod
    def _keep_page_tall_enough(inner: QWidget) -> None:
        # A scroll area sizes its page for the wrapped text it saw last; when text wraps again
        # (a note appears, the text grows) it can keep the old, shorter height and squeeze the
        # inputs. Asking for the height the page needs at its width puts that right.
        if inner.hasHeightForWidth():
            needed = inner.heightForWidth(inner.width())
            if needed > 0 and inner.minimumHeight() != needed:
                inner.setMinimumHeight(needed)

    # -- actions ------------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QtWidgets.QInputDialog.getText(self, title, label, text=text)
        if not ok:
            return None
        value = value.strip()
        return value or None

    def new_person(self) -> None:
        if self._workspace is None:
            return
        name = self._ask_text(
            self.tr("New person"), self.tr("Full name of the person the opinion is for:")
        )
        if name is None:
            return
        from secondopinion_desktop.storage.errors import SaveError
        from secondopinion_desktop.ui.error_words import store_error_words

        try:
            person = self.workspace.add_person(name)
            case = self.workspace.add_case(person, self.tr("Second opinion"))
        except SaveError as exc:
            self.report_error(store_error_words(exc))
            return
        self.reload_tree(select_case_id=case.id)

    def new_case(self) -> None:
        if self._workspace is None:
            return
        person = self.selected_person()
        if person is None:
            self.new_person()
            return
        title = self._ask_text(
            self.tr("New case"),
            self.tr("What is this second opinion about? (for example \u201cKnee surgery\u201d)"),
        )
        if title is None:
            return
        from secondopinion_desktop.storage.errors import SaveError
        from secondopinion_desktop.ui.error_words import store_error_words

        try:
            case = self.workspace.add_case(person, title)
        except SaveError as exc:
            self.report_error(store_error_words(exc))
            return
        self.reload_tree(select_case_id=case.id)

    def rename_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None or self._workspace is None:
            return
        case_id = item.data(0, CASE_ROLE)
        if case_id is not None:
            case = self.workspace.case(int(case_id))
            title = self._ask_text(self.tr("Rename case"), self.tr("Name of the case:"), case.title)
            if title is not None and self.save(case, "title", title) is None:
                self.reload_tree(select_case_id=case.id)
            return
        person = self.selected_person()
        if person is None:
            return
        name = self._ask_text(self.tr("Rename person"), self.tr("Full name:"), person.full_name)
        if name is not None and self.save(person, "full_name", name) is None:
            self.reload_tree()

    def delete_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None or self._workspace is None:
            return
        from secondopinion_desktop.storage.errors import SaveError
        from secondopinion_desktop.ui.error_words import store_error_words

        case_id = item.data(0, CASE_ROLE)
        target: Any
        if case_id is not None:
            target = self.workspace.case(int(case_id))
            question = self.tr(
                "Delete the case \u201c%1\u201d? Everything in it will be lost: the diagnosis, "
                "care team, insurance calls, records list, questions, appointments and opinions. "
                "This cannot be undone."
            ).replace("%1", target.title or self.tr("(untitled case)"))
        else:
            target = self.selected_person()
            if target is None:
                return
            count = len(target.cases)
            question = self.tr(
                "Delete %1 and all of their %2 case(s)? Their medicines, allergies and every case "
                "will be lost. This cannot be undone."
            ).replace("%1", target.full_name or self.tr("(no name yet)")).replace("%2", str(count))
        if not self.confirm(question, self.tr("Delete")):
            return
        if self.current_case is not None and (
            target is self.current_case or target is self.current_case.person
        ):
            self.open_case(None)
        try:
            self.workspace.delete(target)
        except SaveError as exc:
            self.report_error(store_error_words(exc))
        self.reload_tree()
