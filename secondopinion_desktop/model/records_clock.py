"""The right-of-access clock: by when a records holder must answer a request (45 CFR 164.524).

A provider must act on a request within 30 calendar days. It may extend that once, by at most 30
more days, and only with a written notice, given within the first 30 days, saying why and by
when. Pure date arithmetic: the readiness list, the summary and the follow-up letter all ask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

RESPONSE_DAYS = 30
EXTENSION_DAYS = 30


class ClockState(StrEnum):
    """Where a request stands against its deadline."""

    NOT_REQUESTED = "not_requested"
    ANSWERED = "answered"  # the records came
    WAITING = "waiting"  # within the deadline, and in time for the visit
    LATE_FOR_VISIT = "late_for_visit"  # within the deadline, but it falls after records are due
    OVERDUE = "overdue"  # the deadline has passed


@dataclass(frozen=True)
class RequestClock:
    """One request's deadline by law and where it stands on ``today``."""

    requested_on: date | None
    deadline: date | None
    extended: bool
    state: ClockState


def deadline_by_law(
    requested_on: date, notice_on: date | None = None, extended_until: date | None = None
) -> date:
    """The last day to answer: 30 days, or the extended date when a timely notice gave one.

    A notice given after the first 30 days does not extend anything, and no notice can reach
    past 60 days.
    """
    first = requested_on + timedelta(days=RESPONSE_DAYS)
    if extended_until is None or extended_until <= first:
        return first
    if notice_on is not None and notice_on > first:
        return first
    return min(extended_until, first + timedelta(days=EXTENSION_DAYS))


def request_clock(
    *,
    requested_on: date | None,
    received_on: date | None,
    today: date,
    notice_on: date | None = None,
    extended_until: date | None = None,
    needed_by: date | None = None,
) -> RequestClock:
    """Where a request stands; ``needed_by`` is when the records are due for the visit."""
    if requested_on is None:
        return RequestClock(None, None, False, ClockState.NOT_REQUESTED)
    deadline = deadline_by_law(requested_on, notice_on, extended_until)
    extended = deadline > requested_on + timedelta(days=RESPONSE_DAYS)
    if received_on is not None:
        state = ClockState.ANSWERED
    elif today > deadline:
        state = ClockState.OVERDUE
    elif needed_by is not None and deadline > needed_by and today <= needed_by:
        state = ClockState.LATE_FOR_VISIT
    else:
        state = ClockState.WAITING
    return RequestClock(requested_on, deadline, extended, state)
