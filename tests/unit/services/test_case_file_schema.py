"""The case file is described once (services/case_file.py): the schema, the model and the code agree."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

from sqlalchemy import inspect

from secondopinion_desktop.services import case_file, case_schema
from secondopinion_desktop.services.bundle_validate import schema_text

SERVICES = Path(case_file.__file__).parent


def test_the_committed_schema_is_the_one_the_description_makes() -> None:
    assert schema_text() == case_schema.json_schema_text(), (
        "resources/case-bundle.schema.json is out of date: run `make schema`."
    )
    assert json.loads(schema_text())["properties"]["version"]["maximum"] == (
        case_file.FORMAT_VERSION
    )


def test_every_column_of_the_model_is_in_the_file_or_said_not_to_be() -> None:
    for section in case_file.sections():
        described = {f.attr for f in case_file.fields_of(section)}
        columns = {c.key for c in inspect(section.entity).column_attrs}
        assert columns - described - case_file.NOT_IN_THE_FILE == set(), section.schema_name
        assert described <= columns, section.schema_name
        relations = {r.key for r in inspect(section.entity).relationships}
        held = {item.key for item in section.items if isinstance(item, case_file.Child)}
        # A relationship back to the owner (a call's insurance, a case's person) is not a field.
        assert held <= relations, section.schema_name


def _file_keys() -> Counter[str]:
    """Each key of the case file, as often as a field carries it."""
    keys: Counter[str] = Counter([case_file.FORMAT_KEY, case_file.VERSION_KEY])
    keys.update(top.key for top in case_file.DOCUMENT)
    for section in case_file.sections():
        for item in section.items:
            keys[item.key] += 1
            if isinstance(item, case_file.Group):
                keys.update(f.key for f in item.fields)
    return keys


def _literals(path: Path) -> Counter[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return Counter(
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_each_field_is_spelled_once_in_the_description() -> None:
    tree = ast.parse((SERVICES / "case_file.py").read_text(encoding="utf-8"))
    rows = Counter(
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id in ("Field", "Group", "Child")
        and node.args and isinstance(node.args[0], ast.Constant)
    )
    rows.update([case_file.FORMAT_KEY, case_file.VERSION_KEY])
    # One row per field: a key shared by several sections (name, phone) is one row in each.
    assert rows == _file_keys()


def _reads_of_keys(path: Path, keys: set[str]) -> list[str]:
    """``x["key"]`` and ``x.get("key")`` with a case-file key, outside the JSON Schema keywords."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Subscript):
            holder, key = node.value, node.slice
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "get" and node.args):
            holder, key = node.func.value, node.args[0]
        else:
            continue
        # error.schema.get("format") asks the JSON Schema keyword, not the file's field.
        reads_schema = isinstance(holder, ast.Attribute) and holder.attr == "schema"
        if isinstance(key, ast.Constant) and key.value in keys and not reads_schema:
            found.append(f"{path.name}:{node.lineno} {key.value}")
    return found


def test_no_other_service_reads_or_writes_a_field_by_its_name() -> None:
    keys = set(_file_keys())
    found = [
        hit
        for path in sorted(SERVICES.glob("*.py"))
        # readiness.py names its steps (records, insurance...), not fields of the file.
        if path.name not in ("case_file.py", "readiness.py")
        for hit in _reads_of_keys(path, keys)
    ]
    assert found == []
    for module in ("bundle.py", "workspace.py"):
        assert set(_literals(SERVICES / module)) & keys == set(), module


def test_no_field_is_newer_than_the_format() -> None:
    versions = {
        item.since
        for section in case_file.sections()
        for item in (*section.items, *case_file.fields_of(section))
    }
    assert versions <= set(range(1, case_file.FORMAT_VERSION + 1))
