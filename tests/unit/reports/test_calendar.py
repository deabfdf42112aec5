"""The calendar file parsed back with icalendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar
from report_samples import EASTERN

from secondopinion_desktop.model import Appointment, Case, VisitMode
from secondopinion_desktop.reports import ReportError
from secondopinion_desktop.reports.calendar import build_ics

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def only_event(data: bytes) -> Calendar:
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_event_for_the_next_appointment(case: Case) -> None:
    event = only_event(build_ics(case, now=NOW))
    start = event.decoded("dtstart")
    assert start.tzinfo is not None
    assert start == datetime(2099, 12, 3, 10, 30, tzinfo=EASTERN)
    assert event.decoded("dtend") - start == timedelta(hours=1)
    assert str(event["summary"]) == "Second opinion visit with Dr. Rosa Delgado"
    assert "University Knee Center" in str(event["location"])
    description = str(event["description"])
    assert "insurance card" in description and "Knee MRI" in description
    assert event["uid"] and event.decoded("dtstamp") == NOW
    alarms = list(event.walk("VALARM"))
    assert len(alarms) == 1
    assert alarms[0].decoded("trigger") == timedelta(days=-1)


def test_the_soonest_upcoming_visit_is_chosen(case: Case) -> None:
    case.appointments.append(
        Appointment(with_doctor="Dr. Past", starts_at=datetime(2020, 1, 2, 9, 0, tzinfo=UTC))
    )
    case.appointments.append(
        Appointment(with_doctor="Dr. Soon", starts_at=datetime(2027, 1, 5, 9, 0, tzinfo=UTC))
    )
    assert "Dr. Soon" in str(only_event(build_ics(case, now=NOW))["summary"])


def test_video_visit_carries_the_link(case: Case) -> None:
    visit = case.appointments[0]
    visit.mode = VisitMode.VIRTUAL
    visit.video_link = "https://video.example.org/room/42"
    event = only_event(build_ics(case, now=NOW))
    assert str(event["url"]) == "https://video.example.org/room/42"
    assert "https://video.example.org/room/42" in str(event["description"])


def test_no_dated_appointment_is_a_plain_error(case: Case, bare_case: Case) -> None:
    with pytest.raises(ReportError, match="no appointment with a date"):
        build_ics(bare_case)
    case.appointments[0].starts_at = None
    with pytest.raises(ReportError, match="no appointment with a date"):
        build_ics(case)


def test_spanish_summary(case: Case) -> None:
    event = only_event(build_ics(case, language="es", now=NOW))
    assert str(event["summary"]).startswith("Consulta de segunda opinión")


def test_same_visit_keeps_its_uid(case: Case) -> None:
    first = only_event(build_ics(case, now=NOW))["uid"]
    later = only_event(build_ics(case, now=NOW + timedelta(days=3)))["uid"]
    assert first == later


def test_a_video_link_broken_over_lines_still_makes_a_calendar_file(case: Case) -> None:
    # A case file may carry a link with a line break in it; icalendar refuses such a URL.
    visit = case.appointments[0]
    visit.mode = VisitMode.VIRTUAL
    visit.video_link = "https://video.example.org/room/42\r\nEND:VEVENT\nBEGIN:VEVENT"
    data = build_ics(case, now=NOW)
    event = only_event(data)
    assert "url" not in event  # not a web address any calendar could open
    assert "https://video.example.org/room/42" in str(event["location"])
    assert "https://video.example.org/room/42" in str(event["description"])
    assert data.count(b"\r\nBEGIN:VEVENT") == 1  # the break is written as text, not obeyed


def test_control_characters_never_reach_the_calendar_file(case: Case) -> None:
    # RFC 5545 allows no control character in text but the tab; some calendars refuse the file.
    visit = case.appointments[0]
    visit.with_doctor = "Dr. \x00Rosa\x1b \x07Delgado\x7f"
    visit.location = "Room\x0b 4\x85"
    data = build_ics(case, now=NOW)
    unfolded = data.replace(b"\r\n ", b"")
    assert all(b >= 0x20 or b in b"\t\r\n" for b in unfolded)
    assert b"\x7f" not in unfolded
    assert "\x85" not in unfolded.decode("utf-8")
    event = only_event(data)
    assert str(event["summary"]) == "Second opinion visit with Dr. Rosa Delgado"
    assert str(event["location"]) == "Room 4"
