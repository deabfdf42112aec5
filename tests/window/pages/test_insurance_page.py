"""Insurance: nothing is stored by looking; answers and the call log are kept after a restart."""

from __future__ import annotations

from datetime import date
from typing import Any

from pages_helpers import Windows, labelled, page_of, set_text_and_leave, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from secondopinion_desktop.model.enums import TriState
from secondopinion_desktop.ui.pages.insurance_page import InsurancePage


def insurance_page(window: Any) -> InsurancePage:
    page = page_of(window, "insurance")
    assert isinstance(page, InsurancePage)
    return page


def test_visiting_the_page_stores_nothing(qtbot: Any, windows: Windows) -> None:
    window = windows.open()
    page = insurance_page(window)
    # Walk through every input with Tab, as someone reading the page would.
    labelled(page, "Name of the plan", QLineEdit).setFocus()
    for _ in range(12):
        focused = page.focusWidget() or page
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    window = windows.restart(window)
    assert window.current_case is not None
    assert window.current_case.insurance is None


def test_plan_answers_and_calls_come_back_after_a_restart(qtbot: Any, windows: Windows) -> None:
    window = windows.open()
    page = insurance_page(window)
    type_into(qtbot, labelled(page, "Name of the plan", QLineEdit), "Blue Plan")
    type_into(qtbot, labelled(page, "Member ID (on your insurance card)", QLineEdit), "XJ-42")
    covered = labelled(page, "Is the second opinion covered?", QComboBox)
    covered.setFocus()
    qtbot.keyClick(covered, Qt.Key.Key_Home)  # "Yes"
    referral = labelled(page, "Is a referral needed?", QComboBox)
    referral.setFocus()
    qtbot.keyClick(referral, Qt.Key.Key_Up)  # "Not known yet" -> "No"
    assert "(done)" not in window.step_list.item(3).text()

    qtbot.mouseClick(page.calls.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Date of the call", QLineEdit), "November 2, 2026")
    type_into(qtbot, labelled(page, "Who I spoke with", QLineEdit), "Maria")
    type_into(qtbot, labelled(page, "Reference number", QLineEdit), "REF-778")
    set_text_and_leave(
        qtbot, labelled(page, "What they said", QPlainTextEdit),
        "Covered <b>100%</b> & no referral \u2714",
    )
    assert page.calls.list.item(0).text() == (
        "November 2, 2026 - spoke with Maria - reference REF-778"
    )
    assert "(done)" in window.step_list.item(3).text()

    window = windows.restart(window)
    page = insurance_page(window)
    assert labelled(page, "Name of the plan", QLineEdit).text() == "Blue Plan"
    assert labelled(page, "Is the second opinion covered?", QComboBox).currentText() == "Yes"
    insurance = window.current_case.insurance if window.current_case else None
    assert insurance is not None
    assert insurance.member_id == "XJ-42"
    assert insurance.second_opinion_covered == TriState.YES
    assert insurance.referral_required == TriState.NO
    assert insurance.requires_second_opinion == TriState.UNKNOWN
    call = insurance.calls[0]
    assert (call.on, call.spoke_with, call.reference_number) == (
        date(2026, 11, 2), "Maria", "REF-778"
    )
    assert call.notes == "Covered <b>100%</b> & no referral \u2714"
    assert "(done)" in window.step_list.item(3).text()


def test_logging_a_call_first_is_kept_and_removing_it_asks(
    qtbot: Any, windows: Windows, monkeypatch: Any
) -> None:
    window = windows.open()
    page = insurance_page(window)
    qtbot.mouseClick(page.calls.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Who I spoke with", QLineEdit), "Sam")
    qtbot.mouseClick(page.calls.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Who I spoke with", QLineEdit), "Kim")
    assert [page.calls.list.item(i).text() for i in range(2)] == [
        "spoke with Sam", "spoke with Kim"
    ]
    asked: list[str] = []

    def confirm(question: str, _yes: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(window, "confirm", confirm)
    page.calls.list.setCurrentRow(0)
    qtbot.mouseClick(page.calls.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Sam" in asked[0]

    window = windows.restart(window)
    page = insurance_page(window)
    assert page.calls.list.count() == 1
    assert page.calls.list.item(0).text() == "spoke with Kim"
    insurance = window.current_case.insurance if window.current_case else None
    assert insurance is not None and insurance.plan_name is None
