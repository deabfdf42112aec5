"""A long last question in large print: the closing box kept with it must not cost a blank
page, nor leave the box (or its second half) alone on the last page."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_checks import layouts, squash
from report_samples import realistic_case

from secondopinion_desktop.model import Question
from secondopinion_desktop.reports import build_pdf
from secondopinion_desktop.reports.labels import text

WORDS = "What does this mean for my treatment and how should we decide together now "
CLOSING_KEYS = ("closing", "closing.intro", "closing.q1", "closing.q2", "closing.q3")


def summary_with_last_question(length: int, questions: int, paper: str) -> bytes:
    case = realistic_case()
    last = Question(text=(WORDS * (length // len(WORDS) + 1))[:length])
    case.questions = [*case.questions[: questions - 1], last]
    return build_pdf(
        case,
        "summary",
        large_print=True,
        paper=paper,
        language="en",
        printed_on=date(2026, 12, 1),
    )


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("length", [700, 1000, 1500])
def test_no_page_of_the_summary_is_blank(length: int, paper: str) -> None:
    pages = layouts(summary_with_last_question(length, 1, paper))
    blank = [number for number, page in enumerate(pages, 1) if not squash("".join(page.lines))]
    assert blank == []


@pytest.mark.parametrize(("length", "questions"), [(700, 5), (1000, 1), (3000, 1)])
def test_the_last_page_is_not_the_closing_box_alone(length: int, questions: int) -> None:
    (last,) = layouts(summary_with_last_question(length, questions, "letter"), last_only=True)
    beside = squash("".join(last.lines))
    for key in CLOSING_KEYS:
        beside = beside.replace(squash(text(key, "en")), "", 1)
    assert beside != ""
