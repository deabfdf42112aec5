"""Bad case files are refused with one plain sentence that names the field at fault."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from secondopinion_desktop.services.bundle import BundleError, parse_bundle, validate_bundle

Path = list[str | int]


def changed(doc: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    target: Any = out
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return out


def removed(doc: dict[str, Any], path: Path) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    target: Any = out
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]
    return out


def refusal(doc: Any) -> BundleError:
    with pytest.raises(BundleError) as caught:
        parse_bundle(json.dumps(doc, ensure_ascii=False))
    return caught.value


def assert_one_plain_line(message: str) -> None:
    assert "\n" not in message
    assert "Traceback" not in message
    assert "entity" not in message.lower() and "record id" not in message.lower()


ENUM_CASES = [
    (["case", "records", 0, "status"], "lost",
     "case.records[0].status: 'lost' is not one of needed, requested, received, sent, "
     "confirmed."),
    (["case", "status"], "done",
     "case.status: 'done' is not one of preparing, booked, visited, decided, closed."),
    (["case", "reasons", 1, "code"], "bored",
     "case.reasons[1].code: 'bored' is not one of treatment_not_working, "
     "several_possible_diagnoses, choosing_between_treatments, serious_or_rare, "
     "shared_symptoms, insurer_requires, want_specialist, other."),
    (["case", "care_team", 2, "found_via"], "google",
     "case.care_team[2].found_via: 'google' is not one of pcp_referral, friends_family, "
     "insurer_directory, other."),
    (["case", "care_team", 0, "in_network"], "maybe",
     "case.care_team[0].in_network: 'maybe' is not one of yes, no, unknown."),
    (["case", "insurance", "referral_required"], "YES",
     "case.insurance.referral_required: 'YES' is not one of yes, no, unknown."),
    (["case", "records", 2, "kind"], "x_ray",
     "case.records[2].kind: 'x_ray' is not one of office_notes, test_results, imaging_report, "
     "imaging_disc, pathology_report, pathology_slides, operative_report, discharge_summary, "
     "medication_list, other."),
    (["case", "records", 1, "via"], "pigeon",
     "case.records[1].via: 'pigeon' is not one of portal, fax, mail, email, hand_carry, other."),
    (["case", "appointments", 0, "mode"], "phone",
     "case.appointments[0].mode: 'phone' is not one of in_person, virtual."),
    (["case", "care_team", 1, "role"], "surgeon",
     "case.care_team[1].role: 'surgeon' is not one of primary_care, first_opinion, "
     "second_opinion, third_opinion, other."),
    (["case", "reasons", 0, "code"], None,
     "case.reasons[0].code: must be one of treatment_not_working, several_possible_diagnoses, "
     "choosing_between_treatments, serious_or_rare, shared_symptoms, insurer_requires, "
     "want_specialist, other, not empty."),
]


@pytest.mark.parametrize(("path", "value", "message"), ENUM_CASES)
def test_wrong_choice_is_named_with_the_allowed_ones(
    example_doc: dict[str, Any], path: Path, value: Any, message: str
) -> None:
    error = refusal(changed(example_doc, path, value))
    assert error.message == message
    assert_one_plain_line(error.message)


def test_wrong_comparison_in_an_opinion(example_doc: dict[str, Any]) -> None:
    doc = changed(example_doc, ["case", "opinions"], [{"compared_to_first": "worse"}])
    assert refusal(doc).message == (
        "case.opinions[0].compared_to_first: 'worse' is not one of same, refined, changed."
    )


TYPE_CASES = [
    (["case", "questions", 2, "must_ask"], "yes",
     "case.questions[2].must_ask: should be true or false, not the text 'yes'."),
    (["case", "questions", 0, "asked"], 1,
     "case.questions[0].asked: should be true or false, not the number 1."),
    (["person", "full_name"], 42, "person.full_name: should be text, not the number 42."),
    (["person", "medications"], "aspirin",
     "person.medications: should be a list in square brackets, not the text 'aspirin'."),
    (["case", "insurance"], ["plan"],
     "case.insurance: should be a group of fields in curly brackets, not a list."),
    (["case", "care_team", 0, "keep_informed"], "true",
     "case.care_team[0].keep_informed: should be true or false, not the text 'true'."),
    (["case", "insurance", "calls", 1, "notes"], {"said": "yes"},
     "case.insurance.calls[1].notes: should be text, not a group of fields."),
    (["person"], None,
     "person: should be a group of fields in curly brackets, not empty (null)."),
    (["case"], "knee", "case: should be a group of fields in curly brackets, not the text 'knee'."),
    (["version"], "1", "version: should be a whole number, not the text '1'."),
    (["version"], True, "version: should be a whole number, not true."),
]


@pytest.mark.parametrize(("path", "value", "message"), TYPE_CASES)
def test_wrong_type_is_named(
    example_doc: dict[str, Any], path: Path, value: Any, message: str
) -> None:
    error = refusal(changed(example_doc, path, value))
    assert error.message == message
    assert_one_plain_line(error.message)


def test_opinion_number_must_be_a_small_whole_number(example_doc: dict[str, Any]) -> None:
    for ordinal, message in [
        (True, "case.opinions[0].ordinal: should be a whole number, not true."),
        (0, "case.opinions[0].ordinal: 0 is less than 1."),
        (10**30, f"case.opinions[0].ordinal: {10**30} is more than 99."),
        (1.5, "case.opinions[0].ordinal: should be a whole number, not the number 1.5."),
    ]:
        doc = changed(example_doc, ["case", "opinions"], [{"ordinal": ordinal}])
        assert refusal(doc).message == message


UNKNOWN_CASES = [
    ([], "extra", "extra: this field is not part of a case file (check its spelling)."),
    (["person"], "shoe_size",
     "person.shoe_size: this field is not part of a case file (check its spelling)."),
    (["case", "records", 4], "colour",
     "case.records[4].colour: this field is not part of a case file (check its spelling)."),
    (["case", "appointments", 0, "companion"], "email",
     "case.appointments[0].companion.email: this field is not part of a case file "
     "(check its spelling)."),
    (["case", "insurance", "calls", 0], "On",
     "case.insurance.calls[0].On: this field is not part of a case file (check its spelling)."),
    (["case"], "diagnosis ",
     "case['diagnosis ']: this field is not part of a case file (check its spelling)."),
]


@pytest.mark.parametrize(("where", "name", "message"), UNKNOWN_CASES)
def test_unknown_field_is_named(
    example_doc: dict[str, Any], where: Path, name: str, message: str
) -> None:
    error = refusal(changed(example_doc, [*where, name], "?"))
    assert error.message == message
    assert error.field_path is not None and error.field_path in message


DATE_CASES = [
    (["person", "date_of_birth"], "04/18/1955",
     "person.date_of_birth: '04/18/1955' is not a date written as YYYY-MM-DD, like 2026-03-12."),
    (["case", "diagnosis", "diagnosed_on"], "2026-10-2",
     "case.diagnosis.diagnosed_on: '2026-10-2' is not a date written as YYYY-MM-DD, "
     "like 2026-03-12."),
    (["case", "records", 1, "sent_on"], "2026-11-18T10:00:00Z",
     "case.records[1].sent_on: '2026-11-18T10:00:00Z' is not a date written as YYYY-MM-DD, "
     "like 2026-03-12."),
    (["case", "insurance", "calls", 1, "on"], "2026-02-30",
     "case.insurance.calls[1].on: '2026-02-30' is not a real date on the calendar."),
    (["case", "appointments", 0, "records_due_on"], "2026-13-01",
     "case.appointments[0].records_due_on: '2026-13-01' is not a real date on the calendar."),
    (["person", "date_of_birth"], "0000-01-01",
     "person.date_of_birth: '0000-01-01' is in the year 0000; a case file holds dates from 1900 "
     "to 2200 only."),
    (["case", "appointments", 0, "starts_at"], "2027-01-14T10:30:00",
     "case.appointments[0].starts_at: '2027-01-14T10:30:00' has no time-zone offset; write the "
     "date and time with its offset, like 2026-03-12T09:30:00-05:00."),
    (["case", "appointments", 0, "starts_at"], "2027-01-14",
     "case.appointments[0].starts_at: '2027-01-14' has no time-zone offset; write the date and "
     "time with its offset, like 2026-03-12T09:30:00-05:00."),
    (["case", "appointments", 0, "starts_at"], "next Tuesday at 10",
     "case.appointments[0].starts_at: 'next Tuesday at 10' is not a date and time written like "
     "2026-03-12T09:30:00-05:00 (with its time-zone offset)."),
    (["case", "appointments", 0, "starts_at"], "2027-02-29T10:30:00-05:00",
     "case.appointments[0].starts_at: '2027-02-29T10:30:00-05:00' is not a real date and time "
     "(check the day, the hour and the time-zone offset)."),
    (["case", "appointments", 0, "starts_at"], "2027-01-14T10:30:00+25:00",
     "case.appointments[0].starts_at: '2027-01-14T10:30:00+25:00' is not a real date and time "
     "(check the day, the hour and the time-zone offset)."),
    (["case", "appointments", 0, "starts_at"], "2027-01-14T24:30:00-05:00",
     "case.appointments[0].starts_at: '2027-01-14T24:30:00-05:00' is not a real date and time "
     "(check the day, the hour and the time-zone offset)."),
]


@pytest.mark.parametrize(("path", "value", "message"), DATE_CASES)
def test_malformed_date_is_named(
    example_doc: dict[str, Any], path: Path, value: Any, message: str
) -> None:
    error = refusal(changed(example_doc, path, value))
    assert error.message == message
    assert_one_plain_line(error.message)


def test_required_fields(example_doc: dict[str, Any]) -> None:
    assert refusal(removed(example_doc, ["case", "reasons", 0, "code"])).message == (
        "case.reasons[0].code: this field is required."
    )
    assert refusal(removed(example_doc, ["case", "records", 3, "kind"])).message == (
        "case.records[3].kind: this field is required."
    )
    assert refusal(removed(example_doc, ["person"])).message == (
        "person: this field is required."
    )
    assert refusal(removed(example_doc, ["version"])).message == (
        "version: this field is required."
    )


def test_wrong_format_name(example_doc: dict[str, Any]) -> None:
    error = refusal(changed(example_doc, ["format"], "secondopinion-backup"))
    assert error.message == (
        "format: 'secondopinion-backup' is not 'secondopinion-case', so the file is not a "
        "Second Opinion Companion case file."
    )
    assert refusal(removed(example_doc, ["format"])).message.startswith(
        "format: this field is missing"
    )


@pytest.mark.parametrize("version", [3, 17])
def test_newer_version_says_a_newer_app_made_it(
    example_doc: dict[str, Any], version: int
) -> None:
    # A newer file may well carry fields this version has never heard of.
    doc = changed(example_doc, ["version"], version)
    doc["case"]["records"][0]["barcode"] = "123"
    error = refusal(doc)
    assert error.message == (
        f"version: this case file (version {version}) was made by a newer version of Second "
        "Opinion Companion; please update the app to open it."
    )


def test_version_zero_is_refused(example_doc: dict[str, Any]) -> None:
    assert refusal(changed(example_doc, ["version"], 0)).message == (
        "version: 0 is not a case file version (this app reads 1 to 2)."
    )


def test_the_deepest_problem_is_named_and_always_the_same_one(
    example_doc: dict[str, Any],
) -> None:
    doc = changed(example_doc, ["person", "full_name"], 7)
    doc = changed(doc, ["case", "records", 5, "status"], "lost")
    doc = changed(doc, ["case", "records", 2, "status"], "gone")
    messages = {refusal(doc).message for _ in range(3)}
    assert messages == {
        "case.records[2].status: 'gone' is not one of needed, requested, received, sent, "
        "confirmed."
    }


def test_long_values_are_shortened_in_the_message(example_doc: dict[str, Any]) -> None:
    error = refusal(changed(example_doc, ["case", "status"], "z" * 5000))
    assert len(error.message) < 200
    assert "zzz…'" in error.message


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        (b"", "The file is empty"),
        (b"  \n\t ", "The file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file is not a case file: it holds binary"),
        (b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n", "The file is not a case file: it is not UTF-8 text"),
        (b'{"format": "secondopinion-case",', "The file is not valid JSON (line 1, column 33"),
        (b"{'format': 'secondopinion-case'}", "The file is not valid JSON (line 1, column 2"),
        (b"[1, 2, 3]", "The file holds JSON but not a case file"),
        (b'"just text"', "The file holds JSON but not a case file"),
        (b'{"format": "secondopinion-case", "version": NaN}',
         "The file is not valid JSON: NaN is not"),
        (b'{"format": "secondopinion-case", "format": "secondopinion-case"}',
         "The file names the field 'format' twice"),
        (b"[" * 100_000 + b"]" * 100_000, "The file is nested far too deeply"),
    ],
)
def test_unreadable_files(raw: bytes, start: str) -> None:
    with pytest.raises(BundleError) as caught:
        parse_bundle(raw)
    assert caught.value.message.startswith(start)
    assert_one_plain_line(caught.value.message)


def test_broken_character_is_named(example_text: str) -> None:
    raw = example_text.replace('"Daughter"', '"Daugh\\ud800ter"')
    with pytest.raises(BundleError) as caught:
        parse_bundle(raw)
    assert caught.value.message.startswith(
        "case.appointments[0].companion.relationship: the text holds a broken character"
    )


def test_utf8_bom_and_utf16_files_are_read(example_text: str) -> None:
    assert parse_bundle(b"\xef\xbb\xbf" + example_text.encode("utf-8"))["version"] == 2
    assert parse_bundle(example_text.encode("utf-16"))["version"] == 2


def test_control_characters_in_a_bad_value_stay_on_one_line(
    example_doc: dict[str, Any],
) -> None:
    error = refusal(changed(example_doc, ["case", "status"], "a\nb\x1b[31m"))
    assert error.message.startswith("case.status: 'a\\nb\\x1b[31m' is not one of")


def test_validate_refuses_what_parse_refuses(example_doc: dict[str, Any]) -> None:
    with pytest.raises(BundleError, match=r"^case\.status: 'x' is not one of"):
        validate_bundle(changed(example_doc, ["case", "status"], "x"))
