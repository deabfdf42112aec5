"""Every visible input on the first five steps has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

from pages_helpers import Windows, page_of
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from secondopinion_desktop.ui.pages.care_team_page import CareTeamPage
from secondopinion_desktop.ui.pages.diagnosis_page import DiagnosisPage
from secondopinion_desktop.ui.pages.insurance_page import InsurancePage
from secondopinion_desktop.ui.pages.person_page import PersonPage
from secondopinion_desktop.ui.pages.records_page import RecordsPage

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QListWidget)


def visible(page: QWidget, kind: type[QWidget]) -> list[Any]:
    return [w for w in page.findChildren(kind) if w.isVisibleTo(page)]


def test_every_visible_input_has_a_visible_label_that_is_its_name(windows: Windows) -> None:
    window = windows.open()
    # Fill every list with one item and tick every reason, so every form is on screen.
    diagnosis = page_of(window, "diagnosis")
    assert isinstance(diagnosis, DiagnosisPage)
    for box in diagnosis.reason_boxes.values():
        box.setChecked(True)
    person = page_of(window, "person")
    assert isinstance(person, PersonPage)
    for editor in (person.medicines, person.allergies, person.conditions):
        editor.add_item()
    care = page_of(window, "care_team")
    assert isinstance(care, CareTeamPage)
    care.doctors.add_item()
    insurance = page_of(window, "insurance")
    assert isinstance(insurance, InsurancePage)
    insurance.calls.add_item()
    records = page_of(window, "records")
    assert isinstance(records, RecordsPage)
    records.records.add_item()

    for key in ("diagnosis", "person", "care_team", "insurance", "records"):
        page = page_of(window, key)
        captions = {
            label.text().replace("&", "")
            for label in visible(page, QLabel)
            if label.buddy() is not None
        }
        inputs = [w for kind in INPUTS for w in visible(page, kind)]
        assert len(inputs) >= 3, key
        for widget in inputs:
            name = widget.accessibleName()
            assert name.strip(), f"{key}: a {type(widget).__name__} has no name"
            assert name in captions, f"{key}: {name!r} is not shown as a label"
        for box in visible(page, QCheckBox):
            name = box.accessibleName()
            assert name.strip(), f"{key}: a tick box has no name"
            assert name in captions or name == box.text().replace("&", ""), name
        for button in visible(page, QAbstractButton):
            assert (button.accessibleName() or button.text()).strip(), key


def test_at_double_text_size_the_pages_fit_a_narrow_column(windows: Windows) -> None:
    """Long reasons and long drop-down entries wrap or narrow instead of widening the page."""
    windows.text_scale = 2.0
    window = windows.open()
    for key in ("diagnosis", "insurance"):
        page = page_of(window, key)
        # About 40 characters of 24-point text: what is left beside the step list at 200%.
        room = page.fontMetrics().averageCharWidth() * 40
        assert page.inner.minimumSizeHint().width() <= room, key
    diagnosis = page_of(window, "diagnosis")
    assert isinstance(diagnosis, DiagnosisPage)
    assert all(row.label.wordWrap() for row in diagnosis.reason_rows.values())
