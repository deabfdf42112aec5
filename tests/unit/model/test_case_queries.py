"""The one answer to "which visit, which doctor, which records" for a case built in memory."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

from secondopinion_desktop.model import Appointment, CareTeamMember, Case, Question, RecordItem
from secondopinion_desktop.model.case_queries import (
    is_answered,
    next_appointment,
    primary_care_doctor,
    records_not_sent,
    second_opinion_doctor,
    still_to_get,
    visited_appointment,
    written_questions,
)
from secondopinion_desktop.model.enums import CareRole, RecordKind, RecordStatus

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
PACKAGE = Path(__file__).resolve().parents[3] / "secondopinion_desktop"


def case_with_visits(*offsets: int | None) -> Case:
    case = Case(title="Knee")
    for number, days in enumerate(offsets):
        starts = NOW + timedelta(days=days) if days is not None else None
        case.appointments.append(Appointment(with_doctor=f"Dr {number}", starts_at=starts))
    return case


def test_next_appointment_is_the_soonest_ahead_else_the_latest_past() -> None:
    assert next_appointment(case_with_visits(-3, 10, 4), NOW).with_doctor == "Dr 2"
    assert next_appointment(case_with_visits(-9, -2), NOW).with_doctor == "Dr 1"
    assert next_appointment(case_with_visits(None, None), NOW).with_doctor == "Dr 0"
    assert next_appointment(case_with_visits(), NOW) is None


def test_visited_appointment_is_the_latest_begun_else_the_latest_dated() -> None:
    assert visited_appointment(case_with_visits(-3, 10, -1), NOW).with_doctor == "Dr 2"
    assert visited_appointment(case_with_visits(5, 2), NOW).with_doctor == "Dr 0"
    assert visited_appointment(None, NOW) is None


def test_primary_care_and_second_opinion_doctors_are_the_first_of_their_role() -> None:
    case = Case(title="Knee")
    assert primary_care_doctor(case) is None and primary_care_doctor(None) is None
    case.care_team.extend([
        CareTeamMember(role=CareRole.THIRD_OPINION, name="Dr Third"),
        CareTeamMember(role=CareRole.PRIMARY_CARE, name="Dr Lee"),
        CareTeamMember(role=CareRole.PRIMARY_CARE, name="Dr Later"),
    ])
    assert primary_care_doctor(case).name == "Dr Lee"
    assert second_opinion_doctor(case).name == "Dr Third"
    case.care_team.append(CareTeamMember(role=CareRole.SECOND_OPINION, name="Dr Second"))
    assert second_opinion_doctor(case).name == "Dr Second"


def test_records_not_sent_leaves_out_sent_and_confirmed_ones() -> None:
    case = Case(title="Knee")
    for status in RecordStatus:
        case.records.append(RecordItem(kind=RecordKind.TEST_RESULTS, status=status))
    left = {r.status for r in records_not_sent(case)}
    assert left == {RecordStatus.NEEDED, RecordStatus.REQUESTED, RecordStatus.RECEIVED}
    answered = {r.status for r in case.records if is_answered(r)}
    assert answered == {RecordStatus.RECEIVED, RecordStatus.SENT, RecordStatus.CONFIRMED}
    to_get = {r.status for r in case.records if still_to_get(r)}
    assert to_get == {RecordStatus.NEEDED, RecordStatus.REQUESTED}
    assert still_to_get(RecordItem(kind=RecordKind.TEST_RESULTS))  # no status yet: needed


def test_blank_questions_are_not_written_ones() -> None:
    case = Case(title="Knee")
    case.questions.extend([Question(text="  "), Question(text="Is it torn?"), Question()])
    assert [q.text for q in written_questions(case)] == ["Is it torn?"]


def test_no_other_module_spells_these_rules_again() -> None:
    """Each rule is defined here only: no function of the same name anywhere else."""
    names = {"next_appointment", "visited_appointment", "primary_care_doctor", "primary_care",
             "records_not_sent", "second_opinion_doctor"}
    twins = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "case_queries.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in names:
                twins.append(f"{path.relative_to(PACKAGE)}: {node.name}")
    assert twins == []
