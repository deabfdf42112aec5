"""Questions from reasons: the bank's tags, what each reason suggests, and the Questions step's
"Suggested for your reasons" group, where each is added with one press and never twice."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from windows import WindowFactory

from secondopinion_desktop.model.enums import ReasonCode
from secondopinion_desktop.ui.pages.diagnosis_page import DiagnosisPage
from secondopinion_desktop.ui.pages.questions_page import QuestionsPage
from secondopinion_desktop.ui.question_bank import all_questions, load_bank, suggested_for

# What the issue names for three reasons, by the bank's keys (the same in both languages).
NAMED = {
    ReasonCode.CHOOSING_BETWEEN_TREATMENTS: {
        "risks-each-option", "daily-life-recovery", "waiting-what-if",
    },
    ReasonCode.SEVERAL_POSSIBLE_DIAGNOSES: {"diagnosis-tell-apart"},
    ReasonCode.INSURER_REQUIRES: {"insurer-needs"},
}


def test_bank_has_sixty_tagged_questions_alike_in_english_and_spanish() -> None:
    english, spanish = all_questions("en"), all_questions("es")
    assert len(english) >= 60
    assert [q.key for q in english] == [q.key for q in spanish]
    assert len({q.key for q in english}) == len(english)
    codes = {code.value for code in ReasonCode}
    for en, es in zip(english, spanish, strict=True):
        assert en.reasons == es.reasons
        assert set(en.reasons) <= codes, en.key
        assert en.topic and es.topic
        assert en.text != es.text  # really translated
    assert sum(len(t.questions) for t in load_bank("es")) == len(spanish)
    assert "¿Qué necesita mi seguro de esta consulta?" in {q.text for q in spanish}


@pytest.mark.parametrize("code", [c for c in ReasonCode if c is not ReasonCode.OTHER])
def test_each_reason_suggests_exactly_the_questions_tagged_with_it(code: ReasonCode) -> None:
    suggested = suggested_for([code], "en")
    tagged = [q for q in all_questions("en") if code.value in q.reasons]
    assert suggested == tagged
    assert len(suggested) >= 3
    assert NAMED.get(code, set()) <= {q.key for q in suggested}
    spanish = suggested_for([code], "es")
    assert [q.key for q in spanish] == [q.key for q in suggested]


def test_several_reasons_suggest_each_question_once_in_reason_order() -> None:
    codes = [ReasonCode.INSURER_REQUIRES, ReasonCode.CHOOSING_BETWEEN_TREATMENTS]
    keys = [q.key for q in suggested_for(codes)]
    assert len(keys) == len(set(keys))
    first = [q.key for q in suggested_for(codes[:1])]
    assert keys[: len(first)] == first  # the first reason's questions come first
    assert "surgery-need" in keys  # tagged with both, listed once
    assert suggested_for([ReasonCode.OTHER]) == []


def open_questions_with_reasons(
    open_window: WindowFactory, qtbot: Any, codes: list[ReasonCode], language: str = "en"
) -> tuple[Any, QuestionsPage]:
    window = open_window(language)
    person = window.workspace.add_person("Ana Ruiz")
    case = window.workspace.add_case(person, "Knee surgery")
    window.reload_tree(select_case_id=case.id)
    window.go_to_step("diagnosis")
    diagnosis = window.stack.currentWidget()
    assert isinstance(diagnosis, DiagnosisPage)
    for code in codes:  # ticked with the keyboard, as a person would
        box = diagnosis.reason_boxes[code]
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert [r.code for r in case.reasons] == codes
    window.go_to_step("questions")
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionsPage)
    return window, page


def test_suggested_group_shows_the_reasons_questions_first_and_adds_each_once(
    open_window: WindowFactory, qtbot: Any
) -> None:
    codes = [ReasonCode.SEVERAL_POSSIBLE_DIAGNOSES, ReasonCode.INSURER_REQUIRES]
    window, page = open_questions_with_reasons(open_window, qtbot, codes)
    shown = [words.text() for _entry, words, _button in page.suggested_rows]
    assert shown == [q.text for q in suggested_for(codes)]
    assert "Which tests would tell the possible diagnoses apart?" in shown
    assert "What does my insurer need from this visit?" in shown
    # The group comes before the bank by topic, on screen and for Tab.
    assert page.suggested_holder.y() < page.bank.y()
    assert "There is more than one possible diagnosis" in page.suggested_intro.text()

    entry, _words, button = next(
        row for row in page.suggested_rows if row[0].key == "diagnosis-tell-apart"
    )
    assert button.accessibleName() == f"Add: {entry.text}"
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # one action adds it
    case = window.current_case
    assert [q.text for q in case.questions] == [entry.text]
    assert case.questions[0].topic == "Is the diagnosis right?"
    assert not button.isEnabled()
    assert button.text() == "On your list"
    assert button.accessibleName() == f"{entry.text}: on your list"
    assert page.suggested_result.text().startswith("Added to the end of your list")

    # A second time is refused, in words, and nothing is added.
    assert page.add_suggested(entry) is False
    assert [q.text for q in case.questions] == [entry.text]
    assert page.suggested_result.text() == (
        "That question is already on your list, so it was not added again."
    )
    # Nor can the bank by topic add it again.
    item = next(i for i in page.bank_items() if i.data(0, Qt.ItemDataRole.UserRole + 1) == entry.text)
    assert item.text(0).endswith("(on your list)")
    page.add_chosen()
    assert len(case.questions) == 1

    # It stays added after a restart.
    window.close()
    again = open_window()
    assert [q.text for q in again.workspace.people()[0].cases[0].questions] == [entry.text]


def test_a_question_typed_in_a_suggestions_words_marks_it_and_unmarks_it_when_changed(
    open_window: WindowFactory, qtbot: Any
) -> None:
    _window, page = open_questions_with_reasons(
        open_window, qtbot, [ReasonCode.SEVERAL_POSSIBLE_DIAGNOSES]
    )
    entry, _words, button = next(
        row for row in page.suggested_rows if row[0].key == "diagnosis-tell-apart"
    )
    other, _other_words, other_button = next(
        row for row in page.suggested_rows if row[0].key != "diagnosis-tell-apart"
    )
    item = next(i for i in page.bank_items() if i.data(0, Qt.ItemDataRole.UserRole + 1) == entry.text)
    qtbot.mouseClick(page.editor.add_button, Qt.MouseButton.LeftButton)
    text = next(b for b in page.editor.item_bindings if b.attribute == "text")

    def type_and_pause(words: str) -> None:
        text.widget.setPlainText(words)
        text.flush()

    # Other spacing and capitals are the same question.
    type_and_pause("  " + entry.text.upper().replace(" ", "   "))
    assert (button.text(), button.isEnabled()) == ("On your list", False)
    assert item.text(0).endswith("(on your list)")
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert other_button.text() == "Add"
    # Now another suggestion's words: the first is free again, the second marked.
    type_and_pause(other.text)
    assert (button.text(), button.isEnabled()) == ("Add", True)
    assert button.accessibleName() == f"Add: {entry.text}"
    assert item.text(0) == entry.text
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert other_button.text() == "On your list"
    # An answer typed leaves the marks as they are.
    answer = next(b for b in page.editor.item_bindings if b.attribute == "answer")
    answer.widget.setPlainText("Blood tests and an MRI")
    answer.flush()
    assert (button.text(), other_button.text()) == ("Add", "On your list")


def test_no_reasons_says_where_to_tick_them(open_window: WindowFactory, qtbot: Any) -> None:
    _window, page = open_questions_with_reasons(open_window, qtbot, [])
    assert page.suggested_rows == []
    assert "About the diagnosis" in page.suggested_intro.text()


def test_spanish_window_suggests_spanish_questions(
    open_window: WindowFactory, qtbot: Any
) -> None:
    _window, page = open_questions_with_reasons(
        open_window, qtbot, [ReasonCode.CHOOSING_BETWEEN_TREATMENTS], language="es"
    )
    shown = [words.text() for _entry, words, _button in page.suggested_rows]
    assert "¿Cuáles son los riesgos y beneficios de cada opción?" in shown
    assert "What are the risks and benefits of each option?" not in shown
