"""A save tells the workspace's listeners what it changed: the object, the field, the case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from secondopinion_desktop.model import Case, InsuranceCall, Question, RecordItem
from secondopinion_desktop.model.enums import RecordKind
from secondopinion_desktop.services.workspace import Change, Workspace
from secondopinion_desktop.storage.store import open_store


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    workspace = Workspace(open_store(folder))
    yield workspace
    workspace.close()
    workspace.store.close()


def test_a_field_saved_names_its_object_field_and_case(workspace: Workspace) -> None:
    person = workspace.add_person("Rosa Diaz")
    case = workspace.add_case(person, "Knee")
    heard: list[Change] = []
    workspace.listeners.append(heard.append)
    workspace.set(case, "in_my_words", "It hurts on the stairs")
    record = workspace.add(case, "records", RecordItem(kind=RecordKind.TEST_RESULTS))
    workspace.set(record, "held_by", "City Lab")
    assert [(c.obj, c.field, c.case_id) for c in heard] == [
        (case, "in_my_words", case.id),
        (case, "records", case.id),
        (record, "held_by", case.id),
    ]


def test_an_insurance_call_belongs_to_the_case_of_its_insurance(workspace: Workspace) -> None:
    case = workspace.add_case(workspace.add_person("Rosa Diaz"), "Knee")
    insurance = workspace.ensure_insurance(case)
    call = workspace.add(insurance, "calls", InsuranceCall())
    heard: list[Change] = []
    workspace.listeners.append(heard.append)
    workspace.set(call, "reference_number", "R-1")
    assert heard[0].case_id == case.id
    assert heard[0].touches(case)


def test_a_person_change_touches_every_case_and_another_case_is_untouched(
    workspace: Workspace,
) -> None:
    person = workspace.add_person("Rosa Diaz")
    knee = workspace.add_case(person, "Knee")
    heart = workspace.add_case(person, "Heart")
    heard: list[Change] = []
    workspace.listeners.append(heard.append)
    workspace.set(person, "phone", "555-0100")
    workspace.add(heart, "questions", Question(text="Is surgery needed?"))
    assert heard[0].case_id is None and heard[0].touches(knee) and heard[0].touches(heart)
    assert heard[1].touches(heart) and not heard[1].touches(knee)


def test_no_notice_when_nothing_changed_and_a_deleted_case_is_still_named(
    workspace: Workspace,
) -> None:
    case = workspace.add_case(workspace.add_person("Rosa Diaz"), "Knee")
    case_id = case.id
    heard: list[Change] = []
    workspace.listeners.append(heard.append)
    workspace.set(case, "title", "Knee")  # the same words: nothing is written
    assert heard == []
    workspace.delete(case)
    assert len(heard) == 1 and heard[0].case_id == case_id
    assert isinstance(heard[0].obj, Case)
