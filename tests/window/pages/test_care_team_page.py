"""Care team: doctors with sensible defaults, edited, reordered and removed, kept after a restart."""

from __future__ import annotations

from typing import Any

from pages_helpers import Windows, labelled, page_of, set_text_and_leave, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from secondopinion_desktop.model.enums import CareRole, FoundVia, TriState
from secondopinion_desktop.ui.pages.care_team_page import CareTeamPage


def care_team_page(window: Any) -> CareTeamPage:
    page = page_of(window, "care_team")
    assert isinstance(page, CareTeamPage)
    return page


def add_doctor(qtbot: Any, page: CareTeamPage, name: str) -> None:
    qtbot.mouseClick(page.doctors.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, labelled(page, "Doctor's name", QLineEdit), name)


def labels(page: CareTeamPage) -> list[str]:
    return [page.doctors.list.item(i).text() for i in range(page.doctors.list.count())]


def test_doctors_get_sensible_roles_and_come_back_after_a_restart(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = care_team_page(window)
    add_doctor(qtbot, page, "Dr Lee")
    add_doctor(qtbot, page, "Dr Park")
    add_doctor(qtbot, page, "Dr Gomez")
    assert labels(page) == [
        "Dr Lee - Primary care doctor (kept informed)",
        "Dr Park - Doctor who gave the first opinion",
        "Dr Gomez - Second-opinion doctor",
    ]
    assert "(done)" in window.step_list.item(2).text()

    # Fill in the candidate's details as a keyboard user would.
    type_into(qtbot, labelled(page, "Specialty", QLineEdit), "Knee surgeon")
    type_into(qtbot, labelled(page, "Fax", QLineEdit), "555-0199")
    set_text_and_leave(
        qtbot, labelled(page, "Address", QPlainTextEdit), "1 Main St\nSpringfield"
    )
    found = labelled(page, "How I found this doctor", QComboBox)
    found.setFocus()
    qtbot.keyClick(found, Qt.Key.Key_Down)  # "Not chosen" -> the first way
    network = labelled(page, "In my insurance network?", QComboBox)
    network.setFocus()
    qtbot.keyClick(network, Qt.Key.Key_Home)  # "Yes"
    keep = labelled(page, "Keep this doctor informed", QCheckBox)
    keep.setFocus()
    qtbot.keyClick(keep, Qt.Key.Key_Space)
    assert labels(page)[2] == "Dr Gomez - Second-opinion doctor, Knee surgeon (kept informed)"

    # Move the candidate up one place with the button.
    qtbot.mouseClick(page.doctors.up_button, Qt.MouseButton.LeftButton)

    window = windows.restart(window)
    page = care_team_page(window)
    assert labels(page) == [
        "Dr Lee - Primary care doctor (kept informed)",
        "Dr Gomez - Second-opinion doctor, Knee surgeon (kept informed)",
        "Dr Park - Doctor who gave the first opinion",
    ]
    case = window.current_case
    assert case is not None
    gomez = case.care_team[1]
    assert (gomez.fax, gomez.address) == ("555-0199", "1 Main St\nSpringfield")
    assert gomez.found_via == FoundVia.PCP_REFERRAL
    assert gomez.in_network == TriState.YES
    assert gomez.keep_informed is True
    assert [m.role for m in case.care_team] == [
        CareRole.PRIMARY_CARE, CareRole.SECOND_OPINION, CareRole.FIRST_OPINION
    ]
    assert "(done)" in window.step_list.item(2).text()


def test_changing_a_role_and_removing_a_doctor(
    qtbot: Any, windows: Windows, monkeypatch: Any
) -> None:
    window = windows.open()
    page = care_team_page(window)
    add_doctor(qtbot, page, "Dr Lee")
    add_doctor(qtbot, page, "Dr Park")
    assert "(done)" not in window.step_list.item(2).text()
    role = labelled(page, "Role in my care", QComboBox)
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Down)  # first opinion -> second opinion
    assert labels(page)[1] == "Dr Park - Second-opinion doctor"
    assert "(done)" in window.step_list.item(2).text()

    questions: list[str] = []

    def keep(question: str, _yes: str) -> bool:
        questions.append(question)
        return False

    monkeypatch.setattr(window, "confirm", keep)
    qtbot.mouseClick(page.doctors.remove_button, Qt.MouseButton.LeftButton)
    assert page.doctors.list.count() == 2 and "Dr Park" in questions[0]
    monkeypatch.setattr(window, "confirm", lambda _q, _y: True)
    qtbot.mouseClick(page.doctors.remove_button, Qt.MouseButton.LeftButton)

    window = windows.restart(window)
    page = care_team_page(window)
    assert labels(page) == ["Dr Lee - Primary care doctor (kept informed)"]
    assert "(done)" not in window.step_list.item(2).text()
