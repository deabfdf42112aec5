"""The "Appointment and companion" step, driven as a person would, and read back after a restart."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta
from typing import Any

from pages_helpers import (
    TRICKY,
    choose,
    click,
    current_page,
    enter_text,
    field,
    ticked,
    type_text,
)
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPlainTextEdit

from secondopinion_desktop.model import CareRole, CareTeamMember, RecordItem, RecordKind
from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.model.enums import RecordStatus, VisitMode
from secondopinion_desktop.ui.pages.appointment_page import AppointmentPage

FAR_NOTE = "more than six weeks away"


def add_appointment(qtbot: Any, window: Any) -> AppointmentPage:
    page = current_page(window, AppointmentPage)
    click(qtbot, page.editor.add_button)
    return page


def type_day(qtbot: Any, page: AppointmentPage, day: date, at: str = "10:30 AM") -> None:
    type_text(qtbot, field(page, "Date of the appointment", QLineEdit), format_long_date(day))
    type_text(qtbot, field(page, "Time", QLineEdit), at)


def test_video_visit_with_companion_comes_back(case_window, reopen, qtbot) -> None:
    window = case_window("appointment")
    for role, name in ((CareRole.FIRST_OPINION, "Dr Adams"), (CareRole.SECOND_OPINION, "Dr Okafor")):
        window.workspace.add(window.current_case, "care_team", CareTeamMember(role=role, name=name))
    window.go_to_step("diagnosis")
    window.go_to_step("appointment")
    page = add_appointment(qtbot, window)
    choose(qtbot, field(page, "Or choose from your care team", QComboBox),
           "Dr Okafor \u2014 Second-opinion doctor")
    # Arrow keys on the closed box pass Dr Adams on the way: the last one chosen is kept.
    assert field(page, "With which doctor", QLineEdit).text() == "Dr Okafor"
    assert window.current_case.appointments[0].with_doctor == "Dr Okafor"
    day = date.today() + timedelta(days=10)
    type_day(qtbot, page, day)
    place = field(page, "Place (the address of the office)", QPlainTextEdit)
    enter_text(qtbot, place, TRICKY)
    choose(qtbot, field(page, "In person or by video", QComboBox), "Video visit")
    assert not page.place.isVisibleTo(page)
    type_text(qtbot, field(page, "Video link (the web address you were sent)", QLineEdit),
              "https://visit.example.org/room/42")
    type_text(qtbot, field(page, "Records must arrive by", QLineEdit),
              format_long_date(day - timedelta(days=3)))
    type_text(qtbot, field(page, "Companion's name", QLineEdit), "Maria Ruiz")
    enter_text(qtbot, field(page, "Relationship to me", QLineEdit), TRICKY)
    type_text(qtbot, field(page, "Companion's phone", QLineEdit), "555-0142")
    assert ticked(window, page.key)

    window = reopen(window, "appointment")
    visit = window.current_case.appointments[0]
    assert visit.with_doctor == "Dr Okafor"
    assert visit.starts_at is not None and visit.starts_at.date() == day
    assert (visit.starts_at.hour, visit.starts_at.minute) == (10, 30)
    assert visit.starts_at.utcoffset() is not None
    assert visit.mode == VisitMode.VIRTUAL
    assert visit.video_link == "https://visit.example.org/room/42"
    assert visit.records_due_on == day - timedelta(days=3)
    assert (visit.companion_name, visit.companion_relationship, visit.companion_phone) == (
        "Maria Ruiz", TRICKY, "555-0142",
    )
    assert visit.location == TRICKY
    page = current_page(window, AppointmentPage)
    assert page.link.isVisibleTo(page) and not page.place.isVisibleTo(page)
    assert page.with_line.text() == "Dr Okafor"
    assert field(page, "Relationship to me", QLineEdit).text() == TRICKY


def test_far_away_warning_for_three_months_not_for_next_week(case_window, qtbot) -> None:
    window = case_window("appointment")
    page = add_appointment(qtbot, window)
    type_day(qtbot, page, date.today() + timedelta(days=91))
    assert any(FAR_NOTE in text for text in page.warnings())
    assert page.wait_note.isVisibleTo(page)

    type_day(qtbot, page, date.today() + timedelta(days=7))
    assert not any(FAR_NOTE in text for text in page.warnings())
    assert not page.wait_note.isVisibleTo(page)
    # A date alone does not finish the step: someone should come along.
    assert not ticked(window, page.key)


def test_records_warning_until_every_record_is_sent(case_window, qtbot) -> None:
    window = case_window("appointment")
    record = window.workspace.add(
        window.current_case, "records",
        RecordItem(kind=RecordKind.TEST_RESULTS, status=RecordStatus.REQUESTED),
    )
    page = add_appointment(qtbot, window)
    type_day(qtbot, page, date.today() + timedelta(days=14))
    assert page.warnings() == []
    due = date.today() + timedelta(days=9)
    type_text(qtbot, field(page, "Records must arrive by", QLineEdit), format_long_date(due))
    expected = (
        f"Note: your records must arrive by {format_long_date(due)}, and some are not sent "
        "yet (1 on your list). Ask for them now; the Records step shows which ones."
    )
    assert page.warnings() == [expected]
    assert page.records_button.isVisibleTo(page)

    window.save(record, "status", RecordStatus.SENT)
    assert page.warnings() == []
    assert not page.records_button.isVisibleTo(page)


def test_calendar_file_and_time_zone(case_window, reopen, qtbot, tmp_path, monkeypatch) -> None:
    window = case_window("appointment")
    page = add_appointment(qtbot, window)
    assert not page.calendar_button.isEnabled()
    type_text(qtbot, field(page, "With which doctor", QLineEdit), "Dr Okafor")
    type_day(qtbot, page, date(2031, 1, 15), "2:15 PM")
    choose(qtbot, field(page, "Time zone", QComboBox), "Pacific time (Los Angeles)")
    target = tmp_path / "out" / "visit"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    click(qtbot, page.calendar_button)
    saved = target.with_suffix(".ics")
    text = saved.read_text("utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "Dr Okafor" in text
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert page.calendar_result.text().startswith(f"Saved {saved}")

    window = reopen(window, "appointment")
    starts = window.current_case.appointments[0].starts_at
    assert starts is not None
    assert starts.utcoffset() == timedelta(hours=-8)
    assert starts.replace(tzinfo=None) == datetime(2031, 1, 15, 14, 15)
    assert field(current_page(window, AppointmentPage), "Time zone", QComboBox).currentText() == (
        "Pacific time (Los Angeles)"
    )
