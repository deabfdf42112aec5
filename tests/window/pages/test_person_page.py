"""About me: the person's details and their medicines, allergies and conditions."""

from __future__ import annotations

from datetime import date
from typing import Any

from pages_helpers import Windows, labelled, page_of, set_text_and_leave, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from secondopinion_desktop.ui.pages.person_page import PersonPage


def person_page(window: Any) -> PersonPage:
    page = page_of(window, "person")
    assert isinstance(page, PersonPage)
    return page


def test_details_and_medicines_come_back_in_the_order_chosen(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = person_page(window)
    name = labelled(page, "Full name", QLineEdit)
    type_into(qtbot, name, "Ana Maria Example", replace=True)
    type_into(qtbot, labelled(page, "Date of birth", QLineEdit), "2/14/1951")
    type_into(qtbot, labelled(page, "Phone", QLineEdit), "555-0100")
    assert window.step_list.currentItem() is not None
    assert "(done)" in window.step_list.item(1).text()

    qtbot.mouseClick(page.medicines.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Name of the medicine", QLineEdit), "Metformin")
    type_into(qtbot, labelled(page, "Dose", QLineEdit), "500 mg")
    qtbot.mouseClick(page.medicines.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Name of the medicine", QLineEdit), "Vitamin D")
    type_into(qtbot, labelled(page, "Why I take it", QLineEdit), "Bones")
    # The vitamin matters more to her: move it to the top with the keyboard.
    page.medicines.list.setFocus()
    qtbot.keyClick(page.medicines.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.medicines.list.item(0).text() == "Vitamin D"
    assert page.medicines.list.item(1).text() == "Metformin, 500 mg"

    qtbot.mouseClick(page.allergies.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Allergic to", QLineEdit), "Penicillin")
    type_into(qtbot, labelled(page, "What happens (the reaction)", QLineEdit), "Hives")
    qtbot.mouseClick(page.conditions.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Condition", QLineEdit), "Diabetes")
    type_into(qtbot, labelled(page, "Since when", QLineEdit), "2019")

    window = windows.restart(window)
    page = person_page(window)
    assert labelled(page, "Full name", QLineEdit).text() == "Ana Maria Example"
    assert labelled(page, "Date of birth", QLineEdit).text() == "February 14, 1951"
    assert [page.medicines.list.item(i).text() for i in range(2)] == [
        "Vitamin D", "Metformin, 500 mg"
    ]
    assert page.allergies.list.item(0).text() == "Penicillin (Hives)"
    assert page.conditions.list.item(0).text() == "Diabetes, since 2019"
    person = window.current_case.person if window.current_case else None
    assert person is not None
    assert person.date_of_birth == date(1951, 2, 14)
    assert [(m.name, m.reason) for m in person.medications] == [
        ("Vitamin D", "Bones"), ("Metformin", None)
    ]
    # The name in the list of people follows the page.
    top = window.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "Ana Maria Example"


def test_an_empty_name_is_refused_plainly_and_the_old_one_kept(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = person_page(window)
    name = labelled(page, "Full name", QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    problems = [
        label.text() for label in page.findChildren(QLabel)
        if label.objectName() == "fieldError" and label.isVisibleTo(page)
    ]
    assert problems == [
        "Please write the full name. Until you do, the name \u201cAna Example\u201d is kept."
    ]
    assert window.current_case is not None
    assert window.current_case.person.full_name == "Ana Example"

    window = windows.restart(window)
    page = person_page(window)
    assert labelled(page, "Full name", QLineEdit).text() == "Ana Example"


def test_removing_a_medicine_asks_first_and_special_text_is_kept(
    qtbot: Any, windows: Windows, monkeypatch: Any
) -> None:
    awkward = "<b>Aspirin</b> & \U0001F48A \u05d0\u05e1\u05e4\u05d9\u05e8\u05d9\u05df"
    window = windows.open()
    page = person_page(window)
    qtbot.mouseClick(page.medicines.add_button, Qt.MouseButton.LeftButton)
    set_text_and_leave(qtbot, labelled(page, "Name of the medicine", QLineEdit), awkward)
    qtbot.mouseClick(page.medicines.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Name of the medicine", QLineEdit), "Ibuprofen")

    questions: list[str] = []
    answers = iter([False, True])

    def confirm(question: str, _yes: str) -> bool:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr(window, "confirm", confirm)
    qtbot.mouseClick(page.medicines.remove_button, Qt.MouseButton.LeftButton)
    assert page.medicines.list.count() == 2
    qtbot.mouseClick(page.medicines.remove_button, Qt.MouseButton.LeftButton)
    assert page.medicines.list.count() == 1
    assert all("Ibuprofen" in q for q in questions) and len(questions) == 2

    window = windows.restart(window)
    page = person_page(window)
    assert page.medicines.list.item(0).text() == awkward
    assert labelled(page, "Name of the medicine", QLineEdit).text() == awkward
