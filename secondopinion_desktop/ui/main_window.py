"""The main window: people and cases on the left, the steps of the chosen case in the centre."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMainWindow

from secondopinion_desktop.ui import settings_keys as keys
from secondopinion_desktop.ui import theme
from secondopinion_desktop.ui.step_pages import StepPages

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QEvent, QObject, QTranslator
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QScreen
    from PySide6.QtWidgets import QWidget

    from secondopinion_desktop.model import Case, Person
    from secondopinion_desktop.services.people_preview import PersonGlance
    from secondopinion_desktop.services.readiness import Readiness
    from secondopinion_desktop.services.start_up import Store
    from secondopinion_desktop.services.workspace import Change, Workspace
    from secondopinion_desktop.ui.pages.base import StepPage
    from secondopinion_desktop.ui.readiness_panel import WrappingLinkButton
    from secondopinion_desktop.ui.steps import Step

# The size a first start asks for when the screen has room for it (never more than the screen).
PREFERRED_SIZE = (1200, 820)


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
        # Each page is built when first shown (none before the store is open).
        self.pages = StepPages()
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
        # True once the person brings back a folded column with its button (see arrange).
        self._asked_back = False
        self._arranging = False
        # The ticks the step list shows (one per step), so a save that changes none of them
        # leaves the list alone.
        self._ticks_shown: tuple[bool, ...] | None = None
        # The last widget of the focus chain once the tabs were put in order (_order_tabs).
        self._chain_end: QWidget | None = None
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
        # Visit mode: View > Visit mode; the view itself lives in ui/visit_mode.py.
        from secondopinion_desktop.ui.visit_mode import visit_mode_action
        from secondopinion_desktop.ui.window_menus import lay_out_menus

        self.visit_mode_action = visit_mode_action(self)
        lay_out_menus(self)

    def _place_on_screen(self) -> None:
        """The remembered size and place, back on a screen that exists; else fit the screen."""
        geometry = keys.read(self.settings, keys.GEOMETRY)
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
        index = self.pages.index_of(key)
        if index is not None:
            self.show_step(index, focus_page=True)

    def structure_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        # Rows added or removed: everything the frame shows is checked again, not only what
        # the store's notice named (a page may have changed more than one thing).
        self._refresh_frame()
        self._after_save()
        self._order_tabs()

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

    # -- File > Check an imaging disc -----------------------------------------------------
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
        from secondopinion_desktop.ui.people_list import PeopleList
        from secondopinion_desktop.ui.readiness_panel import ReadinessPanel, WrappingLinkButton
        from secondopinion_desktop.ui.step_navigator import StepNavigator
        from secondopinion_desktop.ui.welcome import WelcomePage

        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)

        # Left: people and their cases; the window opens what the list says was chosen.
        left = PeopleList(splitter)
        self.people_list = left
        self.people_column = left
        self.tree = left.tree
        self.add_person_button = left.add_person_button
        self.add_case_button = left.add_case_button
        self.rename_button = left.rename_button
        self.delete_button = left.delete_button
        left.case_chosen.connect(self._case_chosen)
        left.person_chosen.connect(self._person_chosen)
        left.new_person_requested.connect(self.new_person)
        left.new_case_requested.connect(self.new_case)
        left.rename_requested.connect(self.rename_selected)
        left.delete_requested.connect(self.delete_selected)

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
        # The window shows the step the navigator says was chosen.
        self.navigator = StepNavigator(centre)
        self.navigator.use_chooser(self.step_chooser)
        self.step_list: QtWidgets.QListWidget = self.navigator.list
        self.navigator.step_chosen.connect(self._step_chosen)
        self.navigator.step_picked.connect(lambda row: self.show_step(row, focus_page=True))
        steps_box.setContentsMargins(0, 0, 0, 0)
        steps_box.addWidget(self.navigator)
        # The step list above (no taller than its steps), what is still to do below; each
        # scrolls when large text leaves too little room, and the to-do list can be folded.
        self.readiness = ReadinessPanel(self.go_to_step, self._language)
        self.todo_box = QtWidgets.QWidget(centre)
        todo_layout = QtWidgets.QVBoxLayout(self.todo_box)
        self.todo_layout = todo_layout
        todo_layout.setContentsMargins(0, 0, 0, 0)
        todo_layout.setSpacing(4)
        # Its words wrap: the column is narrow at large text sizes.
        self.todo_toggle = WrappingLinkButton("", self.todo_box)
        self.todo_toggle.setObjectName("foldToggle")
        self.todo_toggle.setCheckable(True)
        self.todo_toggle.setAutoDefault(False)
        self.todo_toggle.setChecked(
            keys.read(self.settings, keys.SHOW_TODO)
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
        # Takes the room under a folded to-do list, so its button keeps the height of its words.
        self.todo_spacer = QtWidgets.QSpacerItem(
            0, 0, QtWidgets.QSizePolicy.Policy.Minimum, QtWidgets.QSizePolicy.Policy.Fixed
        )
        todo_layout.addItem(self.todo_spacer)
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
            lambda: self.show_step(self.navigator.current() - 1, focus_page=True)
        )
        self.next_button.clicked.connect(
            lambda: self.show_step(self.navigator.current() + 1, focus_page=True)
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
        # Nothing to add to, rename or delete until the store is open (attach).
        for button in self.people_list.buttons():
            button.setEnabled(False)
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
        self.people_list.use_chooser(self.case_chooser)
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
        # Its buttons keep one line while they fit (their least widths, _place_todo_toggle);
        # those widths must not hold the window wide, or it could never be made narrower and
        # the row never get the chance to give the to-do button back to its own line.
        steps_row.setSizeConstraint(QtWidgets.QLayout.SizeConstraint.SetNoConstraint)
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
        # While the steps are folded, the to-do toggle joins this row when it fits (see
        # _place_todo_toggle), so the bars above the page take one row less.
        self.steps_row_layout = steps_row
        centre_layout.addWidget(self.steps_row)
        # While the steps are folded, the to-do list sits here, under the step chooser.
        for row in (self.people_row, self.steps_row):
            # As tall as its buttons need, never squeezed by a short window; the step row's
            # width is given, not asked for (see above).
            sideways = QtWidgets.QSizePolicy.Policy.Preferred
            if row is self.steps_row:
                sideways = QtWidgets.QSizePolicy.Policy.Ignored
            row.setSizePolicy(sideways, QtWidgets.QSizePolicy.Policy.Minimum)
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
        self._asked_back = True
        if column == "people" and not self.people_wanted():
            self.actions_.people_action.setChecked(True)  # arranges again
        self.arrange()
        target = self.tree if column == "people" else self.step_list
        if target.isVisible():
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def page_needs(self, *, welcome: bool = True) -> int:
        """The width the widest step (or, with ``welcome``, the welcome) needs to show without
        sideways scrolling."""
        widest = 0
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            inner = page.widget() if isinstance(page, QtWidgets.QScrollArea) else None
            if inner is None:
                continue
            # The built step pages are what ``pages`` holds (asking it imports no page module).
            if page in self.pages or (welcome and page is self.welcome):
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
            # Steps not shown yet are not built, so not measured; the welcome, always built and
            # at large text about as wide as the widest steps, stands in for them, so the
            # columns do not change from step to step (at 200% on 1024 both fold, which leaves
            # the page the room its first inputs need). A column the person asks back with its
            # button comes back whenever it fits beside the steps themselves: the welcome,
            # not shown with a case open, must not leave that button doing nothing.
            asked = has_case and self._asked_back
            fit = column_fit.columns_that_fit(
                self.width() - overhead, self.page_needs(), people_width, steps_width,
                first=self._first_column, people_wanted=self.people_wanted(),
                asked_needs=self.page_needs(welcome=False) if asked else None,
            )
            focus_was = QtWidgets.QApplication.focusWidget()
            self.people_column.setVisible(fit.people)
            # On the first-run welcome nobody is saved yet and the welcome is wider than the
            # room beside the column: its Start button is the way on, so no button to show an
            # empty list (that button could only do nothing there).
            welcome = self.stack.currentWidget() is self.welcome
            self.people_row.setVisible(not fit.people and not welcome)
            self._fit_heading()
            self.steps_holder.setVisible(has_case and fit.steps)
            self.steps_row.setVisible(has_case and not fit.steps)
            self._place_todo(in_column=fit.steps)
            room = self.width() - margins.left() - margins.right()
            if fit.people:
                room -= people_width + self.splitter.handleWidth()
            self._place_todo_toggle(beside_steps=has_case and not fit.steps, room=room)
            self.todo_box.setVisible(has_case and self._todo_box_shows_something())
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
            shown = keys.read(self.settings, keys.SHOW_TODO)
            self._set_todo_open(shown)
        elif not in_column and self.todo_box.parentWidget() is self.steps_holder:
            self.steps_box.removeWidget(self.todo_box)
            self.centre_layout.insertWidget(self.folded_todo_at, self.todo_box)
            # Above the page it starts as a one-line strip, so the page keeps the room.
            self._set_todo_open(False)

    def _todo_toggle_beside_steps(self) -> bool:
        return self.todo_toggle.parentWidget() is self.steps_row

    def _place_todo_toggle(self, *, beside_steps: bool, room: int) -> None:
        """Above the page, the to-do toggle goes at the end of the step row when the row has
        room for it in its short words; else it keeps its own line over the to-do list."""
        fits = beside_steps and self._toggle_fits_beside_steps(room)
        if fits and not self._todo_toggle_beside_steps():
            self.todo_layout.removeWidget(self.todo_toggle)
            self.steps_row_layout.addWidget(self.todo_toggle)
        elif not fits and self._todo_toggle_beside_steps():
            self.steps_row_layout.removeWidget(self.todo_toggle)
            self.todo_layout.insertWidget(0, self.todo_toggle)
        self.todo_toggle.show()
        # Side by side their words stay on one line (the chooser gives up the width); alone
        # on its line the toggle wraps as before.
        self.todo_toggle.setMinimumWidth(self._short_toggle_width() if fits else 0)
        self.show_steps_button.setMinimumWidth(
            self._one_line_width(self.show_steps_button) if beside_steps else 0
        )
        self._refresh_todo_toggle()

    def _toggle_fits_beside_steps(self, room: int) -> bool:
        spacing = max(self.steps_row_layout.spacing(), 0)
        needed = (
            self.step_chooser_label.sizeHint().width()
            + self.step_chooser.minimumSizeHint().width()
            + self._one_line_width(self.show_steps_button)
            + self._short_toggle_width()
            + spacing * 3
        )
        return needed <= room

    @staticmethod
    def _one_line_width(button: WrappingLinkButton, words: str | None = None) -> int:
        font = QtGui.QFont(button.font())
        font.setUnderline(True)
        advance = QtGui.QFontMetrics(font).horizontalAdvance(words or button.text_shown())
        return advance + button.MARGINS.left() + button.MARGINS.right() + 4

    def _short_toggle_width(self) -> int:
        # The widest of its short words, so opening and closing the list never moves it.
        return max(
            self._one_line_width(self.todo_toggle, text) for text in self._short_todo_words()
        )

    def _short_todo_words(self) -> tuple[str, str]:
        count = len(self.readiness.items)
        shut = (
            self.tr("Still to do (%1)").replace("%1", str(count))
            if count
            else self.tr("Still to do")
        )
        return shut, self.tr("Hide the to-do list")

    def _todo_box_shows_something(self) -> bool:
        return not self._todo_toggle_beside_steps() or self.todo_toggle.isChecked()

    def _set_todo_open(self, shown: bool) -> None:
        self.todo_toggle.blockSignals(True)
        self.todo_toggle.setChecked(shown)
        self.todo_toggle.blockSignals(False)
        self.readiness_scroll.setVisible(shown)
        self._share_the_column()
        self._refresh_todo_toggle()

    def _share_the_column(self) -> None:
        """A folded to-do list's button keeps the height of its words, right under the steps
        (in the column it had grown to fill the room the step list needed, which scrolled)."""
        open_list = self.readiness_scroll.isVisibleTo(self.todo_box)
        policy = QtWidgets.QSizePolicy.Policy
        spare = policy.Fixed if open_list else policy.Expanding
        self.todo_spacer.changeSize(0, 0, policy.Minimum, spare)
        self.todo_layout.invalidate()

    def _todo_toggled(self, shown: bool) -> None:
        if self.todo_box.parentWidget() is self.steps_holder:
            keys.write(self.settings, keys.SHOW_TODO, bool(shown))  # remembered for the column
        self.readiness_scroll.setVisible(shown)
        self._share_the_column()
        self._refresh_todo_toggle()
        if self.built:
            self.todo_box.setVisible(
                self.current_case is not None and self._todo_box_shows_something()
            )
            self._fit_step_list()

    def _refresh_todo_toggle(self) -> None:
        count = len(self.readiness.items)
        if self.todo_toggle.isChecked():
            text = self.tr("Hide what is still to do")
        elif count:
            text = self.tr("Show what is still to do (%1)").replace("%1", str(count))
        else:
            text = self.tr("Show what is still to do")
        if self._todo_toggle_beside_steps():
            # Short words in the step row; the full sentence is its name. A screen reader reads
            # the hover help after the name, so the help says only what the name does not:
            # where the list opens (none once it is open, "Hide the to-do list" says it all).
            shut, shown = self._short_todo_words()
            opened = self.todo_toggle.isChecked()
            self.todo_toggle.set_words(shown if opened else shut)
            # Its least width follows its words: a count going from 9 to 10 widens them.
            self.todo_toggle.setMinimumWidth(self._short_toggle_width())
            self.todo_toggle.setAccessibleName(text)
            self.todo_toggle.setToolTip("" if opened else self.tr("The list opens under this row."))
        else:
            self.todo_toggle.set_words(text)
            self.todo_toggle.setToolTip("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def _refresh_case_chooser(self) -> None:
        people = self.workspace.people() if self._workspace is not None else []
        current = self.current_case.id if self.current_case is not None else None
        self.people_list.fill_chooser(people, current)
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
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.ActivationChange and self.isActiveWindow():
            self._notice_cases_added_elsewhere()

    def _notice_cases_added_elsewhere(self) -> None:
        """Coming back to the window after a command-line import: the new case is listed."""
        if self._workspace is None or not hasattr(self, "people_list"):
            return
        if self.unreadable_value() is not None:
            return  # reopening the case would put back the saved value over what was typed
        stored = self._workspace.case_numbers()
        if stored is not None and stored != self.people_list.shown_case_ids():
            self.flush_all()
            self.reload_tree()

    def show_glance(self, people: Sequence[PersonGlance]) -> None:
        """While the store opens: the people and cases from its light first read, to be seen."""
        if self._workspace is None:
            self.people_list.show_glance(people)

    def attach(self, store: Store) -> None:
        """Called once the store is open: fill the list of people (pages come when shown)."""
        from secondopinion_desktop.services.workspace import Workspace
        from secondopinion_desktop.ui.steps import STEPS

        self.finish_building()
        self.store = store
        self._workspace = Workspace(store)
        self._workspace.listeners.append(self._store_changed)  # told of every save
        # Only the step shown is built now (open_case); the others when first shown.
        self.pages = StepPages(STEPS, self._make_page)
        for button in self.people_list.buttons():
            button.setEnabled(True)
        self.actions_.store_opened()
        self.reload_tree(select_case_id=self._last_case_id())
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.store_opened.emit()

    def _make_page(self, step: Step) -> StepPage:
        """Build one step's page, on the case open now, as if it had been there from the start."""
        from secondopinion_desktop.ui.accessible_names import name_buttons_from_text

        page = step.page(self)
        # Tab goes to the inputs, not to the scrolling frame around them.
        page.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        page.inner.installEventFilter(self)
        self.stack.addWidget(page)
        theme.apply_heading_fonts(page)
        self._fit_page_gaps(page)
        name_buttons_from_text(page)
        if self.current_case is not None:
            page.set_case(self.current_case)
        return page

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
        self._workspace.listeners.append(self._store_changed)  # told of every save
        self.reload_tree()

    def _last_case_id(self) -> int | None:
        """The case open when the window last closed (its number only, in the store's folder)."""
        value = keys.read(self.settings, keys.LAST_CASE)
        return value if value > 0 else None

    def flush_all(self) -> None:
        """Save anything still being typed (a page not built yet holds nothing typed)."""
        for page in self.pages.built():
            page.flush()

    @staticmethod
    def _unsaved(binding: object) -> bool:
        unsaved = getattr(binding, "unsaved", None)
        return bool(unsaved()) if callable(unsaved) else False

    def unreadable_value(self) -> tuple[int, QWidget, str] | None:
        """The first field still showing something that could not be read (so not saved):
        its step, its widget and its name; None when everything typed is saved."""
        for index in range(len(self.pages)):
            if not self.pages.is_built(index) or self.pages[index].case is None:
                continue
            for binding in self.pages[index].bindings:
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
            keys.write(self.settings, keys.LAST_CASE, self.current_case.id)
        keys.write(self.settings, keys.GEOMETRY, self.saveGeometry())
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
        # Choosing the case in the list opens it (its case_chosen signal).
        if not self.people_list.fill(self.workspace.people(), select_case_id):
            self.open_case(None)
        self._refresh_case_chooser()

    def selected_person(self) -> Person | None:
        person_id = self.people_list.chosen_person_id()
        if person_id is None:
            return None
        return next((p for p in self.workspace.people() if p.id == person_id), None)

    def _person_chosen(self, _person_id: int) -> None:
        if self.current_case is not None:
            self.open_case(None)

    def _case_chosen(self, case_id: int) -> None:
        # A case chosen: the steps come first again, so a people list that was brought back
        # in a narrow window folds away and the steps return.
        self._first_column = "steps"
        self._asked_back = False
        self.open_case(self.workspace.case(case_id))

    def open_case(self, case: Case | None) -> None:
        for page in self.pages.built():
            page.set_case(case)  # the others take the case when they are built
        self.current_case = case
        self._set_case_controls(case is not None)
        self.actions_.case_changed()
        self.readiness.show_case(case)
        self._refresh_todo_toggle()
        self._refresh_case_chooser()
        if case is not None:
            keys.write(self.settings, keys.WELCOME_DISMISSED, True)  # no first-run welcome now
            keys.write(self.settings, keys.LAST_CASE, case.id)
        if case is None:
            self.case_heading.setText("")
            empty = self._empty_view()
            self.stack.setCurrentWidget(empty)
            self.arrange()  # the welcome and the hint have their own bars
            if empty is self.welcome:
                # First run: the keyboard starts on "Start a case", so Enter begins.
                self.welcome.start_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            return
        self._refresh_heading()
        self._refresh_step_list()
        last = keys.read(self.settings, keys.case_step(case.id))
        self.show_step(last if 0 <= last < len(self.pages) else 0)

    def _refresh_heading(self) -> None:
        case = self.current_case
        if case is None:
            return
        who = case.person.full_name or self.tr("(no name yet)")
        title = case.title or self.tr("(untitled case)")
        text = self.tr("%1 \u2014 %2").replace("%1", who).replace("%2", title)
        if self.case_heading.text() != text:
            self.case_heading.setText(text)

    def _refresh_step_list(self, state: Readiness | None = None) -> None:
        """The steps with their ticks; ``state`` is the case's readiness when already read."""
        from secondopinion_desktop.services.readiness import readiness
        from secondopinion_desktop.ui.steps import STEPS

        # The ticks come from the same rule as the to-do panel, so the two always agree.
        if state is None and self.current_case is not None:
            state = readiness(self.current_case)
        self._ticks_shown = self._ticks(state)
        self.navigator.show_steps(
            self.pages.step_titles(),
            self._ticks_shown,
            [step.after_visit for step in STEPS],
        )
        self._fit_step_list()

    def _store_changed(self, change: Change) -> None:
        """A save went into the store: update the part of the frame it can change."""
        case = self.current_case
        if not self.built or case is None or not change.touches(case):
            return
        if change.field in {None, "title", "full_name"}:
            # A name, or something unknown: the heading and the people list may show it.
            self._refresh_heading()
            self._refresh_tree_labels()
        self._refresh_progress()

    def _refresh_frame(self) -> None:
        """The heading, the names in the people list, the ticks and the to-do list."""
        if self.current_case is None:
            return
        self._refresh_heading()
        self._refresh_tree_labels()
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        """The step ticks and the to-do list, from one reading of the readiness rule."""
        from secondopinion_desktop.services.readiness import readiness

        case = self.current_case
        if case is None:
            return
        state = readiness(case)
        if self._ticks(state) != self._ticks_shown:
            self._refresh_step_list(state)  # most saves tick or untick nothing
        if self.readiness.show_case(case, state.items):
            self._refresh_todo_toggle()
            self._order_tabs()  # new links join the focus chain at its end

    def _ticks(self, state: Readiness | None) -> tuple[bool, ...]:
        return tuple(state is not None and state.done(key) for key in self.pages.step_keys())

    def _after_save(self) -> None:
        """What a save asks of the page on show (the frame followed the store's notice)."""
        from secondopinion_desktop.ui.accessible_names import name_buttons_from_text
        from secondopinion_desktop.ui.pages.base import StepPage

        if self.current_case is None:
            return
        page = self.stack.currentWidget()
        if isinstance(page, StepPage):
            page.on_saved()
        if self._tab_order_broken():
            self._order_tabs()
        current = self.stack.currentWidget()
        if current is not None:
            name_buttons_from_text(current)

    def _tab_order_broken(self) -> bool:
        """True when a widget made since the tabs were last put in order sits after them.

        Qt adds a new widget at the end of the window's focus chain, so a page that made one
        (a new row, a rebuilt grid) shows it there; looking at the end is enough, and costs
        nothing beside walking the whole chain after every save. The end is compared with the
        end _order_tabs left: the pages' labels and scroll bars that follow their last input
        stay at the end of the chain, after the links, and are not new.
        """
        last = self.previousInFocusChain()
        if last is None or last is self or last is self._chain_end:
            return False
        return self.stack.isAncestorOf(last)

    def _refresh_tree_labels(self) -> None:
        if self.current_case is not None:
            self.people_list.rename(self.current_case)

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
        new_page = not self.pages.is_built(index)
        page = self.pages[index]  # a page built now has just read the case (_make_page)
        if not new_page and not any(self._unsaved(binding) for binding in page.bindings):
            page.load()  # but never over something typed that could not be saved yet
        self.stack.setCurrentWidget(page)
        # Review shows the same to-do list itself: one list, so each link is read once.
        self.readiness.setVisible(page.key != "review")
        self.navigator.set_current(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        keys.write(self.settings, keys.case_step(self.current_case.id), index)
        page.verticalScrollBar().setValue(0)
        # Redrawn only if a tick changed (the clock can move a visit into the past); saves
        # redraw them themselves (_store_changed).
        self._refresh_progress()
        self._order_tabs()
        name_buttons_from_text(page)
        if new_page:
            self.arrange()  # a page never shown before may be wider than those that were
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
        if self._workspace is not None and not self.workspace.people():
            dismissed = keys.read(self.settings, keys.WELCOME_DISMISSED)
            if not dismissed:
                return self.welcome
        elif self._workspace is not None:
            keys.write(self.settings, keys.WELCOME_DISMISSED, True)
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
            # Only a widget Tab stops at can lead the tail: Qt 6 does not move a widget after
            # one that takes no focus (a label), and Back then stayed before a new page.
            tab_stop = bool(widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus)
            if tab_stop and self.stack.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        focus.chain([last, *tail] if last is not None else tail)
        self._chain_end = self.previousInFocusChain()

    def text_size_changed(self) -> None:
        """Resize the frame's columns for the text size now in use."""
        theme.apply_heading_fonts(self)
        width = self.fontMetrics().averageCharWidth()
        # In characters: roomy at normal size, tighter at large sizes where the page needs room.
        scale = max(1.0, min(self.fontInfo().pointSizeF() / 12.0, 2.0))
        steps_chars = int(30 - 12 * (scale - 1.0))
        self.steps_holder.setFixedWidth(width * steps_chars)
        buttons = self.people_list.buttons()
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
        # At large text every pixel of the bars above the page is a pixel less of the page:
        # the gaps between them shrink (the text itself keeps its size).
        gap = 6 if scale < 1.5 else 2
        self.centre_layout.setContentsMargins(gap + 3, gap, gap + 3, gap)
        self.centre_layout.setSpacing(gap + 2)
        for page in self.pages.built():
            self._fit_page_gaps(page)
        self.arrange()
        self._fit_step_list()
        # Some inputs size themselves only once all their parts have the new text size.
        QtCore.QTimer.singleShot(0, self._measure_again)

    def _fit_page_gaps(self, page: StepPage) -> None:
        # The same thought: at large text a page's first input comes up the screen by the
        # room its gaps give back.
        large = theme.text_scale(self.settings) >= 1.5
        page.content.setContentsMargins(24, 6 if large else 16, 24, 12 if large else 24)
        page.content.setSpacing(8 if large else 12)

    def _measure_again(self) -> None:
        # Layouts of the steps not shown keep the sizes measured at the old text size (Qt
        # skips hidden pages); make them measure afresh so the columns fold for the new one.
        for widget in [self.stack, *self.stack.findChildren(QtWidgets.QWidget)]:
            widget.updateGeometry()
        # Every layout, the nested ones too (a row of buttons inside a page's layout): a
        # layout's invalidate() does not reach the layouts inside it, and a hidden page's
        # row kept its old, wider least width, which kept the people column folded after
        # the text was made smaller again.
        for layout in self.stack.findChildren(QtWidgets.QLayout):
            layout.invalidate()
        self.arrange()

    def _fit_step_list(self) -> None:
        # Every step shown when it fits in about two thirds of the column; the to-do panel
        # gets the rest. Both scroll when large text leaves too little room; with the to-do
        # list folded (or under the page) the steps get the whole column.
        wanted = self.navigator.list.contents_height()
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
        self.step_list.updateGeometry()  # its rows' heights follow its width
        current = self.step_list.currentItem()
        if current is not None:
            self.step_list.scrollToItem(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.steps_holder and event.type() == QtCore.QEvent.Type.Resize:
            self._fit_step_list()
        elif (
            event.type() == QtCore.QEvent.Type.Resize
            and isinstance(watched, QtWidgets.QWidget)
            and any(watched is page.inner for page in self.pages.built())
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
        if self.tree.currentItem() is None or self._workspace is None:
            return
        case_id = self.people_list.chosen_case_id()
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
        if self.tree.currentItem() is None or self._workspace is None:
            return
        from secondopinion_desktop.storage.errors import SaveError
        from secondopinion_desktop.ui.error_words import store_error_words

        case_id = self.people_list.chosen_case_id()
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
        gone = [target.id] if case_id is not None else [case.id for case in target.cases]
        try:
            self.workspace.delete(target)
        except SaveError as exc:
            self.report_error(store_error_words(exc))
        else:
            # SQLite may give a later case a deleted one's number: it must not inherit the
            # deleted case's place.
            for number in gone:
                keys.forget(self.settings, keys.case_step(number))
            if keys.read(self.settings, keys.LAST_CASE) in gone:
                keys.forget(self.settings, keys.LAST_CASE)
        self.reload_tree()
