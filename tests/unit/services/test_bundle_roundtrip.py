"""Export -> import -> export of a case file keeps every field, in the contract's order."""

from __future__ import annotations

import json
from typing import Any

import pytest
from bundle_samples import CONTRACT_KEYS, expected_export, full_document, within_caps
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from secondopinion_desktop.model import Appointment, Case, Person, Question
from secondopinion_desktop.services.bundle import (
    export_case,
    export_case_json,
    import_bundle,
    parse_bundle,
)
from secondopinion_desktop.storage.store import Store

HOSTILE = [
    "Grandma 👵🏽 ❤️ 🇲🇽 family: 👨‍👩‍👧",
    "مرحبا بالعالم — שלום עולם",
    "<b>&amp; </b>& <script>alert(1)</script> \"quoted\" 'single' \\ back",
    "line one\nline two\r\n\ttabbed",
    "Ελληνικά, Кириллица, 中文, ñandú, Zoë",
    "\u200f\u202eright-to-left override\u202c",
    "   ",
]
LONG = "x" * 50_000 + "é" * 49_999 + "👵"


def roundtrip(store: Store, doc: dict[str, Any]) -> dict[str, Any]:
    case_id = import_bundle(store, parse_bundle(json.dumps(doc, ensure_ascii=False)))
    with store.session() as session:
        return export_case(session, case_id)


def test_example_case_comes_back_byte_for_byte(store: Store, example_text: str) -> None:
    case_id = import_bundle(store, parse_bundle(example_text.encode("utf-8")))
    with store.session() as session:
        assert export_case_json(session, case_id) == example_text


def test_export_import_export_is_identical(store: Store, example_text: str) -> None:
    first_id = import_bundle(store, parse_bundle(example_text))
    with store.session() as session:
        first = export_case_json(session, first_id)
    second_id = import_bundle(store, parse_bundle(first))
    with store.session() as session:
        second = export_case_json(session, second_id)
    assert second_id != first_id
    assert second == first


def test_each_import_adds_a_new_person(store: Store, example_text: str) -> None:
    import_bundle(store, parse_bundle(example_text))
    import_bundle(store, parse_bundle(example_text))
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2
        assert session.scalar(select(func.count()).select_from(Case)) == 2


def test_export_text_is_readable_utf8_with_a_final_newline(store: Store) -> None:
    doc = full_document(lambda: "Zoë 👵")
    case_id = import_bundle(store, doc)
    with store.session() as session:
        text = export_case_json(session, case_id)
    assert text.endswith("}\n")
    assert "Zoë 👵" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "secondopinion-case",\n  "version": 2,')


def _keys_in_order(doc: dict[str, Any]) -> dict[str, list[list[str]]]:
    case = doc["case"]
    visit = case["appointments"][0]
    groups: dict[str, list[Any]] = {
        "": [doc], "person": [doc["person"]], "case": [case],
        "medication": doc["person"]["medications"], "allergy": doc["person"]["allergies"],
        "condition": doc["person"]["conditions"], "diagnosis": [case["diagnosis"]],
        "reason": case["reasons"], "care_team": case["care_team"],
        "insurance": [case["insurance"]], "call": case["insurance"]["calls"],
        "record": case["records"], "question": case["questions"],
        "appointment": case["appointments"], "companion": [visit["companion"]],
        "recap": [visit["recap"]], "opinion": case["opinions"], "decision": [case["decision"]],
    }
    return {name: [list(item) for item in items] for name, items in groups.items()}


def test_export_writes_every_field_in_the_contract_order(store: Store) -> None:
    exported = roundtrip(store, full_document(lambda: "text"))
    for name, key_lists in _keys_in_order(exported).items():
        assert key_lists, name
        for keys in key_lists:
            assert keys == CONTRACT_KEYS[name], name


def test_full_document_survives_unchanged(store: Store) -> None:
    doc = full_document(lambda: "some words")
    assert roundtrip(store, doc) == doc


@pytest.mark.parametrize("value", [*HOSTILE, LONG], ids=lambda v: repr(v[:12]))
def test_hostile_text_in_every_field_survives(store: Store, value: str) -> None:
    doc = within_caps(full_document(lambda: value))
    assert roundtrip(store, doc) == expected_export(doc)


def test_hundred_thousand_characters_survive(store: Store) -> None:
    assert len(LONG) == 100_000
    # Free text holds 100,000 characters; names and numbers are kept to their shorter caps.
    doc = within_caps(full_document(lambda: LONG))
    exported = roundtrip(store, doc)
    assert exported == doc
    assert exported["case"]["questions"][1]["answer"] == LONG


def _strip_optional(value: Any) -> Any:
    """The same document with every null field left out."""
    if isinstance(value, dict):
        return {k: _strip_optional(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_strip_optional(v) for v in value]
    return value


def test_null_and_a_missing_field_mean_the_same(store: Store, example_doc: dict[str, Any]) -> None:
    stripped = _strip_optional(example_doc)
    assert "email" not in stripped["case"]["care_team"][0]
    assert roundtrip(store, stripped) == example_doc


def test_smallest_case_file_gives_defaults_and_nulls(store: Store) -> None:
    exported = roundtrip(
        store, {"format": "secondopinion-case", "version": 1, "person": {}, "case": {}}
    )
    assert exported["person"]["full_name"] is None
    assert exported["person"]["medications"] == []
    assert exported["case"]["status"] == "preparing"
    assert exported["case"]["diagnosis"] is None
    assert exported["case"]["insurance"] is None
    assert exported["case"]["decision"] is None


def test_empty_groups_and_nulls_read_back_as_documented(store: Store) -> None:
    doc = full_document(lambda: None)
    doc["case"]["appointments"][0]["recap"]["pcp_informed_on"] = None
    doc["case"]["diagnosis"]["diagnosed_on"] = None
    exported = roundtrip(store, doc)
    visit = exported["case"]["appointments"][0]
    assert visit["companion"] is None and visit["recap"] is None
    assert exported["case"]["diagnosis"] is None
    # Insurance and decision are there (even with nothing written), so they stay objects.
    assert exported["case"]["insurance"]["plan_name"] is None
    assert exported["case"]["decision"] == {
        "chosen_plan": None, "with_doctor": None, "why": None, "on": "2026-10-20",
    }
    assert exported == expected_export(doc)


def test_questions_keep_their_order(store: Store, example_doc: dict[str, Any]) -> None:
    example_doc["case"]["questions"].reverse()
    exported = roundtrip(store, example_doc)
    assert [q["text"] for q in exported["case"]["questions"]] == [
        q["text"] for q in example_doc["case"]["questions"]
    ]


def test_time_zone_offset_is_kept(store: Store, example_doc: dict[str, Any]) -> None:
    example_doc["case"]["appointments"][0]["starts_at"] = "2027-01-14T10:30:00+05:45"
    exported = roundtrip(store, example_doc)
    assert exported["case"]["appointments"][0]["starts_at"] == "2027-01-14T10:30:00+05:45"


def test_utc_written_with_z_reads_back_as_an_offset(
    store: Store, example_doc: dict[str, Any]
) -> None:
    example_doc["case"]["appointments"][0]["starts_at"] = "2027-01-14T15:30Z"
    exported = roundtrip(store, example_doc)
    assert exported["case"]["appointments"][0]["starts_at"] == "2027-01-14T15:30:00+00:00"


def test_missing_opinion_number_follows_the_list_order(store: Store) -> None:
    doc = full_document(lambda: "x")
    for opinion in doc["case"]["opinions"]:
        opinion["ordinal"] = None
    exported = roundtrip(store, doc)
    assert [o["ordinal"] for o in exported["case"]["opinions"]] == [1, 2]


def test_import_into_a_session_leaves_the_commit_to_the_caller(
    store: Store, example_doc: dict[str, Any]
) -> None:
    with store.sessions() as session:
        case_id = import_bundle(session, example_doc)
        assert session.get(Case, case_id) is not None
        session.rollback()
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_case_entered_in_the_window_exports_as_a_valid_file(store: Store) -> None:
    # Screens save empty boxes as "", and may leave a companion half-cleared.
    with store.session() as session:
        person = Person(full_name="Ana Ruiz")
        case = Case(title="Hip", person=person)
        case.questions.append(Question(text="Is surgery needed?", must_ask=True))
        case.appointments.append(Appointment(companion_name="", companion_phone=""))
        session.add(person)
        session.flush()
        case_id = case.id
    with store.session() as session:
        text = export_case_json(session, case_id)
    doc = parse_bundle(text)
    assert doc["case"]["appointments"][0]["companion"] is None
    assert doc["case"]["questions"][0]["must_ask"] is True


text_values = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(HOSTILE),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_text_in_any_field_round_trips(store: Store, data: st.DataObject) -> None:
    doc = full_document(lambda: data.draw(text_values))
    exported = roundtrip(store, doc)
    assert exported == expected_export(doc)
    # And the exported text reads back to the same document.
    assert roundtrip(store, exported) == exported
