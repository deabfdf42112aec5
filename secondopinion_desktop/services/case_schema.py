"""The case file's JSON Schema, made from its description (services/case_file.py).

``tools/write-case-schema.py`` (``make schema``) writes it to resources/case-bundle.schema.json
for people and other programs; the app checks files against the same schema made in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from secondopinion_desktop.services.case_file import (
    DOCUMENT,
    FORMAT_KEY,
    FORMAT_NAME,
    FORMAT_VERSION,
    SHARED_CHOICES,
    TEXT_KINDS,
    VERSION_KEY,
    YEAR_PATTERN,
    Field,
    Group,
    Json,
    Kind,
    Section,
    column,
    holds_list,
)


def _ref(name: str) -> Json:
    return {"$ref": f"#/$defs/{name}"}


def _field_schema(section: Section, f: Field) -> Json:
    col = column(section.entity, f.attr)
    if col.kind is Kind.TEXT:
        if f.text is None:
            raise TypeError(f"{section.schema_name}.{f.key}: a text field needs LINE, TEXT or LINK")
        return _ref(f.text.name)
    if col.kind in (Kind.DATE, Kind.DATE_TIME, Kind.FLAG):
        return _ref(col.kind.value)
    if col.kind is Kind.CHOICE:
        assert col.choices is not None
        if col.choices in SHARED_CHOICES:
            return _ref(SHARED_CHOICES[col.choices])
        values: list[str | None] = [member.value for member in col.choices]
        return {"enum": values if col.required else [*values, None]}
    if f.bounds is None:
        raise TypeError(f"{section.schema_name}.{f.key}: a number field needs its bounds")
    return {"type": ["integer", "null"], "minimum": f.bounds[0], "maximum": f.bounds[1]}


def _object_schema(properties: Json, *, nullable: bool, required: list[str],
                   description: str = "") -> Json:
    body: Json = {"description": description} if description else {}
    body["type"] = ["object", "null"] if nullable else "object"
    body["additionalProperties"] = False
    if required:
        body["required"] = required
    body["properties"] = properties
    return body


def _section_schemas(section: Section, *, nullable: bool) -> Iterator[tuple[str, Json]]:
    properties: Json = {}
    required = [f.key for f in section.items
                if isinstance(f, Field) and column(section.entity, f.attr).required]
    held: list[tuple[str, Json]] = []
    for item in section.items:
        if isinstance(item, Field):
            properties[item.key] = _field_schema(section, item)
        elif isinstance(item, Group):
            properties[item.key] = _ref(item.schema_name)
            held.append((item.schema_name, _object_schema(
                {f.key: _field_schema(section, f) for f in item.fields},
                nullable=True, required=[], description=item.description,
            )))
        else:
            many = holds_list(section.entity, item.key)
            name = item.section.schema_name
            properties[item.key] = {**_ref("list"), "items": _ref(name)} if many else _ref(name)
            held.extend(_section_schemas(item.section, nullable=not many))
    yield section.schema_name, _object_schema(properties, nullable=nullable, required=required)
    yield from held


def json_schema() -> Json:
    """The JSON Schema of the case file, made from the table above."""
    defs: Json = {
        kind.name: {"description": kind.description, "type": ["string", "null"],
                    "maxLength": kind.cap}
        for kind in TEXT_KINDS
    }
    defs[Kind.FLAG.value] = {"type": ["boolean", "null"]}
    defs[Kind.DATE.value] = {
        "type": ["string", "null"],
        "format": "date",
        "description": "YYYY-MM-DD, a real calendar day in the years 1900 to 2200.",
        "pattern": f"^{YEAR_PATTERN}-[0-9]{{2}}-[0-9]{{2}}$",
    }
    defs[Kind.DATE_TIME.value] = {
        "type": ["string", "null"],
        "format": "date-time",
        "description": "A date (years 1900 to 2200) and time with its offset from UTC.",
        "pattern": (
            f"^{YEAR_PATTERN}-[0-9]{{2}}-[0-9]{{2}}T[0-9]{{2}}:[0-9]{{2}}"
            r"(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})$"
        ),
    }
    for choices, name in SHARED_CHOICES.items():
        defs[name] = {"enum": [*(member.value for member in choices), None]}
    defs["list"] = {"type": ["array", "null"]}
    for top in DOCUMENT:
        defs.update(_section_schemas(top.section, nullable=False))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:secondopinion:case-bundle:{FORMAT_VERSION}",
        "title": f"Second Opinion Companion case file, version {FORMAT_VERSION} "
                 "(reads every earlier version too)",
        "description": (
            "One case, with the person it is for, as written by `secondopinion export` and "
            "read by `secondopinion import`. docs/file-format.md explains every field. null "
            "and a missing optional field mean the same."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": [FORMAT_KEY, VERSION_KEY, *(top.key for top in DOCUMENT)],
        "properties": {
            FORMAT_KEY: {"const": FORMAT_NAME},
            VERSION_KEY: {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            **{top.key: _ref(top.section.schema_name) for top in DOCUMENT},
        },
        "$defs": defs,
    }


def json_schema_text() -> str:
    """The schema as the text of resources/case-bundle.schema.json (short parts on one line)."""
    return _layout(json_schema(), "", 0) + "\n"


_WIDTH = 100


def _layout(value: Any, lead: str, depth: int) -> str:
    """``value`` as JSON after ``lead`` (its key), indented ``depth`` steps of two spaces."""
    flat = json.dumps(value, ensure_ascii=False)
    fits = 2 * depth + len(lead) + len(flat) <= _WIDTH
    # An object's fields are one to a line, to be read (and diffed) field by field.
    if not isinstance(value, dict | list) or (fits and lead != '"properties": '):
        return flat
    pad = "  " * (depth + 1)
    if isinstance(value, list):
        inner = [pad + _layout(item, "", depth + 1) for item in value]
        return "[\n" + ",\n".join(inner) + "\n" + "  " * depth + "]"
    inner = []
    for key, item in value.items():
        head = json.dumps(key) + ": "
        inner.append(pad + head + _layout(item, head, depth + 1))
    return "{\n" + ",\n".join(inner) + "\n" + "  " * depth + "}"
