"""Very long text lays out in linear time: 100,000 letters in a field, 1,000,000 in a title."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pdf_checks import read
from pypdf import PdfReader

from secondopinion_desktop.reports.wrapping import cut_points

HERE = Path(__file__).resolve().parents[2] / "helpers"  # where report_samples is
REPO = HERE.parent.parent

# Builds one summary in a child process, so a hang is stopped by the timeout below (a guard
# against the old quadratic layout, which took minutes; the build now takes seconds).
_BUILD = """
import sys
sys.path.insert(0, {here!r})
from datetime import date
from report_samples import realistic_case
from secondopinion_desktop.reports import build_pdf
case = realistic_case()
case.title = "T" * {title} + "END"
case.in_my_words = "flowing words " * {words}
case.diagnosis_current = "diagnosed words " * {words}
data = build_pdf(case, "summary", paper="letter", printed_on=date(2026, 12, 1))
open({out!r}, "wb").write(data)
"""


def _build(tmp_path: Path, *, title: int, words: int) -> bytes:
    out = tmp_path / "long.pdf"
    code = _BUILD.format(here=str(HERE), title=title, words=words, out=str(out))
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=60)
    return out.read_bytes()


def test_a_100000_character_field_and_title_build_and_keep_every_letter(
    tmp_path: Path,
) -> None:
    doc = read(_build(tmp_path, title=100_000, words=7_200))
    assert doc.text.count("flowing") == 7_200
    assert doc.text.count("diagnosed") == 7_200
    title = doc.body_flat("Margaret O'Neill", unbreak=True)
    assert "T" * 100_000 + "END" in title


def test_an_unbroken_1000000_character_title_builds(tmp_path: Path) -> None:
    reader = PdfReader(io.BytesIO(_build(tmp_path, title=1_000_000, words=1)))
    # About 13,000 lines of title: hundreds of pages, the end of the word on the last ones.
    assert len(reader.pages) > 150
    tail = "".join(page.extract_text() or "" for page in reader.pages[-30:])
    assert "END" in tail
    assert "flowing" in tail


class _CountingWidths:
    """Letter widths that count how often they are looked at."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.looks = 0

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int) -> float:
        self.looks += 1
        return 1.0


def test_cutting_a_long_word_looks_at_each_letter_a_few_times_only() -> None:
    # Counting work, not time: the old splitter measured the rest of the word on every line.
    word = "x" * 100_000
    widths = _CountingWidths(len(word))
    cuts = cut_points(word, widths, 100.0, lambda _: 100.0, 1.0)  # type: ignore[arg-type]
    assert widths.looks < 4 * len(word)
    assert cuts[-1] == (100_000, False)
    # 99 letters and the hyphen on every full line.
    assert all(hyphen for _, hyphen in cuts[:-1])
    assert len(cuts) == -(-100_000 // 99)


def test_an_address_breaks_after_its_at_sign_not_inside_a_word() -> None:
    email = "jointcenter-referrals@example.org"
    cuts = cut_points(email, [1.0] * len(email), 25.0, lambda _: 25.0, 1.0)
    assert cuts == [(email.index("@") + 1, False), (len(email), False)]
