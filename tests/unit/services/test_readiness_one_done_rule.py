"""One rule for "done": for every step and several cases, the tick and the to-do list agree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from secondopinion_desktop.model import Appointment, Case, Decision, Opinion, RecordItem
from secondopinion_desktop.model.enums import CaseStatus, RecordKind, RecordStatus
from secondopinion_desktop.services.readiness import (
    AFTER_VISIT_STEPS,
    BEFORE_VISIT_STEPS,
    REVIEW_STEP,
    STEP_KEYS,
    Missing,
    readiness,
    still_to_do,
)

from .test_readiness import NOW, TODAY, ready_case


def empty_case() -> Case:
    return Case(title="New", status=CaseStatus.PREPARING)


def half_filled_case() -> Case:
    case = ready_case()
    case.diagnosis_current = ""
    case.care_team.pop()
    case.records.append(RecordItem(kind=RecordKind.IMAGING_DISC, status=RecordStatus.NEEDED))
    case.appointments[0].companion_name = None
    return case


def example_case() -> Case:
    """What the example case in the app looks like: nearly ready, records on their way."""
    case = ready_case()
    case.records.append(RecordItem(kind=RecordKind.TEST_RESULTS, status=RecordStatus.REQUESTED))
    case.records.append(RecordItem(kind=RecordKind.IMAGING_DISC, status=RecordStatus.NEEDED))
    return case


def all_done_case() -> Case:
    case = ready_case()
    case.status = CaseStatus.DECIDED
    visit = case.appointments[0]
    visit.starts_at = NOW - timedelta(days=3)
    visit.recap_diagnosis_as_understood = "A torn meniscus after all"
    visit.recap_pcp_informed_on = TODAY
    case.opinions.extend([Opinion(ordinal=1, doctor="Dr. Lee"), Opinion(ordinal=2, doctor="Dr. O")])
    case.decision = Decision(chosen_plan="Physiotherapy first", on=date(2026, 3, 1))
    return case


CASES = {
    "empty": empty_case,
    "half-filled": half_filled_case,
    "example": example_case,
    "all done": all_done_case,
    "visited, nothing after": lambda: Case(title="Seen", status=CaseStatus.VISITED),
}


@pytest.mark.parametrize("name", CASES)
def test_each_step_is_ticked_exactly_when_the_list_names_nothing_for_it(name: str) -> None:
    case = CASES[name]()
    state = readiness(case, NOW)
    listed = {item.step for item in still_to_do(case, NOW)}
    shown = AFTER_VISIT_STEPS if state.after_visit else BEFORE_VISIT_STEPS
    for step in shown:
        assert state.done(step) == (step not in listed), f"{name}: step {step}"
    # Review is done when nothing before the visit is missing, or once the visit is past.
    assert state.done(REVIEW_STEP) == (state.after_visit or not listed)
    # Every step has a rule, and each item points at a step that exists.
    assert set(state.by_step) | {REVIEW_STEP} == set(STEP_KEYS)
    assert listed <= set(STEP_KEYS)


def test_which_steps_are_done_in_each_case() -> None:
    def done(case: Case) -> list[str]:
        state = readiness(case, NOW)
        return [step for step in STEP_KEYS if state.done(step)]

    assert done(empty_case()) == []
    assert done(half_filled_case()) == ["person", "insurance", "questions"]
    assert done(example_case()) == [
        "diagnosis", "person", "care_team", "insurance", "questions", "appointment"
    ]
    assert done(ready_case()) == [*BEFORE_VISIT_STEPS, REVIEW_STEP]
    assert done(all_done_case()) == list(STEP_KEYS)


def test_records_have_one_count_for_every_sentence() -> None:
    case = example_case()
    state = readiness(case, NOW)
    assert (state.records.total, state.records.sent, state.records.needed) == (3, 1, 1)
    assert state.records.not_sent == 2
    [item] = state.by_step["records"]
    assert (item.missing, item.count) == (Missing.RECORDS_NEEDED, state.records.needed)
    case.appointments[0].records_due_on = TODAY + timedelta(days=2)
    [item] = readiness(case, NOW).by_step["records"]
    assert (item.missing, item.count) == (Missing.RECORDS_DUE_SOON, state.records.not_sent)


def test_now_defaults_to_this_moment() -> None:
    case = ready_case()
    case.appointments[0] = Appointment(
        starts_at=datetime.now(UTC) + timedelta(days=3), companion_name="Ana"
    )
    assert readiness(case).done("appointment")
