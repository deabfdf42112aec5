"""What the window saves always fits the case file it exports: text over a field's cap is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondopinion_desktop.services.bundle import export_case_json, parse_bundle
from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.storage.store import open_store


@pytest.fixture
def workspace(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "data")
    space = Workspace(store)
    yield space
    space.close()
    store.close()


def test_a_name_over_its_cap_is_refused_and_nothing_changes(workspace: Workspace) -> None:
    person = workspace.add_person("Rosa Diaz")
    with pytest.raises(SaveError) as refused:
        workspace.set(person, "full_name", "x" * 1001)
    assert refused.value.code == "save.too_long"
    assert refused.value.message.startswith("This text is 1,001 characters long; this field "
                                            "holds at most 1,000 characters.")
    assert person.full_name == "Rosa Diaz"


def test_text_at_the_caps_exports_a_file_that_imports_again(workspace: Workspace) -> None:
    person = workspace.add_person("Rosa Diaz")
    case = workspace.add_case(person, "Knee")
    workspace.set(person, "full_name", "n" * 1000)
    workspace.set(case, "in_my_words", "w" * 100_000)
    workspace.set(case, "diagnosis_current", "d" * 100_000)
    with pytest.raises(SaveError):
        workspace.set(case, "diagnosis_current", "d" * 100_001)
    text = export_case_json(workspace.session, case.id)
    document = parse_bundle(text)  # refuses anything over a cap
    assert json.loads(text)["case"]["diagnosis"]["current"] == "d" * 100_000
    assert document["person"]["full_name"] == "n" * 1000
