"""Pagination read back with positions: page fill, lone headings, clean breaks, the call log,
letters that stand alone. Every kind, normal and large print, Letter and A4."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from pdf_checks import PAGE_RE, PageLayout, layouts, read, squash
from report_samples import (
    LONG_EMAIL,
    empty_case,
    example_case,
    for_kind,
    half_filled_case,
    hostile_case,
    realistic_case,
    stressed_case,
)

from secondopinion_desktop.model import Case, RecordStatus
from secondopinion_desktop.reports import KINDS, build_pdf
from secondopinion_desktop.reports.labels import text

CASES: dict[str, Callable[[], Case]] = {
    "example": example_case,
    "realistic": realistic_case,
    "half-filled": half_filled_case,
    "stressed": stressed_case,
    "empty": empty_case,
}
VARIANTS = [(large, paper) for large in (False, True) for paper in ("letter", "a4")]
BREAK_AFTER = "@./-_"


@cache
def printed(name: str, kind: str, large_print: bool, paper: str) -> bytes:
    return build_pdf(
        for_kind(CASES[name](), kind), kind, large_print=large_print, paper=paper,
        printed_on=date(2026, 12, 1),
    )


def groups(data: bytes) -> list[list[int]]:
    """Page indexes of each numbered run ("Page 1 of 2" starts a run)."""
    runs: list[list[int]] = []
    for index, page in enumerate(read(data).pages):
        match = PAGE_RE.search(page)
        assert match, f"page {index + 1} has no page number"
        number = int(match.group(1) or match.group(3))
        if number == 1:
            runs.append([])
        runs[-1].append(index)
    return runs


def headings_at_foot(pages: list[PageLayout], body_size: float) -> list[str]:
    """Last lines of pages that are set larger than the body and in bold (a heading), with
    nothing drawn below them (ruled lines to write on count as what follows)."""
    found = []
    for page in pages[:-1]:
        if not page.lines or page.lowest > page.bottoms[-1] + 6:
            continue
        if page.heights[-1] > body_size + 0.5 and page.bold[-1]:
            found.append(page.lines[-1])
    return found


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_pages_are_filled_and_no_heading_ends_a_page(
    name: str, kind: str, large_print: bool, paper: str
) -> None:
    data = printed(name, kind, large_print, paper)
    pages = layouts(data)
    body_size = 16.0 if large_print else 11.0
    last_question = len(CASES[name]().questions) or 4  # an empty case prints lines 1 to 4
    for run in groups(data):
        # No page under a third full, except the last of its run (each letter is a run).
        for index in run[:-1]:
            # The closing box never has the last page alone: when the last question went on
            # with it, the page it left may end short (the half-filled case, large print on
            # Letter: one question on that page).
            moved_on = pages[run[-1]].lines[0].startswith(f"{last_question}.")
            if kind == "summary" and index == run[-2] and moved_on:
                continue
            assert pages[index].fill >= 1 / 3, (index + 1, pages[index].fill)
    assert headings_at_foot(pages, body_size) == []


@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_the_example_summary_fits_its_page_budget(large_print: bool, paper: str) -> None:
    pages = len(read(printed("example", "summary", large_print, paper)).pages)
    assert pages <= (10 if large_print else 5)


def _broken_badly(lines: list[str], word: str) -> list[str]:
    """Places where ``word`` runs from the end of one line to the next at a bad point."""
    bad = []
    for line, following in itertools.pairwise(lines):
        if not line.split() or not following.split():
            continue
        last, first = line.split()[-1], following.split()[0]
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            continues = first == tail or (len(tail) >= 3 and first.startswith(tail))
            if last.endswith(head) and continues and head[-1] not in BREAK_AFTER:
                bad.append(f"{line!r} / {following!r}")
    return bad


@pytest.mark.parametrize("kind", ["summary", "records-request"])
@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_emails_and_links_break_only_after_at_dots_slashes_hyphens(
    kind: str, large_print: bool, paper: str
) -> None:
    for name in ("example", "stressed", "half-filled"):
        case = CASES[name]()
        addresses = [m.email for m in case.care_team if m.email]
        addresses += [case.person.email or ""]
        addresses += [r.description or "" for r in case.records if "://" in (r.description or "")]
        pages = layouts(printed(name, kind, large_print, paper))
        # Table columns sit side by side on a line: read each cell's text on its own too.
        for page in pages:
            for address in filter(None, addresses):
                assert _broken_badly(page.cells, address) == [], (name, address)
        text = read(printed(name, kind, large_print, paper)).flat()
        for address in filter(None, addresses):
            if kind == "summary":
                assert address in text, (name, address)


def label_words() -> set[str]:
    """The app's own longer words (labels, headings), English and Spanish."""
    from secondopinion_desktop.model.catalog import label
    from secondopinion_desktop.model.enums import CareRole
    from secondopinion_desktop.reports import labels

    texts = [*labels._EN.values(), *labels._ES.values()]
    texts += [label(role, lang) for role in CareRole for lang in ("en", "es")]
    words = {w.strip("(),.:;?¿!\"'") for text in texts for w in text.split()}
    return {w for w in words if len(w) >= 6 and "{" not in w}


@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_labels_never_break_inside_a_word(large_print: bool, paper: str) -> None:
    words = label_words()
    for name in ("example", "stressed", "half-filled"):
        for kind in KINDS:
            for page in layouts(printed(name, kind, large_print, paper)):
                for word in words:
                    assert _broken_badly(page.cells, word) == [], (name, kind, word)


@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_every_call_is_on_the_summary_and_the_latest_on_page_one(
    large_print: bool, paper: str
) -> None:
    for name in ("example", "realistic", "half-filled"):
        case = CASES[name]()
        assert case.insurance is not None
        doc = read(printed(name, "summary", large_print, paper))
        flat = doc.flat()
        for call in case.insurance.calls:
            assert call.reference_number and call.reference_number in flat
            if call.notes:
                assert re.sub(r"\s+", "", call.notes) in flat
        latest = max(case.insurance.calls, key=lambda c: c.on or date.min)
        # Page one holds the latest call; in large print page one's blocks run onto page 2.
        first = re.sub(r"\s+", "", "".join(doc.pages[: 2 if large_print else 1]))
        assert latest.reference_number in first  # type: ignore[operator]
    example = re.sub(r"\s+", "", read(printed("example", "summary", large_print, paper)).text)
    assert "$40" in example


@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_each_letter_numbers_its_own_pages_and_none_goes_to_the_patient(
    large_print: bool, paper: str
) -> None:
    for name in ("example", "half-filled", "stressed"):
        case = CASES[name]()
        data = printed(name, "records-request", large_print, paper)
        doc = read(data)
        runs = groups(data)
        letters = [run for run in runs if "Request for copies" in doc.pages[run[0]]]
        others = [r for r in case.records if (r.held_by or "").casefold() not in {"me", "myself"}]
        wanted = [r for r in others if r.status in (None, RecordStatus.NEEDED, RecordStatus.REQUESTED)]
        holders = {(r.held_by or "").strip().casefold() for r in wanted or others}
        assert len(letters) == len(holders)
        for run in runs:
            for number, index in enumerate(run, start=1):
                assert f"Page {number} of {len(run)}" in doc.pages[index]
        for run in letters:
            first = doc.pages[run[0]]
            to_line = next(line for line in first.splitlines() if line.startswith("To"))
            assert case.person.full_name not in to_line
            assert to_line.split()[1:2] not in (["Me"], ["myself"])
            # The closing and the signature on the same page.
            last = doc.pages[run[-1]]
            assert "Thank you for your help." in last
            assert "Signature" in last
        mine = [r for r in case.records if (r.held_by or "").casefold() in {"me", "myself"}]
        if mine:
            bring = re.sub(r"\s+", "", doc.pages[runs[-1][0]])
            assert "bringthemtothevisit" in bring
            for record in mine:
                assert re.sub(r"\s+", "", record.description or "") in bring


def test_the_long_email_prints_whole_in_the_page_body() -> None:
    text = read(printed("stressed", "summary", False, "letter")).text
    assert LONG_EMAIL in re.sub(r"\s+", "", text)


@pytest.mark.parametrize("kind", list(KINDS))
def test_header_uses_the_same_stand_ins_as_the_body(kind: str) -> None:
    doc = read(printed("stressed", kind, False, "a4"))
    for page in doc.pages:
        # The unicorn is not in the font: named in brackets, never an empty box.
        assert "[unicorn face]" in page
        assert "\ufffd" not in page


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_spanish_large_print_keeps_the_same_rules(kind: str, paper: str) -> None:
    # Spanish words are longer: headings and labels wrap differently.
    words = label_words()
    for name in ("example", "stressed"):
        data = build_pdf(
            for_kind(CASES[name](), kind), kind, large_print=True, paper=paper, language="es",
            printed_on=date(2026, 12, 1),
        )
        pages = layouts(data)
        for run in groups(data):
            for index in run[:-1]:
                assert pages[index].fill >= 1 / 3, (name, index + 1)
        assert headings_at_foot(pages, 16.0) == [], name
        for page in pages:
            for word in words:
                assert _broken_badly(page.cells, word) == [], (name, word)


CLOSING_KEYS = ("closing", "closing.intro", "closing.q1", "closing.q2", "closing.q3")


def beside_the_closing_box(squashed: str, language: str) -> str:
    """``squashed`` page text with the closing box's own words taken out."""
    for key in CLOSING_KEYS:
        squashed = squashed.replace(squash(text(key, language)), "", 1)
    return squashed


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("large_print", "paper"), VARIANTS)
def test_the_closing_box_never_has_the_last_page_to_itself(
    language: str, large_print: bool, paper: str, tmp_path: Path
) -> None:
    makers: dict[str, Callable[[], Case]] = {
        **CASES,
        # The heavy case: 100,000 letters of the person's own words and very long words.
        "hostile": lambda: hostile_case(str(tmp_path / "marker"), huge=True),
    }
    for name, make in makers.items():
        data = build_pdf(
            make(),
            "summary",
            large_print=large_print,
            paper=paper,
            language=language,
            printed_on=date(2026, 12, 1),
        )
        (last,) = layouts(data, last_only=True)
        on_last = squash("".join(last.lines))
        assert squash(text("closing", language)) in on_last, name
        # The last question (or the empty numbered lines) shares the page with the box.
        assert beside_the_closing_box(on_last, language) != "", name
