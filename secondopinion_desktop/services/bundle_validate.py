"""Reading and checking a case file: JSON decoding, the JSON Schema, and plain error sentences.

Every refusal is a BundleError carrying one sentence that starts with the path of the field at
fault (``case.records[0].status: 'lost' is not one of ...``), so a person, or whoever helps them,
can find the spot in the file. It also carries a code ("bundle.<what>") and the facts of its
sentence, so the window can say the same in the person's language.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from secondopinion_desktop.model.dates import FIRST_YEAR, LAST_YEAR
from secondopinion_desktop.services import case_file, case_schema
from secondopinion_desktop.services.case_file import (
    FORMAT_KEY,
    FORMAT_NAME,
    FORMAT_VERSION,
    VERSION_KEY,
)
from secondopinion_desktop.storage.errors import StoreError

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_ERRORS",
    "MAX_FILE_BYTES",
    "BundleError",
    "decode_bundle_text",
    "format_path",
    "parse_bundle",
    "schema_text",
    "text_caps",
    "validate_bundle",
]

SCHEMA_RESOURCE = "resources/case-bundle.schema.json"
# The example case is 8 KB and a very full real one well under 1 MB; a file above this is not
# a case file, and reading it whole would only make the app appear to hang (docs/file-format.md).
MAX_FILE_BYTES = 10 * 1024 * 1024
# The schema check stops after this many problems: one is shown, and a file with 400,000 bad
# questions must not cost gigabytes to say so.
MAX_ERRORS = 20
# No field of a case file holds a number this long; Python refuses ints over 4,300 digits
# anyway, with an error no person should see.
MAX_NUMBER_CHARACTERS = 40


def text_caps() -> dict[str, int]:
    """The longest text each field of a case file may hold, by field name (the schema's caps).

    A name used by several objects gets the smallest of their caps, so what the window saves
    always fits the case file it exports.
    """
    return case_file.text_caps()

_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SHOW_LIMIT = 60

_TYPE_WORDS = {
    "string": "text",
    "boolean": "true or false",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list in square brackets",
    "object": "a group of fields in curly brackets",
}


class BundleError(StoreError):
    """A case file that cannot be read; ``field_path`` names the field at fault, if any."""

    def __init__(
        self,
        message: str,
        field_path: str | None = None,
        problems: Sequence[str] = (),
        *,
        code: str = "",
        facts: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, code=code, facts=facts)
        self.field_path = field_path
        # Every problem found (at most MAX_ERRORS), the one in ``message`` among them.
        self.problems: tuple[str, ...] = tuple(problems) or (message,)


def _value_facts(value: Any) -> dict[str, str]:
    """A value as facts: ``value`` as the English sentence shows it, ``kind`` for the window."""
    if value is None:
        kind = "null"
    elif isinstance(value, bool):
        kind = "boolean"
    elif isinstance(value, int | float):
        kind = "number"
    elif isinstance(value, str):
        kind = "string"
    elif isinstance(value, list):
        kind = "array"
    elif isinstance(value, dict):
        kind = "object"
    else:
        kind = "other"
    return {"value": _show(value), "kind": kind}


def schema_text() -> str:
    """The JSON Schema of the case file, as shipped inside the package."""
    return resources.files("secondopinion_desktop").joinpath(SCHEMA_RESOURCE).read_text("utf-8")


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    # The schema made from the description, which the shipped file matches (a test says so).
    return Draft202012Validator(case_schema.json_schema())


def format_path(parts: Sequence[str | int]) -> str:
    """``["case", "records", 0, "status"]`` -> ``case.records[0].status``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME_RE.match(part) and len(part) <= _SHOW_LIMIT:
            out += f".{part}" if out else part
        else:
            out += f"[{_show(part)}]"
    return out or "the file"


def _show(value: Any) -> str:
    """A value as it may appear inside a one-line message: short, quoted, printable."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _cut(str(value))
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    text = _cut(str(value))
    # One line, and nothing a terminal would act on or fail to encode.
    shown = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)
    shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
    return f"'{shown}'"


def _cut(text: str) -> str:
    return text[:_SHOW_LIMIT] + "…" if len(text) > _SHOW_LIMIT else text


def _found(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return _show(value)
    if isinstance(value, int | float):
        return f"the number {_show(value)}"
    if isinstance(value, str):
        return f"the text {_show(value)}"
    return _show(value)


def _choices(options: Sequence[Any]) -> str:
    return ", ".join(str(o) for o in options if o is not None)


# --- decoding -------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BundleError(
                f"The file names the field {_show(key)} twice in one place; "
                "each field may appear only once.",
                code="bundle.duplicate_field",
                facts={"field": _show(key)},
            )
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise BundleError(
        f"The file is not valid JSON: {name} is not a number JSON allows.",
        code="bundle.bad_number",
        facts={"name": name},
    )


def _number(text: str, kind: type[int] | type[float]) -> int | float:
    if len(text) > MAX_NUMBER_CHARACTERS:
        raise BundleError(
            f"The file holds a number {len(text):,} digits long ({_cut(text)}); no field of a "
            "case file holds a number that long.",
            code="bundle.number_too_long",
            facts={"digits": f"{len(text):,}", "value": _cut(text)},
        )
    return kind(text)


def _too_large() -> BundleError:
    megabytes = str(MAX_FILE_BYTES // (1024 * 1024))
    return BundleError(
        f"The file is far too large to be a case file (a case file is at most {megabytes} MB).",
        code="bundle.too_large",
        facts={"megabytes": megabytes},
    )


def decode_bundle_text(raw: str | bytes | bytearray) -> Any:
    """Turn the bytes or text of a file into JSON values, or say plainly why not."""
    if isinstance(raw, bytes | bytearray):
        if len(raw) > MAX_FILE_BYTES:
            raise _too_large()
        data = bytes(raw)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        elif b"\x00" in data:
            raise BundleError(
                "The file is not a case file: it holds binary data (like a picture or a PDF), "
                "not text.",
                code="bundle.binary",
            )
        else:
            encoding = "utf-8-sig"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise BundleError(
                "The file is not a case file: it is not UTF-8 text (it may be a picture, a PDF "
                "or another binary file).",
                code="bundle.not_utf8",
            ) from None
    else:
        if len(raw) > MAX_FILE_BYTES:
            raise _too_large()
        text = raw.removeprefix("\ufeff")
    if not text.strip():
        raise BundleError(
            "The file is empty; a case file holds the case as JSON text.", code="bundle.empty"
        )
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=lambda digits: _number(digits, int),
            parse_float=lambda digits: _number(digits, float),
        )
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}), "
            "so it cannot be read as a case file.",
            code="bundle.not_json",
            facts={"line": str(exc.lineno), "column": str(exc.colno)},
        ) from None
    except RecursionError:
        raise BundleError(
            "The file is nested far too deeply to be a case file.", code="bundle.too_deep"
        ) from None


# --- checking -------------------------------------------------------------------------------


def _check_header(data: Any) -> None:
    """Format and version come first: a newer file must say so, not list unknown fields."""
    if not isinstance(data, dict):
        raise BundleError(
            "The file holds JSON but not a case file: a case file starts with '{' and has the "
            "fields format, version, person and case.",
            code="bundle.not_a_case_file",
        )
    if FORMAT_KEY not in data:
        raise BundleError(
            f"{FORMAT_KEY}: this field is missing, so the file is not a Second Opinion "
            "Companion case file.",
            FORMAT_KEY,
            code="bundle.no_format",
        )
    if data[FORMAT_KEY] != FORMAT_NAME:
        raise BundleError(
            f"{FORMAT_KEY}: {_show(data[FORMAT_KEY])} is not '{FORMAT_NAME}', so the file is "
            "not a Second Opinion Companion case file.",
            FORMAT_KEY,
            code="bundle.wrong_format",
            facts={"value": _show(data[FORMAT_KEY])},
        )
    version = data.get(VERSION_KEY)
    if isinstance(version, int | float) and not isinstance(version, bool) and (
        version > FORMAT_VERSION
    ):
        raise BundleError(
            f"{VERSION_KEY}: this case file (version {_show(version)}) was made by a newer "
            "version of Second Opinion Companion; please update the app to open it.",
            VERSION_KEY,
            code="bundle.newer_version",
            facts={"version": _show(version)},
        )


def _error_path(error: Any) -> list[str | int]:
    path: list[str | int] = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extras = [k for k in error.instance if k not in known]
        if extras:
            path.append(extras[0])
    elif error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        if missing:
            path.append(missing[0])
    return path


_YEAR_RE = re.compile(r"^([0-9]{4})-[0-9]{2}-[0-9]{2}")


def _pattern_message(error: Any, where: str) -> str:
    value = error.instance
    year = _YEAR_RE.match(value) if isinstance(value, str) else None
    if year is not None and not FIRST_YEAR <= int(year.group(1)) <= LAST_YEAR:
        return (
            f"{where}: {_show(value)} is in the year {year.group(1)}; a case file holds dates "
            f"from {FIRST_YEAR} to {LAST_YEAR} only."
        )
    if error.schema.get("format") == "date-time":
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is None:
            return (
                f"{where}: {_show(value)} has no time-zone offset; write the date and time "
                "with its offset, like 2026-03-12T09:30:00-05:00."
            )
        return (
            f"{where}: {_show(value)} is not a date and time written like "
            "2026-03-12T09:30:00-05:00 (with its time-zone offset)."
        )
    if error.schema.get("format") == "date":
        return f"{where}: {_show(value)} is not a date written as YYYY-MM-DD, like 2026-03-12."
    return f"{where}: {_show(value)} is not written the expected way."


def _message(error: Any, parts: list[str | int]) -> str:
    where = format_path(parts)
    kind = error.validator
    value = error.instance
    if kind == "additionalProperties":
        return f"{where}: this field is not part of a case file (check its spelling)."
    if kind == "required":
        return f"{where}: this field is required."
    if kind == "enum":
        options = _choices(error.validator_value)
        if value is None:
            return f"{where}: must be one of {options}, not empty."
        return f"{where}: {_show(value)} is not one of {options}."
    if kind == "type":
        wanted = error.validator_value
        names = [wanted] if isinstance(wanted, str) else [w for w in wanted if w != "null"]
        expected = " or ".join(_TYPE_WORDS.get(n, n) for n in names)
        return f"{where}: should be {expected}, not {_found(value)}."
    if kind == "const":
        return f"{where}: {_show(value)} is not {_show(error.validator_value)}."
    if kind == "minimum":
        if parts == [VERSION_KEY]:
            return (
                f"{where}: {_show(value)} is not a case file version "
                f"(this app reads 1 to {FORMAT_VERSION})."
            )
        return f"{where}: {_show(value)} is less than {error.validator_value}."
    if kind == "maximum":
        return f"{where}: {_show(value)} is more than {error.validator_value}."
    if kind == "pattern":
        return _pattern_message(error, where)
    if kind == "maxLength" and isinstance(value, str):
        return (
            f"{where}: this text is {len(value):,} characters long; a case file allows at "
            f"most {error.validator_value:,} characters here."
        )
    return f"{where}: {error.message}"


def _schema_code(error: Any, parts: list[str | int]) -> tuple[str, dict[str, str]]:
    """The code and facts of the sentence _message writes for ``error``."""
    facts = {"where": format_path(parts), **_value_facts(error.instance)}
    kind = error.validator
    if kind == "additionalProperties":
        return "bundle.unknown_field", facts
    if kind == "required":
        return "bundle.required", facts
    if kind == "enum":
        facts["options"] = _choices(error.validator_value)
        return ("bundle.empty_not_one_of" if error.instance is None else "bundle.not_one_of"), facts
    if kind == "type":
        wanted = error.validator_value
        names = [wanted] if isinstance(wanted, str) else [w for w in wanted if w != "null"]
        facts["expected"] = ",".join(names)
        return "bundle.wrong_type", facts
    if kind == "const":
        facts["expected"] = _show(error.validator_value)
        return "bundle.not_const", facts
    if kind == "minimum":
        if parts == [VERSION_KEY]:
            return "bundle.bad_version", facts
        facts["limit"] = str(error.validator_value)
        return "bundle.less_than", facts
    if kind == "maximum":
        facts["limit"] = str(error.validator_value)
        return "bundle.more_than", facts
    if kind == "maxLength" and isinstance(error.instance, str):
        facts["length"] = f"{len(error.instance):,}"
        facts["limit"] = f"{error.validator_value:,}"
        return "bundle.too_long", facts
    if kind == "pattern":
        year = _YEAR_RE.match(error.instance) if isinstance(error.instance, str) else None
        if year is not None and not FIRST_YEAR <= int(year.group(1)) <= LAST_YEAR:
            facts.update(year=year.group(1), first=str(FIRST_YEAR), last=str(LAST_YEAR))
            return "bundle.year_out_of_range", facts
        if error.schema.get("format") == "date-time":
            try:
                parsed = datetime.fromisoformat(error.instance)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is None:
                return "bundle.no_offset", facts
            return "bundle.not_datetime", facts
        if error.schema.get("format") == "date":
            return "bundle.not_date", facts
        return "bundle.not_as_expected", facts
    return "bundle.other", facts


def _path_key(parts: list[str | int]) -> tuple[int, list[tuple[int, str]]]:
    # Deepest first (the most specific complaint), then a stable order among equals.
    return (-len(parts), [(0, f"{p:012d}") if isinstance(p, int) else (1, p) for p in parts])


def _check_schema(data: Any) -> None:
    found = []
    # Stop after the first few problems: the person is shown one, and collecting all of a
    # huge bad file's errors would take minutes and gigabytes.
    for error in itertools.islice(_validator().iter_errors(data), MAX_ERRORS):
        parts = _error_path(error)
        found.append((_path_key(parts), str(error.validator), parts, error))
    if not found:
        return
    found.sort(key=lambda item: (item[0], item[1]))
    problems = [_message(error, parts) for _key, _kind, parts, error in found]
    _key, _kind, parts, error = found[0]
    code, facts = _schema_code(error, parts)
    raise BundleError(problems[0], format_path(parts), problems, code=code, facts=facts)


def _walk(value: Any, parts: list[str | int]) -> Iterator[tuple[list[str | int], Any]]:
    yield parts, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, [*parts, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, [*parts, index])


def _check_values(data: Any) -> None:
    """What the schema cannot say: real calendar dates, real offsets, encodable text."""
    for parts, value in _walk(data, []):
        if not isinstance(value, str):
            continue
        where = format_path(parts)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BundleError(
                f"{where}: the text holds a broken character (a lone surrogate) that cannot be "
                "saved.",
                where,
                code="bundle.broken_character",
                facts={"where": where},
            ) from None
        name = parts[-1] if parts else None
        if name in case_file.keys_of_kind(case_file.Kind.DATE):
            try:
                date.fromisoformat(value)
            except ValueError:
                raise BundleError(
                    f"{where}: {_show(value)} is not a real date on the calendar.",
                    where,
                    code="bundle.not_calendar_date",
                    facts={"where": where, "value": _show(value)},
                ) from None
        elif name in case_file.keys_of_kind(case_file.Kind.DATE_TIME):
            try:
                datetime.fromisoformat(value)
            except ValueError:
                raise BundleError(
                    f"{where}: {_show(value)} is not a real date and time (check the day, the "
                    "hour and the time-zone offset).",
                    where,
                    code="bundle.not_real_datetime",
                    facts={"where": where, "value": _show(value)},
                ) from None


def _check_version_fields(data: dict[str, Any]) -> None:
    """An older file cannot hold fields that came with a later version."""
    found = case_file.too_new(data)
    if found is None:
        return
    parts, since = found
    where = format_path(parts)
    raise BundleError(
        f"{where}: this field came with case file version {since}, but the file says "
        f"version {data[VERSION_KEY]}.",
        where,
        code="bundle.newer_field",
        facts={"where": where},
    )


def validate_bundle(data: Any) -> dict[str, Any]:
    """Check already-decoded JSON values against the case file format; return them as is."""
    _check_header(data)
    _check_schema(data)
    _check_version_fields(data)
    _check_values(data)
    checked: dict[str, Any] = data
    return checked


def parse_bundle(raw: str | bytes | bytearray) -> dict[str, Any]:
    """Decode and check a case file's text or bytes; raises BundleError with one sentence."""
    return validate_bundle(decode_bundle_text(raw))
