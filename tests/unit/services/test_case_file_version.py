"""The case file's version moves with its shape, and older files still import."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from secondopinion_desktop.services.bundle import example_case_text, import_bundle
from secondopinion_desktop.services.bundle_validate import (
    FORMAT_VERSION,
    BundleError,
    parse_bundle,
)
from secondopinion_desktop.services.case_file import too_new
from secondopinion_desktop.services.case_schema import json_schema

# The shape (every field of every object, with its type or definition) of each version this
# app writes, as the description in services/case_file.py makes it. A change to a field changes
# the fingerprint: raise FORMAT_VERSION, say in docs/file-format.md what the new version added,
# and add its fingerprint here.
SHAPES = {2: "bb2f2ff4b424b94f"}


def _fields(node: dict[str, Any], where: str = "") -> list[str]:
    found = []
    for name, field in node.get("properties", {}).items():
        kind = field.get("$ref") or json.dumps(field.get("type"), sort_keys=True)
        found.append(f"{where}.{name}:{kind}")
    for name, definition in node.get("$defs", {}).items():
        found += _fields(definition, f"#{name}")
    return found


def shape_fingerprint() -> str:
    fields = sorted(_fields(json_schema()))
    return hashlib.sha256("\n".join(fields).encode()).hexdigest()[:16]


def test_the_shape_changes_only_with_the_version() -> None:
    assert SHAPES.get(FORMAT_VERSION) == shape_fingerprint(), (
        "The case file's fields changed: raise FORMAT_VERSION and record the new shape "
        f"({FORMAT_VERSION}: {shape_fingerprint()!r} here, if FORMAT_VERSION is raised)."
    )


def version_one_document() -> dict[str, Any]:
    doc = json.loads(example_case_text())
    doc["version"] = 1
    # Take out, one by one, every field that came after version 1.
    while (found := too_new(doc)) is not None:
        *holder, key = found[0]
        node: Any = doc
        for part in holder:
            node = node[part]
        del node[key]
    return doc


def test_a_version_one_file_still_imports(tmp_path: Any) -> None:
    from secondopinion_desktop.services.bundle import export_case_json
    from secondopinion_desktop.storage.store import open_store

    store = open_store(tmp_path / "data")
    try:
        case_id = import_bundle(store, parse_bundle(json.dumps(version_one_document())))
        with store.session() as session:
            exported = json.loads(export_case_json(session, case_id))
    finally:
        store.close()
    assert exported["version"] == 2
    first = exported["case"]["records"][0]
    assert first["held_by"] == "Riverside Bone & Joint"
    assert (first["received_on"], first["disc_check"]) == (None, None)


def test_a_version_one_file_cannot_hold_version_two_fields() -> None:
    doc = version_one_document()
    doc["case"]["records"][2]["courier"] = "FedEx"
    with pytest.raises(BundleError) as refused:
        parse_bundle(json.dumps(doc))
    assert refused.value.message == (
        "case.records[2].courier: this field came with case file version 2, but the file says "
        "version 1."
    )


def test_disc_check_round_trips(tmp_path: Any) -> None:
    from secondopinion_desktop.services.bundle import export_case_json
    from secondopinion_desktop.storage.store import open_store

    doc = json.loads(example_case_text())
    doc["case"]["records"][2].update(
        {"disc_check": {"checked_on": "2026-11-20", "studies": 1, "images": 3},
         "courier": None, "received_on": "2026-11-19"}
    )
    store = open_store(tmp_path / "data")
    try:
        case_id = import_bundle(store, parse_bundle(json.dumps(doc)))
        with store.session() as session:
            exported = json.loads(export_case_json(session, case_id))
    finally:
        store.close()
    assert exported["case"]["records"][2]["disc_check"] == {
        "checked_on": "2026-11-20", "studies": 1, "images": 3}
