"""User text is data, never markup; nothing typed is silently dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_checks import fonts_of, read, squash
from report_samples import EMOJI, LONG_WORD, MARKUP, cve_payload, for_kind, hostile_case

from secondopinion_desktop.reports import KINDS, build_pdf
from secondopinion_desktop.reports.text import REPLACEMENT, para, printable

HOSTILE_NAME = "Zoë <b>Łukasz</b> & Ölaf"


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "pwned-by-a-printout"


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("large_print", [False, True])
def test_hostile_case_prints_every_kind_and_runs_nothing(
    kind: str, large_print: bool, marker: Path
) -> None:
    # The 100,000 characters once per kind is enough; large print checks the rest.
    data = build_pdf(
        for_kind(hostile_case(str(marker), huge=not large_print), kind),
        kind,
        large_print=large_print,
        paper="a4",
        printed_on=date(2026, 11, 25),
    )
    doc = read(data)
    assert not marker.exists()
    assert all(embedded for _, embedded in fonts_of(doc))
    for number, page in enumerate(doc.pages, start=1):
        assert f"Page {number} of {len(doc.pages)}" in page
        assert HOSTILE_NAME in page


def test_markup_prints_literally(marker: Path) -> None:
    flat = read(build_pdf(hostile_case(str(marker), huge=False), "summary", paper="a4")).flat()
    for literal in MARKUP:
        assert squash(literal) in flat, literal
    assert squash(HOSTILE_NAME) in flat
    assert squash("Dr. <i>Park</i>") in flat
    assert squash("Clinic & Co <script>") in flat


def test_code_running_payload_prints_as_text_and_runs_nothing(marker: Path) -> None:
    payload = cve_payload(str(marker))
    for kind in ("summary", "comparison", "pcp-letter"):
        flat = read(build_pdf(hostile_case(str(marker), huge=False), kind, paper="letter")).flat()
        assert squash(payload) in flat, kind
    assert not marker.exists()


def test_a_5000_character_word_prints_whole(marker: Path) -> None:
    doc = read(build_pdf(hostile_case(str(marker), huge=False), "summary", paper="a4"))
    assert LONG_WORD in doc.body_flat(HOSTILE_NAME, unbreak=True)
    # Every cut is marked: the word's lines end with a hyphen, except the last line of each
    # of its two places (a condition and a question).
    cut_lines = [line for line in doc.text.splitlines() if line.startswith("WWWWWWWWWW")]
    assert len(cut_lines) > 100
    assert len([line for line in cut_lines if not line.endswith("-")]) == 2


def test_100000_characters_flow_across_pages(marker: Path) -> None:
    case = hostile_case(str(marker))
    doc = read(build_pdf(case, "summary", paper="a4"))
    assert len(case.in_my_words or "") > 99_000
    assert doc.text.count("flowing") == 8400
    assert len(doc.pages) > 15


def test_other_scripts_and_emoji_are_kept(marker: Path) -> None:
    doc = read(build_pdf(hostile_case(str(marker), huge=False), "summary", paper="a4"))
    flat = doc.flat()
    for word in ("Ελληνικά", "Русский", "Ñandú", "çà"):
        assert word in flat, word
    # Right-to-left words come out in typed order; check every letter is on paper.
    for word in ("עברית", "العربية"):
        assert set(word) <= set(flat), word
    assert squash(EMOJI) in flat


def test_characters_the_font_lacks_get_a_visible_stand_in() -> None:
    assert printable("ok 🦄 ok") == "ok [unicorn face] ok"
    assert printable("中文") == REPLACEMENT * 2
    assert printable("Ελληνικά") == "Ελληνικά"
    assert printable(None) == ""


def test_para_escapes_markup_and_keeps_line_breaks() -> None:
    assert para("<b>x</b> & y\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"


def test_right_to_left_words_are_drawn_turned_round_so_they_read_correctly() -> None:
    from secondopinion_desktop.reports.text import visual_order

    # Drawn left to right, a Hebrew word must be stored last letter first to read right.
    assert visual_order("abc שלום עברית def") == "abc תירבע םולש def"
    assert visual_order("שלום 12 עולם") == "םלוע 12 םולש"  # numbers keep their order
    assert visual_order("Ελληνικά (x)") == "Ελληνικά (x)"
    case = hostile_case("unused", huge=False)
    case.person.full_name = "Dana שלום עברית Levi"
    doc = read(build_pdf(case, "summary", paper="a4"))
    # PDF readers turn right-to-left stretches back into typed order when extracting (pypdf
    # moves the spaces at their edges, so compare without spaces).
    assert squash("Dana שלום עברית Levi") in doc.flat()
    # The same for text laid out in pieces (the title, questions, long notes).
    case.title = "Knee שלום עברית surgery"
    case.questions[0].text = "Is שלום עברית right?"
    case.in_my_words = "Long שלום עברית note. " * 100
    flat = read(build_pdf(case, "summary", paper="a4")).flat()
    for typed in ("Knee שלום עברית surgery", "Is שלום עברית right?", "Long שלום עברית note."):
        assert squash(typed) in flat, typed
