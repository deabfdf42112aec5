"""The visit summary read back: what the person entered is on paper, in order, on the right page."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from pdf_checks import font_sizes, in_order, page_sizes, read, squash
from report_samples import MEDICINES, QUESTIONS, example_case

from secondopinion_desktop.model import CareRole, Case
from secondopinion_desktop.reports import build_pdf

PRINTED = date(2026, 11, 25)


def summary(case: Case, **options: object) -> bytes:
    kwargs: dict[str, object] = {"paper": "a4", "printed_on": PRINTED}
    kwargs.update(options)
    return build_pdf(case, "summary", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_page_one_holds_everything_at_a_glance(case: Case, paper: str) -> None:
    first = squash(read(summary(case, paper=paper)).pages[0])
    for item in [
        "Margaret O'Neill",
        "April 17, 1951",
        "(555) 201-3344",
        "Thursday, December 3, 2099 at 10:30 AM (UTC-05:00)",
        "University Knee Center, 1200 Campus Drive, Suite 4",
        "Dr. Rosa Delgado",
        "Daniel O'Neill (son), (555) 201-9988",
        "Severe osteoarthritis of the right knee",
        "Total knee replacement",
        "I must choose between treatments",
        "I want to see a specialist in this condition",
        "Medicare Part B with Blue Supplement",
        "1EG4-TE5-MK72",
        "GRP-88120",
        "CALL-7781-Q",
        "Dr. Susan Park",
        "(555) 301-1000",
        "(555) 301-1001",
        "normal part of good care",
    ]:
        assert squash(item) in first, item


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_page_one_of_the_shipped_example_holds_the_essentials(paper: str) -> None:
    case = example_case()
    first = squash(read(summary(case, paper=paper)).pages[0])
    insurance = case.insurance
    pcp = next(m for m in case.care_team if m.role == CareRole.PRIMARY_CARE)
    assert insurance is not None
    for item in [
        case.person.full_name,
        case.diagnosis_current,
        insurance.member_id,
        insurance.calls[-1].reference_number,
        pcp.name,
        pcp.fax,
    ]:
        assert squash(item or "") in first, item


def test_details_follow_page_one(case: Case) -> None:
    doc = read(summary(case))
    assert in_order(
        doc.flat(),
        [
            "Pleasekeepmyprimarycaredoctorinformed",
            "Moreaboutmyquestion",
            "Imustchoosebetweentreatments",
            "surgeryorinjections",
            squash("I was told surgery is the only option"),
            "Mycallstotheinsurance",
            "REF-1111",
            "Coveredat80%afterdeductible.",
        ],
    )


def test_latest_coverage_call_is_the_one_on_page_one(case: Case) -> None:
    first = read(summary(case)).pages[0]
    assert "CALL-7781-Q" in first
    assert "REF-1111" not in first


def test_health_records_and_questions_in_order(case: Case) -> None:
    flat = read(summary(case)).flat()
    medicine_cells = [squash(cell) for row in MEDICINES for cell in row]
    assert in_order(flat, medicine_cells)
    assert in_order(flat, ["Penicillin", "hives", "Iodinecontrast", "shortnessofbreath"])
    assert in_order(flat, ["Type2diabetes", "2014", "Highbloodpressure"])
    assert in_order(
        flat,
        [
            "Senttothedoctor",
            "Orthopaedicvisitnotes",
            "CityBoneandJoint",
            "November2,2026",
            "Inhand,notsentyet",
            "Bloodtests",
            "Stillmissing",
            "KneeMRI",
            "Requested",
            "X-rayreport",
            "Needed",
        ],
    )
    assert in_order(flat, [squash(q) for q in QUESTIONS])
    assert in_order(
        flat, ["Myquestions", "Beforethevisitends", "Isthisthediagnosis?", "Arethesemychoices?"]
    )


def test_must_ask_questions_are_marked_with_a_word(case: Case) -> None:
    text = read(summary(case)).text
    assert text.count("Must ask") == 2
    flat = squash(text)
    assert "1.Mustask:Ismydiagnosiscorrect?" in flat
    assert "4.Mustask:Whataretherisksandbenefits" in flat
    assert "2.DoIneedthissurgery" in flat


def test_every_page_has_name_date_and_page_n_of_m(case: Case) -> None:
    doc = read(summary(case, large_print=True))
    total = len(doc.pages)
    assert total >= 3
    for number, page in enumerate(doc.pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Margaret O'Neill" in page
        assert "Printed November 25, 2026" in page


def test_large_print_body_is_at_least_16_points(case: Case) -> None:
    sizes = font_sizes(read(summary(case, large_print=True)))
    assert sizes
    too_small = [(size, text) for size, text in sizes if size < 16]
    assert not too_small, too_small[:5]
    headings = [size for size, text in sizes if text.strip() == "The appointment"]
    assert headings and min(headings) > 16


def test_normal_print_body_is_at_least_11_points(case: Case) -> None:
    sizes = font_sizes(read(summary(case)))
    body_size = Counter(size for size, _ in sizes).most_common(1)[0][0]
    assert body_size >= 11
    assert min(size for size, _ in sizes) >= 9


@pytest.mark.parametrize(("paper", "points"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_sizes(case: Case, paper: str, points: tuple[int, int]) -> None:
    assert page_sizes(read(summary(case, paper=paper))) == {points}


def test_spanish_labels_and_long_dates(case: Case) -> None:
    doc = read(summary(case, language="es"))
    flat = doc.flat()
    assert squash("Resumen para la consulta") in flat
    assert squash("jueves, 3 de diciembre de 2099 a las 10:30 (UTC-05:00)") in flat
    assert squash("17 de abril de 1951") in flat
    assert squash("Preguntar sin falta") in flat
    assert squash("Debo elegir entre tratamientos") in flat
    assert "Página 1 de" in doc.pages[0]


def test_metadata_is_neutral(case: Case) -> None:
    meta = read(summary(case)).reader.metadata
    assert meta is not None
    assert meta.title == "Visit summary"
    assert meta.author == "Second Opinion Companion"
    everything = " ".join(str(v) for v in meta.values())
    for personal in ("Margaret", "osteoarthritis", "knee", "1EG4"):
        assert personal not in everything


def test_nearly_empty_case_says_so_plainly(bare_case: Case) -> None:
    text = read(summary(bare_case)).text
    for sentence in [
        "No appointment has been entered yet.",
        "No reason has been chosen yet.",
        "No insurance details have been entered.",
        "No medicines are listed.",
        "No allergies are listed.",
        "No records are listed.",
        "No questions have been written down yet.",
        "Is this the diagnosis?",
    ]:
        assert squash(sentence) in squash(text), sentence
    assert "None" not in text
