"""Dates written long and read back the way people type them."""

from datetime import date, datetime, time, timedelta, timezone

import pytest

from secondopinion_desktop.model.dates import (
    format_long_date,
    format_long_datetime,
    parse_date,
    parse_time,
)


@pytest.mark.parametrize(
    "typed",
    ["2026-12-03", "12/3/2026", "December 3, 2026", "Dec 3 2026", "3 December 2026", "December 3rd, 2026"],
)
def test_english_dates_are_read(typed: str) -> None:
    assert parse_date(typed) == date(2026, 12, 3)


def test_spanish_dates_are_day_first() -> None:
    assert parse_date("3/12/2026", "es") == date(2026, 12, 3)
    assert parse_date("3 de diciembre de 2026", "es") == date(2026, 12, 3)


def test_empty_means_no_date() -> None:
    assert parse_date("   ") is None
    assert parse_time("") is None


@pytest.mark.parametrize("typed", ["2026-02-30", "soon", "13/13/2026", "December 40 2026"])
def test_unreadable_dates_say_how_to_write_them(typed: str) -> None:
    with pytest.raises(ValueError, match="December 3, 2026"):
        parse_date(typed)


def test_spanish_error_is_in_spanish() -> None:
    with pytest.raises(ValueError, match="No puedo leer"):
        parse_date("pronto", "es")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("10:30", time(10, 30)), ("10:30 AM", time(10, 30)), ("2 pm", time(14, 0)),
     ("12 am", time(0, 0)), ("12:15 p.m.", time(12, 15)), ("23:59", time(23, 59))],
)
def test_times(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "13 pm", "noonish", "10:75"])
def test_bad_times(typed: str) -> None:
    with pytest.raises(ValueError, match="10:30 AM"):
        parse_time(typed)


def test_long_formats() -> None:
    assert format_long_date(date(2026, 12, 3)) == "December 3, 2026"
    assert format_long_date(date(2026, 12, 3), "es") == "3 de diciembre de 2026"
    moment = datetime(2026, 12, 3, 14, 5, tzinfo=timezone(timedelta(hours=-5)))
    assert format_long_datetime(moment) == "Thursday, December 3, 2026 at 2:05 PM (UTC-05:00)"
    assert format_long_datetime(moment, "es") == (
        "jueves, 3 de diciembre de 2026 a las 14:05 (UTC-05:00)"
    )


def test_the_window_shows_the_offset_only_for_another_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time as clock

    from secondopinion_desktop.model.dates import format_when_here

    monkeypatch.setenv("TZ", "America/New_York")
    clock.tzset()
    try:
        winter = datetime(2026, 12, 3, 14, 5, tzinfo=timezone(timedelta(hours=-5)))
        summer = datetime(2026, 7, 3, 14, 5, tzinfo=timezone(timedelta(hours=-4)))
        madrid = datetime(2026, 12, 3, 14, 5, tzinfo=timezone(timedelta(hours=1)))
        assert format_when_here(winter) == "Thursday, December 3, 2026 at 2:05 PM"
        assert format_when_here(summer, "es") == "viernes, 3 de julio de 2026 a las 14:05"
        assert format_when_here(madrid).endswith("at 2:05 PM (UTC+01:00)")
        assert format_when_here(None) == ""
    finally:
        monkeypatch.undo()
        clock.tzset()


@pytest.mark.parametrize("typed", ["12/31/9999", "1899-12-31", "March 1, 2201"])
def test_a_date_outside_the_years_kept_is_refused_plainly(typed: str) -> None:
    from secondopinion_desktop.model.dates import UnreadableError

    with pytest.raises(UnreadableError) as refused:
        parse_date(typed)
    assert refused.value.kind == "date_range"
    assert str(refused.value) == (
        f"'{typed}' is outside the years this app keeps: write a date from 1900 to 2200."
    )


def test_the_first_and_last_years_kept_are_the_case_files_too() -> None:
    import json
    import re

    from secondopinion_desktop.model.dates import FIRST_YEAR, LAST_YEAR
    from secondopinion_desktop.services.bundle_validate import schema_text

    assert parse_date(f"{FIRST_YEAR}-01-01") is not None
    assert parse_date(f"{LAST_YEAR}-12-31") is not None
    pattern = re.compile(json.loads(schema_text())["$defs"]["date"]["pattern"])
    assert pattern.match(f"{FIRST_YEAR}-01-01") and pattern.match(f"{LAST_YEAR}-12-31")
    assert not pattern.match(f"{FIRST_YEAR - 1}-12-31")
    assert not pattern.match(f"{LAST_YEAR + 1}-01-01")
