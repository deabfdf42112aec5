"""Valid-looking but huge case files stay bounded: sizes, lengths, numbers and dates capped."""

from __future__ import annotations

import copy
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_runs import PROJECT_ROOT

from secondopinion_desktop.cli import main
from secondopinion_desktop.services.bundle import BundleError, parse_bundle, schema_text
from secondopinion_desktop.services.bundle_validate import MAX_ERRORS, MAX_FILE_BYTES

DOC = (PROJECT_ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")


def with_value(doc: dict[str, Any], path: list[str | int], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    target: Any = out
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return out


def refusal(doc: Any) -> BundleError:
    with pytest.raises(BundleError) as caught:
        parse_bundle(json.dumps(doc, ensure_ascii=False))
    return caught.value


def test_400000_bad_questions_are_refused_after_the_first_errors() -> None:
    doc = {
        "format": "secondopinion-case",
        "version": 1,
        "person": {},
        "case": {"questions": [{"txt": "q"} for _ in range(400_000)]},
    }
    raw = json.dumps(doc, separators=(",", ":")).encode()
    assert len(raw) < MAX_FILE_BYTES  # under the size cap: the schema check itself must stop
    del doc
    tracemalloc.start()
    try:
        with pytest.raises(BundleError) as caught:
            parse_bundle(raw)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.message == (
        "case.questions[0].txt: this field is not part of a case file (check its spelling)."
    )
    assert len(caught.value.problems) == MAX_ERRORS == 20
    assert caught.value.problems[0] == caught.value.message
    # Decoding 4.8 MB of JSON costs about 80 MB; collecting every error cost 5 GB.
    assert peak < 300 * 1024 * 1024


def test_a_file_over_the_size_cap_is_refused_without_decoding(tmp_path: Path,
                                                               capsys: Any) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(big)]) == 1
    err = capsys.readouterr().err
    assert err == "The file is far too large to be a case file (a case file is at most 10 MB).\n"
    assert not (tmp_path / "data" / "secondopinion.sqlite3").exists()


@pytest.mark.parametrize(
    ("path", "cap"),
    [
        (["case", "questions", 0, "answer"], 100_000),
        (["case", "diagnosis", "in_my_words"], 100_000),
        (["case", "insurance", "calls", 0, "notes"], 100_000),
        (["case", "title"], 1_000),
        (["person", "full_name"], 1_000),
        (["case", "insurance", "member_id"], 1_000),
        (["case", "care_team", 0, "phone"], 1_000),
        (["case", "appointments", 0, "video_link"], 2_000),
    ],
)
def test_text_longer_than_its_cap_is_refused_naming_the_field(
    example_doc: dict[str, Any], path: list[str | int], cap: int
) -> None:
    assert parse_bundle(json.dumps(with_value(example_doc, path, "x" * cap)))
    error = refusal(with_value(example_doc, path, "x" * (cap + 1)))
    where = ".".join(str(p) for p in path).replace(".0", "[0]")
    assert error.message == (
        f"{where}: this text is {cap + 1:,} characters long; a case file allows at most "
        f"{cap:,} characters here."
    )
    assert error.field_path == where


def _string_fields(node: Any, name: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "string" in (node.get("type") or []):
            yield name, node
        for key, child in node.items():
            yield from _string_fields(child, key)


def test_every_text_in_the_schema_has_a_cap_and_the_caps_are_documented() -> None:
    schema = json.loads(schema_text())
    found = dict(_string_fields(schema["$defs"]))
    assert {"text", "line", "link", "date", "dateTime"} <= set(found)
    caps = {name: node.get("maxLength") for name, node in found.items() if "pattern" not in node}
    assert caps == {"text": 100_000, "line": 1_000, "link": 2_000}
    for words in ("100,000 characters", "1,000 characters", "2,000 characters", "10 MB",
                  "1900 to 2200"):
        assert words in DOC, words
    # No field is left as plain unbounded text.
    assert '"type": ["string", "null"]}' not in schema_text()


def test_a_huge_field_name_is_quoted_short(example_doc: dict[str, Any]) -> None:
    name = "a" * 1_000_000
    doc = copy.deepcopy(example_doc)
    doc["person"][name] = 1
    error = refusal(doc)
    assert len(error.message) < 200
    assert error.message.startswith("person['" + "a" * 60 + "…']: this field is not part")


@pytest.mark.parametrize("digits", [41, 4_301, 100_000])
def test_a_number_far_too_long_is_refused_plainly(digits: int) -> None:
    raw = '{"format": "secondopinion-case", "version": ' + "9" * digits + "}"
    with pytest.raises(BundleError) as caught:
        parse_bundle(raw)
    assert caught.value.message == (
        f"The file holds a number {digits:,} digits long ({'9' * 60 if digits > 60 else '9' * digits}"
        f"{'…' if digits > 60 else ''}); no field of a case file holds a number that long."
    )


def test_a_long_number_in_a_message_is_cut_short(example_doc: dict[str, Any]) -> None:
    error = refusal(with_value(example_doc, ["case", "opinions"], [{"ordinal": 10**29}]))
    assert error.message == f"case.opinions[0].ordinal: {10**29} is more than 99."
    error = refusal(with_value(example_doc, ["case", "title"], 1.5e300))
    assert len(error.message) < 200


@pytest.mark.parametrize(
    ("path", "value", "accepted"),
    [
        (["person", "date_of_birth"], "1900-01-01", True),
        (["person", "date_of_birth"], "1899-12-31", False),
        (["case", "records", 0, "requested_on"], "2200-12-31", True),
        (["case", "records", 0, "requested_on"], "2201-01-01", False),
        (["case", "appointments", 0, "starts_at"], "2200-12-31T23:30:00-05:00", True),
        (["case", "appointments", 0, "starts_at"], "9999-12-31T23:30:00-05:00", False),
        (["case", "appointments", 0, "starts_at"], "1899-12-31T10:00:00Z", False),
        (["case", "records", 0, "sent_on"], "0001-01-01", False),
    ],
)
def test_dates_are_kept_to_the_years_1900_to_2200(
    example_doc: dict[str, Any], path: list[str | int], value: str, accepted: bool
) -> None:
    doc = with_value(example_doc, path, value)
    if accepted:
        assert parse_bundle(json.dumps(doc))
        return
    error = refusal(doc)
    where = ".".join(str(p) for p in path).replace(".0", "[0]")
    assert error.message == (
        f"{where}: '{value}' is in the year {value[:4]}; a case file holds dates from 1900 to "
        "2200 only."
    )


def test_an_appointment_at_the_last_allowed_moment_makes_a_calendar_file(
    example_doc: dict[str, Any], tmp_path: Path
) -> None:
    doc = copy.deepcopy(example_doc)
    for visit in doc["case"]["appointments"]:
        visit["starts_at"] = "2200-12-31T23:30:00-12:00"
    source = tmp_path / "late.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", str(source)]) == 0
    out = tmp_path / "visit.ics"
    assert main(["--data-dir", data, "ics", "1", "--out", str(out)]) == 0
    assert b"DTSTART:22010101T113000Z" in out.read_bytes()
