"""The letters, the comparison and the worksheet; every kind for real, example and empty cases."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pdf_checks import fonts_of, in_order, numbered_in_runs, page_numbers, page_sizes, read, squash
from report_samples import empty_case, example_case, for_kind, realistic_case

from secondopinion_desktop.model import (
    CareRole,
    Case,
    Comparison,
    Opinion,
    RecordItem,
    RecordKind,
    RecordStatus,
)
from secondopinion_desktop.reports import KINDS, ReportError, build_pdf

PRINTED = date(2026, 11, 25)


def pdf(case: Case, kind: str, **options: object) -> bytes:
    kwargs: dict[str, object] = {"paper": "letter", "printed_on": PRINTED}
    kwargs.update(options)
    return build_pdf(case, kind, **kwargs)  # type: ignore[arg-type]


def test_records_request_one_letter_per_holder_of_missing_records(case: Case) -> None:
    case.records.append(
        RecordItem(
            kind=RecordKind.PATHOLOGY_SLIDES,
            description="Biopsy slides",
            held_by="County Pathology Lab",
            status=RecordStatus.NEEDED,
        )
    )
    doc = read(pdf(case, "records-request"))
    flat = doc.flat()
    # Springfield Imaging holds two missing records, County Pathology one; the records
    # already sent or in hand are not asked for again.
    assert flat.count(squash("Request for copies of my medical records")) == 2
    assert in_order(
        flat, ["SpringfieldImaging", "KneeMRI", "X-rayreport", "CountyPathologyLab", "Biopsyslides"]
    )
    assert "Orthopaedicvisitnotes" not in flat
    for item in [
        "Margaret O'Neill",
        "April 17, 1951",
        "(555) 201-3344",
        "45 CFR 164.524",
        "30 calendar days",
        "cost-based",
        "DICOM",
        "slides and blocks",
        "Courier",
        "Dr. Rosa Delgado",
        "1200 Campus Drive, Suite 4, Springfield",
        "Signature",
        "Date",
    ]:
        assert squash(item) in flat, item
    # Each letter starts on its own page.
    assert any(page.lstrip().startswith("Request for copies") for page in doc.pages[1:])


def test_records_request_without_records_offers_lines_to_fill_in(bare_case: Case) -> None:
    flat = read(pdf(bare_case, "records-request")).flat()
    assert squash("write the records here") in flat
    assert squash("name and address of the doctor who will give the second opinion") in flat


def test_comparison_side_by_side_and_third_opinion_note(case: Case) -> None:
    flat = read(pdf(case, "comparison")).flat()
    assert in_order(
        flat,
        [
            "Opinion1",
            "Opinion2",
            "Dr.AlanPierce",
            "Dr.RosaDelgado",
            "Severeosteoarthritis",
            "Moderateosteoarthritis",
            "Totalkneereplacement",
            "Injectionsandphysicaltherapy",
            "Noneoffered",
            "Partialkneereplacementlater",
            "Differsfromthefirstopinion",
        ],
    )
    assert squash("It is reasonable, and common, to ask for a third opinion") in flat
    assert squash("Physical therapy and injections first") in flat


def test_comparison_agreeing_opinions_have_no_third_opinion_note(case: Case) -> None:
    second = case.opinions[1]
    second.diagnosis = "severe osteoarthritis."
    second.compared_to_first = Comparison.REFINED
    flat = read(pdf(case, "comparison")).flat()
    assert squash("third opinion") not in flat
    assert squash("These opinions agree") in flat


def test_comparison_with_three_opinions_and_different_diagnoses(case: Case) -> None:
    case.opinions[1].compared_to_first = None
    case.opinions.append(Opinion(ordinal=3, doctor="Dr. Third", diagnosis="Gout"))
    flat = read(pdf(case, "comparison", large_print=True)).flat()
    assert in_order(flat, ["Opinion1", "Opinion2"]) and "Opinion3" in flat
    assert "Dr.Third" in flat and "Gout" in flat
    assert squash("ask for a third opinion") in flat


def test_pcp_letter_is_one_page_with_the_update(case: Case) -> None:
    doc = read(pdf(case, "pcp-letter"))
    assert len(doc.pages) == 1
    flat = doc.flat()
    assert in_order(
        flat,
        [
            "Dr.SusanPark",
            "(555)301-1001",
            "DearDr.SusanPark",
            "Severeosteoarthritisoftherightknee",
            "WhomIsaw",
            "Dr.RosaDelgado,December3,2026",
            "Injectionsandphysicaltherapy",
            "WhatIdecided",
            "Physicaltherapyandinjectionsfirst",
            "Lessrisk",
            "Moderate,notsevere",
            "Physicaltherapytwiceaweek",
        ],
    )


def test_pcp_letter_printed_before_the_visit_speaks_of_it_ahead(case: Case) -> None:
    case.opinions[:] = [o for o in case.opinions if (o.ordinal or 1) == 1]
    for visit in case.appointments:
        visit.recap_diagnosis_as_understood = None
        visit.recap_choices = None
        visit.recap_next_steps = None
        visit.starts_at = datetime(2026, 12, 3, 15, 30, tzinfo=UTC)
    before = read(pdf(case, "pcp-letter", printed_on=date(2026, 11, 25))).flat()
    assert squash("Whom I will see") in before and squash("Whom I saw") not in before
    after = read(pdf(case, "pcp-letter", printed_on=date(2026, 12, 10))).flat()
    assert squash("Whom I saw") in after and squash("Whom I will see") not in after
    spanish = read(pdf(case, "pcp-letter", language="es")).flat()
    assert squash("A quién voy a consultar") in spanish


def test_pcp_letter_before_any_opinion(bare_case: Case) -> None:
    flat = read(pdf(bare_case, "pcp-letter")).flat()
    assert squash("Dear Doctor,") in flat
    assert squash("I have not decided yet.") in flat


def test_blank_worksheet_has_the_summary_shape_with_empty_lines(case: Case) -> None:
    flat = read(pdf(case, "blank-worksheet")).flat()
    assert in_order(
        flat,
        [
            "Visitworksheet",
            "Who",
            "Theappointment",
            "Thequestion",
            "Insurance",
            "Medicines",
            "Allergies",
            "Records",
            "Myquestions",
            "Beforethevisitends",
            "Isthisthediagnosis?",
            "Arethesemychoices?",
        ],
    )
    # Nothing of the person's case is filled in, only their name in the page header.
    assert "osteoarthritis" not in flat
    assert "Metformin" not in flat
    assert squash("The treatment is not working") in flat


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("large_print", [False, True])
def test_blank_worksheet_checklists_keep_their_lead_and_ends(
    case: Case, paper: str, large_print: bool
) -> None:
    """No checklist is split with its lead and one box on a page, or its last box alone."""
    pages = [
        squash(page)
        for page in read(pdf(case, "blank-worksheet", paper=paper, large_print=large_print)).pages
    ]

    def page_of(words: str) -> int:
        return next(i for i, page in enumerate(pages) if squash(words) in page)

    for lead, first, second, third, last_but_one, last in (
        (
            "Why I want another opinion",
            "The treatment is not working",
            "There is more than one possible diagnosis",
            "I must choose between treatments",
            "I want to see a specialist in this condition",
            "Another reason",
        ),
        (
            "Records to send ahead",
            "Office notes",
            "Lab and test results",
            "Imaging reports",
            "Medication list",
            "Other records",
        ),
    ):
        assert page_of(lead) == page_of(first) == page_of(second) == page_of(third), lead
        assert page_of(last_but_one) == page_of(last), lead


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("maker", [realistic_case, example_case, empty_case])
@pytest.mark.parametrize("large_print", [False, True])
def test_every_kind_builds_with_fonts_embedded(kind: str, maker: object, large_print: bool) -> None:
    case = for_kind(maker(), kind)  # type: ignore[operator]
    doc = read(pdf(case, kind, large_print=large_print, paper="a4"))
    assert len(doc.pages) >= 1
    assert page_sizes(doc) == {(595, 842)}
    fonts = fonts_of(doc)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVu" in name for name, _ in fonts), fonts
    name = case.person.full_name
    # One count per printout; the letters count each letter's pages on their own.
    assert numbered_in_runs(doc)
    if kind not in ("records-request", "records-follow-up"):
        assert page_numbers(doc)[-1] == (len(doc.pages), len(doc.pages))
    for page in doc.pages:
        assert name in page


def test_example_case_summary_shows_its_people() -> None:
    case = example_case()
    flat = read(pdf(case, "summary")).flat()
    assert squash(case.person.full_name) in flat
    for medication in case.person.medications:
        assert squash(medication.name or "") in flat
    assert in_order(flat, [squash(q.text) for q in case.questions])
    pcp = next(m for m in case.care_team if m.role == CareRole.PRIMARY_CARE)
    assert squash(pcp.name or "") in flat


def test_unknown_kind_and_paper_are_plain_errors(case: Case) -> None:
    with pytest.raises(ReportError, match="no printout called"):
        build_pdf(case, "poster")
    with pytest.raises(ReportError, match="letter or a4"):
        build_pdf(case, "summary", paper="legal")
