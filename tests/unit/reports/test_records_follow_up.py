"""The records clock on paper: follow-up letters, deadlines and warnings on the summary."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_checks import page_numbers, read, squash
from report_samples import EASTERN, realistic_case

from secondopinion_desktop.model import Case, RecordItem, RecordKind, RecordStatus
from secondopinion_desktop.reports import ReportError, build_pdf
from secondopinion_desktop.services.bundle import example_case_text
from unit.commands.test_print_commands import Runner, cli, run_here  # noqa: F401 (fixture)

TODAY = date(2026, 12, 1)


def clock_case() -> Case:
    """Requests at various ages, with timely, late and no extension notices."""
    case = realistic_case(appointment_at=datetime(2026, 12, 3, 10, 30, tzinfo=EASTERN))
    case.appointments[0].records_due_on = None
    case.records = [
        # 30 days: due November 19, overdue.
        RecordItem(
            kind=RecordKind.PATHOLOGY_SLIDES, description="Biopsy slides",
            held_by="Northside Pathology", status=RecordStatus.REQUESTED,
            requested_on=date(2026, 10, 20), courier="FedEx", tracking_number="7789 1234 5566",
            return_by=date(2027, 1, 15),
        ),
        # The same holder asked again later: one letter, citing October 20.
        RecordItem(
            kind=RecordKind.PATHOLOGY_REPORT, held_by="northside  pathology",
            status=RecordStatus.REQUESTED, requested_on=date(2026, 10, 25),
        ),
        # A timely notice extended it to November 25: overdue, extended.
        RecordItem(
            kind=RecordKind.OFFICE_NOTES, held_by="Pine Clinic", status=RecordStatus.REQUESTED,
            requested_on=date(2026, 10, 1), extension_notice_on=date(2026, 10, 20),
            extended_until=date(2026, 11, 25),
        ),
        # A notice after the first 30 days extends nothing: due October 20.
        RecordItem(
            kind=RecordKind.TEST_RESULTS, held_by="Hill Lab", status=RecordStatus.REQUESTED,
            requested_on=date(2026, 9, 20), extension_notice_on=date(2026, 10, 25),
            extended_until=date(2026, 11, 15),
        ),
        # Extended to December 10: not overdue, but after the visit on December 3.
        RecordItem(
            kind=RecordKind.IMAGING_DISC, description="Knee MRI", held_by="Lakeside Imaging",
            status=RecordStatus.REQUESTED, requested_on=date(2026, 10, 15),
            extension_notice_on=date(2026, 11, 1), extended_until=date(2026, 12, 10),
        ),
        # Old, but the person holds it: never a letter to oneself.
        RecordItem(
            kind=RecordKind.IMAGING_REPORT, held_by="Me", status=RecordStatus.REQUESTED,
            requested_on=date(2026, 9, 1),
        ),
        # Came, not sent on.
        RecordItem(
            kind=RecordKind.OPERATIVE_REPORT, held_by="Oak Hospital",
            status=RecordStatus.REQUESTED, requested_on=date(2026, 9, 1),
            received_on=date(2026, 11, 20),
        ),
        # A disc in hand, checked.
        RecordItem(
            kind=RecordKind.IMAGING_DISC, description="Hip CT", held_by="Oak Hospital",
            status=RecordStatus.SENT, sent_on=date(2026, 11, 22),
            disc_checked_on=date(2026, 11, 20), disc_studies=2, disc_images=412,
        ),
    ]
    return case


def letters(case: Case, language: str = "en") -> list[str]:
    """The text of each follow-up letter (each numbers its own pages)."""
    doc = read(build_pdf(case, "records-follow-up", printed_on=TODAY, language=language))
    found: list[str] = []
    for page, (number, _total) in zip(doc.pages, page_numbers(doc), strict=True):
        if number == 1:
            found.append("")
        found[-1] += page
    return [squash(x) for x in found]


def test_one_follow_up_letter_per_overdue_holder_with_the_first_request_date() -> None:
    found = letters(clock_case())
    assert len(found) == 3
    northside, pine, hill = found
    assert squash("To Northside Pathology") in northside
    assert squash("first asked for on October 20, 2026") in northside
    assert squash("for mine that time ended on November 19, 2026") in northside
    assert squash("Pathology report") in northside
    assert squash("asked for on October 25, 2026") in northside
    assert squash("extended once by your written notice; for mine that time ended on "
                  "November 25, 2026") in pine
    assert squash("first asked for on October 1, 2026") in pine
    # The late notice did not count: 30 days from September 20.
    assert squash("for mine that time ended on October 20, 2026") in hill
    assert squash("extended once by your written notice") not in hill
    for text in found:
        assert squash("45 CFR 164.524") in text
        assert squash("only with a written notice") in text
        assert squash("readily producible") in text
        assert squash("no fee for searching") in text
        assert squash("Dr. Rosa Delgado") in text  # where to send them
    everything = "".join(found)
    for not_written_to in ("To Me", "Lakeside Imaging", "Oak Hospital"):
        assert squash(not_written_to) not in everything


def test_follow_up_letter_names_the_patient_when_no_second_opinion_doctor() -> None:
    case = clock_case()
    case.care_team = []
    northside = letters(case)[0]
    assert squash("Please send the records to me: Margaret O'Neill") in northside


def test_follow_up_letter_in_spanish() -> None:
    northside = letters(clock_case(), "es")[0]
    assert squash("pedidos por primera vez el 20 de octubre de 2026") in northside
    assert squash("terminó el 19 de noviembre de 2026") in northside


def test_no_overdue_request_means_nothing_to_print() -> None:
    case = clock_case()
    case.records = [r for r in case.records if r.held_by in ("Lakeside Imaging", "Me")]
    with pytest.raises(ReportError, match="No records request is past its deadline"):
        build_pdf(case, "records-follow-up", printed_on=TODAY)


def test_summary_lists_deadlines_warnings_courier_and_disc_check() -> None:
    flat = read(build_pdf(clock_case(), "summary", printed_on=TODAY)).flat()
    for words in (
        "answer due by November 19, 2026",
        "Northside Pathology had until November 19, 2026 to answer the request of "
        "October 20, 2026",
        "answer due by November 25, 2026 (extended)",
        "answer due by October 20, 2026",
        "answer due by December 10, 2026 (extended)",
        "may not arrive before the visit on December 3, 2026",
        "received November 20, 2026 but not yet sent on",
        "Courier: FedEx, tracking 7789 1234 5566",
        "must go back by January 15, 2027",
        "Disc checked November 20, 2026: 2 studies, 412 images",
        "Records I have myself, to bring: Imaging reports",
    ):
        assert squash(words) in flat, words
    # The report the person holds is something to bring, not "still missing, held by Me".
    missing, bring = flat.split(squash("Still missing"))[1].split(squash("Records I have myself"))
    assert squash("Imaging report") not in missing
    assert squash("Imaging report") in bring
    assert squash("Me had until") not in flat


def test_summary_records_in_spanish() -> None:
    flat = read(build_pdf(clock_case(), "summary", printed_on=TODAY, language="es")).flat()
    assert squash("respuesta debida a más tardar el 19 de noviembre de 2026") in flat
    assert squash("Disco revisado el 20 de noviembre de 2026: 2 estudios, 412 imágenes") in flat


def test_request_letter_for_slides_and_discs() -> None:
    case = clock_case()
    flat = read(build_pdf(case, "records-request", printed_on=TODAY)).flat()
    assert squash("release the original slides and blocks on my signed authorization") in flat
    assert squash("Courier FedEx, 7789 1234 5566") in flat
    assert squash("returned to you by January 15, 2027") in flat
    assert squash("true DICOM disc") in flat
    assert squash("not only a viewer program or the written report") in flat
    # Without courier details yet, lines to write them on.
    case.records[0].courier = case.records[0].tracking_number = None
    flat = read(build_pdf(case, "records-request", printed_on=TODAY)).flat()
    assert squash("Courier company, account and tracking number") in flat
    es = read(build_pdf(case, "records-request", printed_on=TODAY, language="es")).flat()
    assert squash("15 de enero de 2027") in es
    assert squash("DICOM") in es


def _store(tmp_path: Path, requested_days_ago: int | None) -> tuple[Path, str]:
    data = json.loads(example_case_text())
    for record in data["case"]["records"]:
        if record["status"] == "requested" and requested_days_ago is not None:
            record["requested_on"] = (date.today() - timedelta(days=requested_days_ago)).isoformat()
        elif record["status"] == "requested":
            record["requested_on"] = date.today().isoformat()
    source = tmp_path / "case.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    data_dir = tmp_path / "data"
    done = cli(data_dir, "import", str(source))
    assert done.returncode == 0, done.stderr
    return data_dir, done.stdout.strip()


def test_cli_prints_the_follow_up_letter(tmp_path: Path, run_here: Runner) -> None:  # noqa: F811
    data_dir, case_id = _store(tmp_path, 45)
    out = tmp_path / "follow-up.pdf"
    done = run_here(data_dir, "pdf", case_id, "--kind", "records-follow-up", "--out", str(out))
    assert done.returncode == 0, done.stderr
    flat = read(out.read_bytes()).flat()
    asked = date.today() - timedelta(days=45)
    assert squash("Riverside Bone & Joint imaging") in flat
    assert squash(f"{asked:%B} {asked.day}, {asked.year}") in flat


def test_cli_refuses_plainly_when_nothing_is_overdue(
    tmp_path: Path,
    run_here: Runner,  # noqa: F811
) -> None:
    data_dir, case_id = _store(tmp_path, None)
    out = tmp_path / "follow-up.pdf"
    done = run_here(data_dir, "pdf", case_id, "--kind", "records-follow-up", "--out", str(out))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "No records request is past its deadline, so there is no follow-up letter to print."
    )
    assert "Traceback" not in done.stderr
    assert not out.exists()
