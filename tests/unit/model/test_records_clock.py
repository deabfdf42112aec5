"""The right-of-access clock: 30 days, one extension of at most 30 with a timely notice."""

from __future__ import annotations

from datetime import date

import pytest

from secondopinion_desktop.model.records_clock import ClockState, deadline_by_law, request_clock

OCT_20 = date(2026, 10, 20)


def test_thirty_calendar_days() -> None:
    assert deadline_by_law(OCT_20) == date(2026, 11, 19)
    assert deadline_by_law(date(2026, 12, 15)) == date(2027, 1, 14)  # across the year


@pytest.mark.parametrize(
    ("notice_on", "until", "expected"),
    [
        (date(2026, 11, 10), date(2026, 12, 10), date(2026, 12, 10)),  # timely, within 30 more
        (date(2026, 11, 10), date(2027, 1, 30), date(2026, 12, 19)),  # capped at 60 days
        (date(2026, 11, 25), date(2026, 12, 10), date(2026, 11, 19)),  # notice too late
        (None, date(2026, 12, 10), date(2026, 12, 10)),  # notice date not written down
        (date(2026, 11, 10), date(2026, 11, 1), date(2026, 11, 19)),  # "extension" earlier
    ],
)
def test_one_extension_with_a_timely_notice(
    notice_on: date | None, until: date, expected: date
) -> None:
    assert deadline_by_law(OCT_20, notice_on, until) == expected


def test_states() -> None:
    def state(today: date, **kw: object) -> ClockState:
        return request_clock(requested_on=kw.pop("requested_on", OCT_20),  # type: ignore[arg-type]
                             received_on=kw.pop("received_on", None),  # type: ignore[arg-type]
                             today=today, **kw).state  # type: ignore[arg-type]

    assert state(date(2026, 11, 1), requested_on=None) is ClockState.NOT_REQUESTED
    assert state(date(2026, 11, 1)) is ClockState.WAITING
    assert state(date(2026, 11, 19)) is ClockState.WAITING  # the last day still counts
    assert state(date(2026, 11, 20)) is ClockState.OVERDUE
    assert state(date(2026, 11, 30), received_on=date(2026, 11, 28)) is ClockState.ANSWERED
    assert state(date(2026, 11, 1), needed_by=date(2026, 11, 12)) is ClockState.LATE_FOR_VISIT
    assert state(date(2026, 11, 1), needed_by=date(2026, 11, 25)) is ClockState.WAITING
    clock = request_clock(requested_on=OCT_20, received_on=None, today=date(2026, 12, 1),
                          notice_on=date(2026, 11, 5), extended_until=date(2026, 12, 15))
    assert (clock.deadline, clock.extended, clock.state) == (date(2026, 12, 15), True, ClockState.WAITING)
