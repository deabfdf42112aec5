"""Visit mode: a calm, large-print view for the appointment, one question at a time.

It covers the whole window (the menu and the status bar stay), lists the must-ask questions
first and the rest in the person's order, saves every answer as it is typed through the same
bindings the step pages use, and ends on the closing check whose boxes fill the recap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondopinion_desktop.ui.fields import Binding, Saver, Target, TextBinding

if TYPE_CHECKING:
    from collections.abc import Callable

    from secondopinion_desktop.model import Appointment, Case, Question
    from secondopinion_desktop.services.workspace import Workspace



class VisitWindow(Saver, Protocol):
    """What visit mode needs of the main window (ui/main_window.py's MainWindow, a
    QMainWindow): the dependency runs one way, from the window to visit mode."""

    current_case: Case | None
    file_menu: QMenu
    quit_action: QAction
    step_list: QListWidget

    @property
    def workspace(self) -> Workspace: ...

    def report_error(self, message: str) -> None: ...

    def flush_all(self) -> None: ...

    def show_step(self, index: int, focus_page: bool = False) -> None: ...


# Visit mode starts larger than the window's text, and grows and shrinks with it.
EXTRA_POINTS = 6.0
QUESTION_SCALE = 1.2
SHORTCUT = "F5"

# The closing check: (what the box asks, the recap field it fills).
# Marked for lupdate here; VisitMode translates them with self.tr.
CLOSING: tuple[tuple[str, str], ...] = (
    (
        str(QT_TRANSLATE_NOOP("VisitMode", "Is this the diagnosis?")),
        "recap_diagnosis_as_understood",
    ),
    (str(QT_TRANSLATE_NOOP("VisitMode", "Are these my choices?")), "recap_choices"),
    (
        str(
            QT_TRANSLATE_NOOP(
                "VisitMode", "What happens next, and who will tell my primary care doctor?"
            )
        ),
        "recap_next_steps",
    ),
)


def visit_order(case: Case | None) -> list[Question]:
    """The questions as visit mode asks them: must-ask first, then the rest, each group in the
    person's order. Questions with no words yet are left out."""
    if case is None:
        return []
    from secondopinion_desktop.model.case_queries import written_questions

    written = written_questions(case)
    return [q for q in written if q.must_ask] + [q for q in written if not q.must_ask]


class _RecapBinding(TextBinding):
    """A closing-check box: the first words typed make the visit's appointment if there is
    none yet, so nothing typed is lost for want of somewhere to keep it."""

    def __init__(
        self,
        widget: QPlainTextEdit,
        saver: Saver,
        target: Target,
        attribute: str,
        ensure: Callable[[], object],
    ) -> None:
        super().__init__(widget, saver, target, attribute)
        self.ensure = ensure

    def commit(self) -> bool:
        if not self._loading and self.target() is None and self.read_value() is not None:
            self.ensure()
        return super().commit()


class _ToggleBinding(Binding):
    """The "Asked" toggle, saved the moment it is pressed."""

    def __init__(self, widget: QPushButton, saver: Saver, target: Target, attribute: str) -> None:
        super().__init__(saver, target, attribute, None)
        self.widget = widget
        widget.toggled.connect(lambda _checked: self.commit())

    def show_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def read_value(self) -> Any:
        return self.widget.isChecked()


class VisitMode(QWidget):
    """The visit view over ``window``'s steps. One per window, made on first use."""

    def __init__(self, window: VisitWindow) -> None:
        assert isinstance(window, QMainWindow)
        super().__init__(window)
        self.main = window
        self.frame: QMainWindow = window  # the menu bar, the status bar, the central widget
        self.setObjectName("visitMode")
        self.setAccessibleName(self.tr("Visit mode"))
        self.setAutoFillBackground(True)
        self.case: Case | None = None
        self.questions: list[Question] = []
        self.index = 0
        self._came_from: QWidget | None = None
        self._disabled: list[QAction] = []
        self._build()
        self.hide()
        window.installEventFilter(self)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(12)

        top = QHBoxLayout()
        self.progress = QLabel(self)
        self.progress.setObjectName("visitProgress")
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.leave_button = QPushButton(self.tr("&Leave visit mode (Esc)"), self)
        self.leave_button.setAccessibleName(self.tr("Leave visit mode"))
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.leave)
        top.addWidget(self.progress, 1)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self.scroller)
        body.setObjectName("visitBody")
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self._build_question(body, column)
        self._build_closing(body, column)
        column.addStretch(1)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)

        bottom = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
            button.setObjectName("visitNav")
        self.previous_button.setToolTip(self.tr("The question before (Alt+Left)"))
        self.next_button.setToolTip(self.tr("The next question (Alt+Right)"))
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next_pressed)
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Esc", self.leave),
            ("Alt+Left", lambda: self.go(self.index - 1)),
            ("Alt+Right", lambda: self.go(self.index + 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        QWidget.setTabOrder(self.leave_button, self.asked_box)
        QWidget.setTabOrder(self.asked_box, self.answer_box)
        QWidget.setTabOrder(self.answer_box, self.closing_boxes[0])
        for first, second in zip(self.closing_boxes, self.closing_boxes[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.closing_boxes[-1], self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        self._apply_fonts()

    def _build_question(self, body: QWidget, column: QVBoxLayout) -> None:
        self.question_part = QWidget(body)
        layout = QVBoxLayout(self.question_part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.must_ask_label = QLabel(self.tr("MUST ASK"), self.question_part)
        self.must_ask_label.setObjectName("visitMustAsk")
        self.question_label = QLabel(self.question_part)
        self.question_label.setObjectName("visitQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # A big toggle rather than a small tick box: an easy target, and its mark (not a
        # colour) says whether the question was asked.
        self.asked_box = QPushButton(self.question_part)
        self.asked_box.setCheckable(True)
        self.asked_box.setAutoDefault(False)
        self.asked_box.setObjectName("visitAsked")
        self.asked_box.setAccessibleName(self.tr("Asked"))
        self.asked_box.toggled.connect(self._show_asked)
        self._show_asked(False)
        self.answer_caption = QLabel(self.tr("&My answer"), self.question_part)
        self.answer_caption.setWordWrap(True)
        self.answer_box = QPlainTextEdit(self.question_part)
        self.answer_box.setTabChangesFocus(True)
        self.answer_box.setAccessibleName(self.tr("My answer"))
        self.answer_caption.setBuddy(self.answer_box)
        for widget in (
            self.must_ask_label, self.question_label, self.asked_box, self.answer_caption,
            self.answer_box,
        ):
            if widget is self.asked_box:
                layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.addWidget(widget)
        column.addWidget(self.question_part)
        self.no_questions = QLabel(
            self.tr(
                "There are no questions on your list. You can still write what the doctor "
                "says in the closing check."
            ),
            body,
        )
        self.no_questions.setWordWrap(True)
        column.addWidget(self.no_questions)
        self.asked_binding = _ToggleBinding(self.asked_box, self.main, self._question, "asked")
        self.answer_binding = TextBinding(self.answer_box, self.main, self._question, "answer")

    def _build_closing(self, body: QWidget, column: QVBoxLayout) -> None:
        self.closing_part = QWidget(body)
        layout = QVBoxLayout(self.closing_part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.closing_heading = QLabel(self.tr("Before you leave"), self.closing_part)
        self.closing_heading.setObjectName("visitQuestion")
        self.closing_heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Ask the doctor to sum up, and write the answers here. They go into the recap "
                "of this visit."
            ),
            self.closing_part,
        )
        intro.setWordWrap(True)
        layout.addWidget(self.closing_heading)
        layout.addWidget(intro)
        self.closing_boxes: list[QPlainTextEdit] = []
        self.closing_bindings: list[_RecapBinding] = []
        for question, attribute in CLOSING:
            words = self.tr(question)
            caption = QLabel(words, self.closing_part)
            caption.setWordWrap(True)
            caption.setObjectName("visitClosingQuestion")
            box = QPlainTextEdit(self.closing_part)
            box.setTabChangesFocus(True)
            box.setAccessibleName(words)
            caption.setBuddy(box)
            layout.addWidget(caption)
            layout.addWidget(box)
            self.closing_boxes.append(box)
            self.closing_bindings.append(
                _RecapBinding(box, self.main, self._appointment, attribute, self._make_appointment)
            )
        column.addWidget(self.closing_part)

    def _apply_fonts(self) -> None:
        """Large print from the window's text size: bigger when the window's text grows."""
        app_font = QApplication.font()
        font = QFont(app_font)
        font.setPointSizeF(app_font.pointSizeF() + EXTRA_POINTS)
        self.setFont(font)
        # Set on each part: under the app's stylesheet a parent's font does not reach them.
        for widget in self.findChildren(QWidget):
            widget.setFont(font)
        heading = QFont(font)
        heading.setPointSizeF(round(font.pointSizeF() * QUESTION_SCALE, 1))
        heading.setBold(True)
        self.question_label.setFont(heading)
        self.closing_heading.setFont(heading)
        bold = QFont(font)
        bold.setBold(True)
        for label in (self.must_ask_label, self.progress, *self._closing_captions()):
            label.setFont(bold)
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        for button in (self.previous_button, self.next_button):
            button.setMinimumHeight(int(line * 2.2))
            button.setMinimumWidth(metrics.averageCharWidth() * 12)
        self.leave_button.setMinimumHeight(int(line * 1.6))
        self.answer_box.setMinimumHeight(line * 3 + 16)
        self.asked_box.setMinimumHeight(int(line * 1.6))
        for box in self.closing_boxes:
            box.setMinimumHeight(line * 3 + 16)

    def _show_asked(self, asked: bool) -> None:
        # U+2611 and U+2610: a ticked and an empty ballot box, drawn in the text's own colour.
        mark = "\u2611" if asked else "\u2610"
        self.asked_box.setText(f"{mark}  " + self.tr("&Asked"))

    def _closing_captions(self) -> list[QLabel]:
        return [
            label for label in self.closing_part.findChildren(QLabel)
            if label.objectName() == "visitClosingQuestion"
        ]

    # -- what the inputs edit -------------------------------------------------------------
    def _question(self) -> Question | None:
        if 0 <= self.index < len(self.questions):
            return self.questions[self.index]
        return None

    def _appointment(self) -> Appointment | None:
        from secondopinion_desktop.model.case_queries import visited_appointment

        return visited_appointment(self.case)

    def _make_appointment(self) -> None:
        from secondopinion_desktop.model import Appointment
        from secondopinion_desktop.model.enums import VisitMode as Mode
        from secondopinion_desktop.storage.errors import SaveError

        if self.case is None or self._appointment() is not None:
            return
        try:
            self.main.workspace.add(self.case, "appointments", Appointment(mode=Mode.IN_PERSON))
        except SaveError as exc:
            self.main.report_error(exc.message)

    def _bindings(self) -> list[Any]:
        return [self.asked_binding, self.answer_binding, *self.closing_bindings]

    def flush(self) -> None:
        """Save whatever is still being typed."""
        for binding in self._bindings():
            flush = getattr(binding, "flush", None)
            if flush is not None:
                flush()

    # -- moving through the visit ---------------------------------------------------------
    @property
    def screens(self) -> int:
        """Every question, then the closing check."""
        return len(self.questions) + 1

    def on_closing_screen(self) -> bool:
        return self.index >= len(self.questions)

    def go(self, index: int) -> None:
        if not self.isVisible() or not 0 <= index < self.screens:
            return
        had_focus = QApplication.focusWidget()
        self.flush()
        self.index = index
        self._show_screen()
        self._keep_focus(had_focus)

    def _next_pressed(self) -> None:
        if self.on_closing_screen():
            self.leave()
        else:
            self.go(self.index + 1)

    def _show_screen(self) -> None:
        closing = self.on_closing_screen()
        question = self._question()
        self.question_part.setVisible(question is not None)
        self.no_questions.setVisible(closing and not self.questions)
        self.closing_part.setVisible(closing)
        total = len(self.questions)
        if question is not None:
            text = self.tr("Question %1 of %2").replace("%1", str(self.index + 1))
            self.progress.setText(text.replace("%2", str(total)))
            self.question_label.setText(question.text)
            self.question_label.setAccessibleName(question.text)
            self.must_ask_label.setVisible(question.must_ask)
            self.answer_box.setAccessibleDescription(question.text)
            self.asked_box.setAccessibleDescription(question.text)
        else:
            self.progress.setText(self.tr("Closing check"))
        self.progress.setAccessibleName(self.progress.text())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("&Finish and leave") if closing else self.tr("&Next"))
        self.next_button.setAccessibleName(
            self.tr("Finish and leave") if closing else self.tr("Next")
        )
        for binding in self._bindings():
            binding.load()
        self.scroller.verticalScrollBar().setValue(0)

    def _keep_focus(self, had: QWidget | None) -> None:
        # Focus stays on Previous or Next so they can be pressed again; from a box that is
        # now hidden it moves to the first box of the new screen.
        if had is not None and had.isVisibleTo(self) and had.isEnabled():
            had.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._focus_first_box()

    def _focus_first_box(self) -> None:
        target = self.closing_boxes[0] if self.on_closing_screen() else self.answer_box
        target.setFocus(Qt.FocusReason.TabFocusReason)

    # -- entering and leaving -------------------------------------------------------------
    def enter(self, case: Case) -> None:
        """Show the visit for ``case`` from its first question."""
        self.main.flush_all()
        self._came_from = QApplication.focusWidget()
        self.case = case
        self.questions = visit_order(case)
        self.index = 0
        self._apply_fonts()
        self._cover()
        central = self.frame.centralWidget()
        if central is not None:
            central.hide()
        # Nothing may switch the case underneath the visit: the File menu's case items wait.
        self._disabled = [
            action for action in self.main.file_menu.actions()
            if action.isEnabled() and not action.isSeparator()
            and action is not self.main.quit_action
        ]
        for action in self._disabled:
            action.setEnabled(False)
        self.show()
        self.raise_()
        self._show_screen()
        self._focus_first_box()
        self.frame.statusBar().showMessage(
            self.tr("Visit mode: your answers are saved as you type. Esc goes back."), 6000
        )

    def leave(self) -> None:
        """Save what is being typed and go back to the step the visit started from."""
        if not self.isVisible():
            return
        self.flush()
        self.hide()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        central = self.frame.centralWidget()
        if central is not None:
            central.show()
        # The pages show what visit mode saved: the answers, the recap, the step ticks.
        self.main.show_step(self.main.step_list.currentRow())
        came_from = self._came_from
        self._came_from = None
        if came_from is not None and came_from.isVisible():
            came_from.setFocus(Qt.FocusReason.OtherFocusReason)
        self.case = None
        self.questions = []

    def _cover(self) -> None:
        """Lie over everything between the menu bar and the status bar."""
        window = self.frame
        top = 0
        menu = window.menuBar()
        if menu.isVisible():
            top = menu.geometry().bottom() + 1
        bottom = window.height()
        status = window.statusBar()
        if status.isVisible():
            bottom = status.geometry().top()
        self.setGeometry(QRect(0, top, window.width(), max(0, bottom - top)))

    # -- events ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self.flush()  # before the window closes the store
            elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self.isVisible():
                QTimer.singleShot(0, self._cover)
            elif kind == QEvent.Type.ApplicationFontChange:
                # View > Larger text: Qt tells the windows only, so the window's filter hears it.
                QTimer.singleShot(0, self._apply_fonts)
        return super().eventFilter(watched, event)


def visit_mode_for(window: VisitWindow) -> VisitMode:
    """The window's visit view (made the first time it is asked for)."""
    assert isinstance(window, QMainWindow)
    found = window.findChild(VisitMode)
    return found if isinstance(found, VisitMode) else VisitMode(window)


def start_visit(window: QWidget | None) -> VisitMode | None:
    """Open visit mode on the window's current case; None (with a word why) when there is none."""
    if not isinstance(window, QMainWindow) or not hasattr(window, "current_case"):
        return None
    host = cast("VisitWindow", window)  # the app's main window: the only one with cases
    if host.current_case is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("VisitMode", "Choose a case first, then open visit mode."),
            6000,
        )
        return None
    view = visit_mode_for(host)
    if not view.isVisible():  # F5 again during the visit changes nothing
        view.enter(host.current_case)
    return view


def visit_mode_action(window: VisitWindow) -> QAction:
    """View > Visit mode (F5); ui/window_menus.py puts it in the menu."""
    assert isinstance(window, QMainWindow)
    action = QAction(QCoreApplication.translate("VisitMode", "&Visit mode"), window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(lambda: start_visit(window))
    return action


def visit_button_row(parent: QWidget) -> QWidget:
    """A short note and the big button that opens visit mode, for the Appointment and Review
    steps (``parent``: the page's inside)."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(QCoreApplication.translate("VisitMode", "At the visit"), holder)
    heading.setObjectName("sectionHeading")
    note = QLabel(
        QCoreApplication.translate(
            "VisitMode",
            "Visit mode shows your questions one at a time in large print, must-ask ones "
            "first, with a box for each answer. It ends with the closing check."
        ),
        holder,
    )
    note.setWordWrap(True)
    row = QHBoxLayout()
    button = QPushButton(QCoreApplication.translate("VisitMode", "Start visit mode"), holder)
    button.setObjectName("startVisitMode")
    button.setAccessibleName(QCoreApplication.translate("VisitMode", "Start visit mode"))
    button.setToolTip(
        QCoreApplication.translate("VisitMode", "Large print, one question at a time (F5)")
    )
    button.setAutoDefault(False)
    button.clicked.connect(lambda: start_visit(parent.window()))
    row.addWidget(button)
    row.addStretch(1)
    layout.addWidget(heading)
    layout.addWidget(note)
    layout.addLayout(row)
    return holder
