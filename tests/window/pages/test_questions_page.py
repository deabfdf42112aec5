"""The "Questions to ask" step, driven as a person would, and read back after a restart."""

from __future__ import annotations

from typing import Any

from pages_helpers import (
    TRICKY,
    click,
    current_page,
    enter_text,
    field,
    focus,
    ticked,
    type_text,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from secondopinion_desktop.ui.pages.questions_page import QuestionsPage
from secondopinion_desktop.ui.question_bank import load_bank

GUIDE_QUESTIONS = {
    "Is my diagnosis correct?",
    "Do I need this surgery, or are there medicines instead?",
    "Are there clinical trials for my condition?",
    "What are the risks and benefits of each option?",
}


def stored_texts(window: Any) -> list[str]:
    return [q.text for q in window.current_case.questions]


def add_own(qtbot: Any, page: QuestionsPage, text: str) -> None:
    click(qtbot, page.editor.add_button)
    type_text(qtbot, field(page, "Question", QPlainTextEdit), text)


def test_own_questions_with_topic_and_must_ask_come_back(case_window, reopen, qtbot) -> None:
    window = case_window("questions")
    page = current_page(window, QuestionsPage)
    add_own(qtbot, page, "Can I keep walking my dog?")
    type_text(qtbot, field(page, "Topic (optional)", QLineEdit), "Daily life")
    click(qtbot, field(page, "Must ask", QCheckBox))
    add_own(qtbot, page, "How long is recovery?")
    # Markup, an emoji and Hebrew are kept exactly as typed, never read as formatting.
    click(qtbot, page.editor.add_button)
    enter_text(qtbot, field(page, "Question", QPlainTextEdit), TRICKY)
    enter_text(qtbot, field(page, "Answer", QPlainTextEdit), TRICKY)

    window = reopen(window, "questions")
    page = current_page(window, QuestionsPage)
    questions = window.current_case.questions
    assert [q.text for q in questions] == [
        "Can I keep walking my dog?", "How long is recovery?", TRICKY,
    ]
    assert questions[0].topic == "Daily life"
    assert [q.must_ask for q in questions] == [True, False, False]
    assert questions[2].answer == TRICKY
    shown = [page.editor.list.item(row).text() for row in range(page.editor.list.count())]
    assert shown == [
        "1. Can I keep walking my dog? [MUST ASK]", "2. How long is recovery?", f"3. {TRICKY}",
    ]


def test_bank_has_forty_questions_by_topic_in_both_languages() -> None:
    for language in ("en", "es"):
        bank = load_bank(language)
        assert len(bank) >= 8
        assert sum(len(topic.questions) for topic in bank) >= 40
    english = {q for topic in load_bank("en") for q in topic.questions}
    assert english >= GUIDE_QUESTIONS
    assert "¿Es correcto mi diagnóstico?" in {q for t in load_bank("es") for q in t.questions}


def tick(page: QuestionsPage, text: str) -> None:
    item = next(i for i in page.bank_items() if i.text(0) == text)
    item.setCheckState(0, Qt.CheckState.Checked)


def test_chosen_bank_questions_are_appended_once(case_window, reopen, qtbot) -> None:
    window = case_window("questions")
    page = current_page(window, QuestionsPage)
    add_own(qtbot, page, "Is my diagnosis correct?")
    tick(page, "Are there clinical trials for my condition?")
    tick(page, "What are the risks and benefits of each option?")
    click(qtbot, page.add_chosen_button)
    assert page.bank_result.text() == "Added 2 question(s) to the end of your list."
    click(qtbot, page.add_chosen_button)
    assert page.bank_result.text().startswith("Nothing new was added")
    on_list = [i.text(0) for i in page.bank_items() if i.text(0).endswith("(on your list)")]
    assert "Is my diagnosis correct? (on your list)" in on_list

    window = reopen(window, "questions")
    assert stored_texts(window) == [
        "Is my diagnosis correct?",
        "Are there clinical trials for my condition?",
        "What are the risks and benefits of each option?",
    ]
    assert window.current_case.questions[1].topic == "Clinical trials"


def test_bank_by_keyboard_alone(case_window, qtbot) -> None:
    window = case_window("questions")
    page = current_page(window, QuestionsPage)
    focus(qtbot, page.bank)
    wanted = next(i for i in page.bank_items() if i.text(0).startswith("Do I need this surgery"))
    page.bank.setCurrentItem(wanted)
    qtbot.keyClick(page.bank, Qt.Key.Key_Space)
    assert wanted.checkState(0) == Qt.CheckState.Checked
    focus(qtbot, page.add_chosen_button)
    qtbot.keyClick(page.add_chosen_button, Qt.Key.Key_Space)
    assert stored_texts(window) == ["Do I need this surgery, or are there medicines instead?"]


def test_spanish_window_offers_the_spanish_bank(case_window) -> None:
    window = case_window("questions", language="es")
    page = current_page(window, QuestionsPage)
    texts = [item.text(0) for item in page.bank_items()]
    assert "¿Hay ensayos clínicos para mi enfermedad?" in texts
    assert "Are there clinical trials for my condition?" not in texts


def three_questions(qtbot: Any, page: QuestionsPage) -> None:
    for text in ("First", "Second", "Third"):
        add_own(qtbot, page, text)


def test_reorder_by_keyboard_and_buttons_then_done(case_window, reopen, qtbot) -> None:
    window = case_window("questions")
    page = current_page(window, QuestionsPage)
    three_questions(qtbot, page)
    page.editor.list.setCurrentRow(0)
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_texts(window) == ["Second", "First", "Third"]
    assert page.editor.list.currentRow() == 1
    click(qtbot, page.editor.down_button)
    assert stored_texts(window) == ["Second", "Third", "First"]
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored_texts(window) == ["Second", "First", "Third"]
    # Three questions are not enough to call the step done: one must be a must-ask.
    assert not ticked(window, page.key)
    click(qtbot, field(page, "Must ask", QCheckBox))
    assert ticked(window, page.key)
    step_texts = [window.step_list.item(i).text() for i in range(window.step_list.count())]
    assert any("Questions to ask (done)" in text for text in step_texts)

    window = reopen(window, "questions")
    assert stored_texts(window) == ["Second", "First", "Third"]


def test_reorder_by_dragging(case_window, reopen, qtbot) -> None:
    window = case_window("questions")
    page = current_page(window, QuestionsPage)
    three_questions(qtbot, page)
    model = page.editor.list.model()
    # What a mouse drag of the first row below the last does to the list's model.
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert stored_texts(window) == ["Second", "Third", "First"]

    window = reopen(window, "questions")
    assert stored_texts(window) == ["Second", "Third", "First"]
    page = current_page(window, QuestionsPage)
    assert page.editor.list.item(0).text() == "1. Second"
