"""Visit mode driven by the keyboard alone, from the first question to the closing check, and
the answers found again in the exported case and on the Recap step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QWidget
from windows import WindowFactory

from secondopinion_desktop.model import Question
from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.pages.recap_page import RecapPage
from secondopinion_desktop.ui.visit_mode import VisitMode, visit_mode_for, visit_order

ALT = Qt.KeyboardModifier.AltModifier


def example_window(open_window: WindowFactory, language: str = "en") -> tuple[MainWindow, int]:
    from secondopinion_desktop.services.bundle import example_case_text

    window = open_window(language)
    case_id = window.actions_.import_case_text(example_case_text())
    assert case_id is not None
    return window, case_id


def key(qtbot: Any, keys: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is now, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, keys, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def export(window: MainWindow, case_id: int, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "exported.json"
    assert window.actions_.export_case_to(case_id, path) is None
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_keyboard_alone_through_every_question_to_the_closing_check(
    open_window: WindowFactory, qtbot: Any, tmp_path: Path
) -> None:
    window, case_id = example_window(open_window)
    window.go_to_step("appointment")
    case = window.current_case
    assert case is not None
    expected = [q.text for q in case.questions if q.must_ask] + [
        q.text for q in case.questions if not q.must_ask
    ]
    assert len(expected) >= 5 and any(q.must_ask for q in case.questions)

    key(qtbot, Qt.Key.Key_F5)  # View > Visit mode
    view = visit_mode_for(window)
    assert view.isVisible()
    assert not window.centralWidget().isVisible()
    # Large print from the start: bigger than the window's own text.
    assert view.answer_box.font().pointSizeF() >= QApplication.font().pointSizeF() + 5
    assert view.question_label.font().pointSizeF() > view.answer_box.font().pointSizeF()

    seen = []
    for number, text in enumerate(expected, start=1):
        assert view.progress.text() == f"Question {number} of {len(expected)}"
        assert view.question_label.text() == text
        seen.append(text)
        must = case.questions[[q.text for q in case.questions].index(text)].must_ask
        assert view.must_ask_label.isVisible() == must
        if number == 1:
            assert focused() is view.answer_box  # where visit mode starts
        else:
            key(qtbot, Qt.Key.Key_M, ALT)  # "My answer"
            assert focused() is view.answer_box
        qtbot.keyClicks(view.answer_box, f"Answer number {number}")
        if number % 2:
            key(qtbot, Qt.Key.Key_A, ALT)  # "Asked" (a button press takes a moment)
            qtbot.waitUntil(view.asked_box.isChecked)
        key(qtbot, Qt.Key.Key_N, ALT)  # "Next"
        qtbot.waitUntil(lambda n=number: not view.progress.text().startswith(f"Question {n} "))
    assert seen == expected

    # The closing check: three boxes, filled by typing and Tab.
    assert view.progress.text() == "Closing check"
    assert view.closing_part.isVisible() and not view.question_part.isVisible()
    # The box that had the keyboard is gone with its question: the first closing box has it.
    assert focused() is view.closing_boxes[0]
    for words in ("Early arthritis of the knee", "Injections or physio first", "Call Dr Chen"):
        qtbot.keyClicks(focused(), words)
        key(qtbot, Qt.Key.Key_Tab)
    assert view.next_button.text().replace("&", "") == "Finish and leave"
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert window.centralWidget().isVisible()

    data = export(window, case_id, tmp_path)
    answers = {q["text"]: q for q in data["case"]["questions"]}
    for number, text in enumerate(expected, start=1):
        assert answers[text]["answer"] == f"Answer number {number}"
        assert answers[text]["asked"] is bool(number % 2)
    recaps = [a.get("recap") or {} for a in data["case"]["appointments"]]
    assert {
        "diagnosis_as_understood": "Early arthritis of the knee",
        "choices": "Injections or physio first",
        "next_steps": "Call Dr Chen",
    }.items() <= next(r for r in recaps if r.get("choices")).items()

    # The Recap step shows what was typed during the visit.
    window.go_to_step("recap")
    recap = window.stack.currentWidget()
    assert isinstance(recap, RecapPage)
    shown = [box.toPlainText() for box in recap.findChildren(QPlainTextEdit) if box.isVisibleTo(recap)]
    assert "Early arthritis of the knee" in shown
    assert "Injections or physio first" in shown
    assert "Answer number 1" in shown


def test_previous_next_buttons_and_tab_order(open_window: WindowFactory, qtbot: Any) -> None:
    window, _case_id = example_window(open_window)
    window.go_to_step("review")
    button = next(
        b for b in window.stack.currentWidget().findChildren(QAbstractButton)
        if b.objectName() == "startVisitMode"
    )
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    view = visit_mode_for(window)
    assert view.isVisible()
    # Tab goes Leave -> Asked -> answer -> Previous -> Next, top to bottom.
    view.leave_button.setFocus(Qt.FocusReason.TabFocusReason)
    order = [focused()]
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [view.leave_button, view.asked_box, view.answer_box, view.next_button]
    # Previous is off on the first question, so Tab skipped it; Space on Next moves on and
    # keeps the focus on Next, so it can be pressed again.
    assert not view.previous_button.isEnabled()
    key(qtbot, Qt.Key.Key_Space)
    assert view.progress.text().startswith("Question 2 of")
    assert focused() is view.next_button
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is view.previous_button
    key(qtbot, Qt.Key.Key_Space)
    assert view.progress.text().startswith("Question 1 of")
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert view.progress.text().startswith("Question 2 of")
    # Opening it again while it is open changes nothing; the visible button leaves, the page
    # it came from is back, and the File menu works again.
    window.visit_mode_action.trigger()
    assert view.progress.text().startswith("Question 2 of")
    assert not window.actions_.export_action.isEnabled()
    view.leave_button.click()
    assert not view.isVisible()
    assert window.stack.currentWidget().key == "review"
    assert window.actions_.export_action.isEnabled()
    assert window.new_case_action.isEnabled()


def test_every_part_has_a_name_a_screen_reader_can_say(open_window: WindowFactory) -> None:
    window, _case_id = example_window(open_window)
    window.visit_mode_action.trigger()
    view = visit_mode_for(window)
    for index in range(view.screens):
        view.go(index)
        for widget in view.findChildren(QWidget):
            if widget.isVisibleTo(view) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert widget.accessibleName().strip(), f"{widget!r} has no name"
        if not view.on_closing_screen():
            assert view.question_label.accessibleName() == view.question_label.text()
            assert view.answer_box.accessibleDescription() == view.question_label.text()
        assert view.progress.accessibleName() == view.progress.text()
    assert [box.accessibleName() for box in view.closing_boxes] == [
        "Is this the diagnosis?",
        "Are these my choices?",
        "What happens next, and who will tell my primary care doctor?",
    ]


def test_text_size_follows_the_window_and_high_contrast_applies(
    open_window: WindowFactory, qtbot: Any
) -> None:
    window, _case_id = example_window(open_window)
    window.visit_mode_action.trigger()
    view = visit_mode_for(window)
    before = view.answer_box.font().pointSizeF()
    key(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # View > Larger text
    qtbot.waitUntil(lambda: view.answer_box.font().pointSizeF() > before + 0.5)
    assert view.isVisible()
    window.actions_.contrast_action.setChecked(True)
    assert view.palette().color(view.backgroundRole()).name() == "#000000"
    assert view.answer_box.palette().color(view.answer_box.foregroundRole()).name() == "#ffffff"


def test_typing_then_closing_at_once_loses_nothing(
    open_window: WindowFactory, qtbot: Any, data_dir: Path
) -> None:
    window, case_id = example_window(open_window)
    window.visit_mode_action.trigger()
    view = visit_mode_for(window)
    first = view.questions[0].text
    qtbot.keyClicks(view.answer_box, "typed just before closing")
    window.close()  # before the typing pause has passed

    again = open_window()
    case = again.workspace.case(case_id)
    assert next(q for q in case.questions if q.text == first).answer == "typed just before closing"


def test_a_case_without_an_appointment_gets_one_for_the_recap(
    open_window: WindowFactory, qtbot: Any
) -> None:
    window = open_window()
    person = window.workspace.add_person("Ana Ruiz")
    case = window.workspace.add_case(person, "Knee")
    for text, must in (("First question", False), ("Second question", True)):
        window.workspace.add(case, "questions", Question(text=text, must_ask=must))
    window.reload_tree(select_case_id=case.id)
    window.visit_mode_action.trigger()
    view = visit_mode_for(window)
    assert [q.text for q in view.questions] == ["Second question", "First question"]
    assert view.progress.text() == "Question 1 of 2"
    key(qtbot, Qt.Key.Key_Right, ALT)
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert view.on_closing_screen()
    assert not case.appointments
    assert focused() is view.closing_boxes[0]
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Surgery or wait")
    key(qtbot, Qt.Key.Key_Tab)
    assert len(case.appointments) == 1
    assert case.appointments[0].recap_choices == "Surgery or wait"


def test_without_a_case_it_says_so_and_stays_closed(open_window: WindowFactory) -> None:
    window = open_window()
    window.visit_mode_action.trigger()
    assert window.findChild(VisitMode) is None or not visit_mode_for(window).isVisible()
    assert "Choose a case first" in window.statusBar().currentMessage()


def test_visit_order_puts_must_ask_first_and_skips_empty_ones() -> None:
    from secondopinion_desktop.model import Case

    case = Case(title="t")
    for text, must in (("a", False), ("", True), ("b", True), ("c", False), ("d", True)):
        case.questions.append(Question(text=text, must_ask=must))
    assert [q.text for q in visit_order(case)] == ["b", "d", "a", "c"]


def test_visit_mode_opens_after_the_pages_were_rebuilt_and_deleted(
    open_window: WindowFactory, qtbot: Any
) -> None:
    # Opening a case rebuilds the Recap and Compare contents; once the old ones are really
    # deleted (as the event loop does), the menus must still answer (the File menu's case
    # items are switched off while visit mode is open).
    from PySide6.QtCore import QEvent

    window, _case_id = example_window(open_window)
    app = QApplication.instance()
    assert app is not None
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    window.reload_tree()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    key(qtbot, Qt.Key.Key_F5)
    view = visit_mode_for(window)
    assert view.isVisible()
    assert not window.actions_.export_action.isEnabled()
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.isVisible() and window.centralWidget().isVisible()
