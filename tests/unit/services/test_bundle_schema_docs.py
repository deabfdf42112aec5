"""docs/file-format.md and the JSON Schema agree: every field and code is documented."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from cli_runs import PROJECT_ROOT

from secondopinion_desktop.services.bundle import parse_bundle, schema_text

DOC = (PROJECT_ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")


def _schema_names(node: Any) -> Iterator[tuple[str, str]]:
    """("field", name) for every property and ("code", value) for every allowed value."""
    if isinstance(node, dict):
        for name in node.get("properties", {}):
            yield "field", name
        for value in node.get("enum", []):
            if value is not None:
                yield "code", value
        for child in node.values():
            yield from _schema_names(child)
    elif isinstance(node, list):
        for child in node:
            yield from _schema_names(child)


def test_every_field_and_code_of_the_schema_is_documented() -> None:
    names = set(_schema_names(json.loads(schema_text())))
    assert len(names) > 100
    undocumented = sorted(name for _kind, name in names if f"`{name}`" not in DOC)
    assert undocumented == []


@pytest.mark.parametrize(
    "block", re.findall(r"```json\n(.*?)```", DOC, flags=re.DOTALL), ids=["smallest", "short"]
)
def test_examples_in_the_documentation_are_valid(block: str) -> None:
    assert parse_bundle(block)["format"] == "secondopinion-case"


def test_schema_refuses_unknown_fields_everywhere() -> None:
    def objects(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if "properties" in node:
                yield node
            for child in node.values():
                yield from objects(child)

    found = list(objects(json.loads(schema_text())))
    assert len(found) == 19
    assert all(node.get("additionalProperties") is False for node in found)
