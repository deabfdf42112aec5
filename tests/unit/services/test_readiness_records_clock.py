"""The readiness list names each request past its deadline by law, too late for the visit, or
received but not sent on, and after the visit the slides and discs still to come back."""

from __future__ import annotations

from datetime import date, timedelta

from secondopinion_desktop.model import Case, RecordItem
from secondopinion_desktop.model.enums import CaseStatus, RecordKind, RecordStatus
from secondopinion_desktop.services.readiness import (
    Missing,
    ReadinessItem,
    readiness,
    still_to_do,
)

from .test_readiness import NOW, TODAY, ready_case


def with_request(days_ago: int, **fields: object) -> tuple[Case, RecordItem]:
    case = ready_case()
    record = RecordItem(
        kind=RecordKind.PATHOLOGY_REPORT,
        status=RecordStatus.REQUESTED,
        held_by="Northside Pathology",
        requested_on=TODAY - timedelta(days=days_ago),
        **fields,
    )
    case.records.append(record)
    return case, record


def clock_items(case: Case) -> list[ReadinessItem]:
    clock_codes = {
        Missing.REQUEST_OVERDUE, Missing.REQUEST_LATE_FOR_VISIT, Missing.RECEIVED_NOT_SENT,
        Missing.RECORD_TO_COME_BACK,
    }
    return [item for item in still_to_do(case, NOW) if item.missing in clock_codes]


def test_a_request_past_thirty_days_is_overdue_with_its_dates_and_holder() -> None:
    case, record = with_request(31)
    [item] = clock_items(case)
    assert item.missing == Missing.REQUEST_OVERDUE
    assert item.step == "records"
    assert item.holder == "Northside Pathology"
    assert item.requested_on == record.requested_on
    assert item.due_on == TODAY - timedelta(days=1)


def test_on_the_thirtieth_day_the_request_is_not_yet_overdue() -> None:
    # The visit is 20 days away and records are due in 10: the deadline (today) is in time.
    case, _record = with_request(30)
    assert clock_items(case) == []


def test_a_timely_extension_notice_moves_the_deadline() -> None:
    requested = TODAY - timedelta(days=40)
    case, _record = with_request(
        40,
        extension_notice_on=requested + timedelta(days=20),
        extended_until=requested + timedelta(days=55),
    )
    [item] = clock_items(case)
    # Not overdue: the extended deadline (in 15 days) falls after the records are due in 10.
    assert item.missing == Missing.REQUEST_LATE_FOR_VISIT
    assert item.due_on == requested + timedelta(days=55)


def test_a_late_notice_extends_nothing() -> None:
    requested = TODAY - timedelta(days=40)
    case, _record = with_request(
        40,
        extension_notice_on=requested + timedelta(days=35),
        extended_until=requested + timedelta(days=55),
    )
    [item] = clock_items(case)
    assert (item.missing, item.due_on) == (
        Missing.REQUEST_OVERDUE, requested + timedelta(days=30)
    )


def test_an_extension_never_reaches_past_sixty_days() -> None:
    requested = TODAY - timedelta(days=10)
    case, _record = with_request(
        10, extension_notice_on=TODAY, extended_until=requested + timedelta(days=90)
    )
    [item] = clock_items(case)
    assert item.due_on == requested + timedelta(days=60)


def test_a_deadline_after_the_records_due_date_is_late_for_the_visit() -> None:
    # Asked 5 days ago: the office has 25 more days, the records are due in 10.
    case, _record = with_request(5)
    [item] = clock_items(case)
    assert item.missing == Missing.REQUEST_LATE_FOR_VISIT
    assert item.due_on == TODAY + timedelta(days=25)
    assert item.starts_at == case.appointments[0].starts_at


def test_without_a_records_due_date_the_visit_date_is_the_limit() -> None:
    case, _record = with_request(5)
    visit = case.appointments[0]
    visit.records_due_on = None
    visit.starts_at = NOW + timedelta(days=40)
    assert clock_items(case) == []
    visit.starts_at = NOW + timedelta(days=24)
    [item] = clock_items(case)
    assert item.missing == Missing.REQUEST_LATE_FOR_VISIT


def test_records_received_but_not_sent_on_are_named() -> None:
    case, record = with_request(20, received_on=TODAY - timedelta(days=2))
    [item] = clock_items(case)
    assert (item.missing, item.due_on, item.kind) == (
        Missing.RECEIVED_NOT_SENT, TODAY - timedelta(days=2), RecordKind.PATHOLOGY_REPORT
    )
    record.status = RecordStatus.SENT
    assert clock_items(case) == []


def test_a_request_not_yet_dated_or_already_sent_has_no_clock() -> None:
    case, record = with_request(90)
    record.requested_on = None
    assert clock_items(case) == []
    record.requested_on = TODAY - timedelta(days=90)
    record.status = RecordStatus.CONFIRMED
    assert clock_items(case) == []
    assert readiness(case, NOW).done("records")


def test_a_request_to_chase_takes_the_records_tick_away_and_the_list_says_why() -> None:
    # Records are due in 10 days. A request whose deadline falls by then is in time: the step
    # is done, as before. One past its deadline, or one that may come after the records are
    # due, is something to do in the Records step, so the step is not ticked and the list
    # names it: one rule for both.
    expected = {
        1: Missing.REQUEST_LATE_FOR_VISIT, 19: Missing.REQUEST_LATE_FOR_VISIT, 20: None,
        29: None, 30: None, 31: Missing.REQUEST_OVERDUE, 200: Missing.REQUEST_OVERDUE,
    }
    for days, code in expected.items():
        case, _record = with_request(days)
        state = readiness(case, NOW)
        codes = [item.missing for item in state.by_step["records"]]
        assert codes == ([code] if code else []), days
        assert state.done("records") == (code is None), days
        assert [i.missing for i in clock_items(case)] == codes, days


def visited_with(kind: RecordKind, **fields: object) -> tuple[Case, RecordItem]:
    case = ready_case()
    case.status = CaseStatus.VISITED
    case.appointments[0].starts_at = NOW - timedelta(days=2)
    record = RecordItem(kind=kind, status=RecordStatus.SENT, held_by="Northside", **fields)
    case.records.append(record)
    return case, record


def test_after_the_visit_slides_still_to_come_back_are_listed_first() -> None:
    case, record = visited_with(RecordKind.PATHOLOGY_SLIDES, return_by=date(2026, 3, 20))
    items = still_to_do(case, NOW)
    assert (items[0].missing, items[0].step, items[0].due_on) == (
        Missing.RECORD_TO_COME_BACK, "records", date(2026, 3, 20)
    )
    assert not readiness(case, NOW).done("records")
    record.returned_on = TODAY
    assert Missing.RECORD_TO_COME_BACK not in [i.missing for i in still_to_do(case, NOW)]
    assert readiness(case, NOW).done("records")


def test_sent_slides_must_come_back_even_without_a_date_but_a_disc_only_with_one() -> None:
    case, _slides = visited_with(RecordKind.PATHOLOGY_SLIDES)
    [item] = [i for i in still_to_do(case, NOW) if i.missing == Missing.RECORD_TO_COME_BACK]
    assert item.due_on is None
    case, disc = visited_with(RecordKind.IMAGING_DISC)
    assert Missing.RECORD_TO_COME_BACK not in [i.missing for i in still_to_do(case, NOW)]
    disc.return_by = date(2026, 4, 1)
    assert Missing.RECORD_TO_COME_BACK in [i.missing for i in still_to_do(case, NOW)]


def test_before_the_visit_nothing_asks_for_slides_back_and_after_it_no_request_is_chased() -> None:
    case, _slides = visited_with(RecordKind.PATHOLOGY_SLIDES, return_by=date(2026, 3, 20))
    case.status = CaseStatus.PREPARING
    case.appointments[0].starts_at = NOW + timedelta(days=20)
    assert Missing.RECORD_TO_COME_BACK not in [i.missing for i in still_to_do(case, NOW)]
    late, _r = with_request(45)
    late.status = CaseStatus.VISITED
    assert Missing.REQUEST_OVERDUE not in [i.missing for i in still_to_do(late, NOW)]
