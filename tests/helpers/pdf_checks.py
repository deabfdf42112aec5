"""Reading printouts back: text per page, font sizes, embedded fonts, page sizes."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader

PAGE_RE = re.compile(r"Page (\d+) of (\d+)|Página (\d+) de (\d+)")


@dataclass
class ReadPdf:
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def flat(self) -> str:
        """All text with every space and line break removed (wrapping cannot hide a match)."""
        return re.sub(r"\s+", "", self.text)

    def body_flat(self, frame_name: str, *, unbreak: bool = False) -> str:
        """Like flat(), with the running header and footer of each page taken out.

        ``unbreak`` also takes out the hyphen that marks a word cut at the end of a line.
        """
        parts = []
        for page in self.pages:
            lines = page.splitlines()
            kept = [
                line
                for line in lines
                if not PAGE_RE.fullmatch(line.strip())
                and line.strip() != frame_name
                and not line.startswith(("Printed ", "Impreso el "))
            ]
            parts.append("\n".join(kept))
        body = "\n".join(parts)
        if unbreak:
            body = re.sub(r"-\n", "", body)
        return re.sub(r"\s+", "", body)


def read(data: bytes) -> ReadPdf:
    assert data.startswith(b"%PDF-"), "not a PDF"
    reader = PdfReader(io.BytesIO(data))
    return ReadPdf(reader, [page.extract_text() or "" for page in reader.pages])


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def in_order(haystack: str, needles: list[str]) -> bool:
    """True when every needle appears in ``haystack`` after the previous one."""
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return False
        position = found + len(needle)
    return True


def font_sizes(doc: ReadPdf) -> list[tuple[float, str]]:
    """(effective size in points, text) for every piece of text drawn."""
    found: list[tuple[float, str]] = []
    for page in doc.reader.pages:

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
            if text.strip():
                scale = abs(tm[3] * cm[3]) or 1.0
                found.append((round(size * scale, 2), text))

        page.extract_text(visitor_text=visit)
    return found


def fonts_of(doc: ReadPdf) -> list[tuple[str, bool]]:
    """(font name, has an embedded TrueType file) for every font any page uses."""
    fonts = []
    for page in doc.reader.pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.append((str(font.get("/BaseFont")), embedded))
    return fonts


def page_sizes(doc: ReadPdf) -> set[tuple[int, int]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in doc.reader.pages
    }


@dataclass
class PageLayout:
    """What one page holds, read back with positions (pdfplumber)."""

    fill: float  # share of the body area used, from its top to the lowest mark
    lines: list[str]  # body text lines, top to bottom (running header and footer left out)
    heights: list[float]  # font size of each line's first character
    bold: list[bool]  # whether each line is set in the bold face
    bottoms: list[float]  # where each line ends, from the top of the page
    lowest: float  # the lowest mark on the page body (text, rule or box)
    cells: list[str]  # the lines of each column (table cell) on its own, column by column


def layouts(data: bytes, *, last_only: bool = False) -> list[PageLayout]:
    """The body of every page (or only the last): how full it is and its lines, top to bottom.

    The running header (name, date, rule) sits in the top 17% of the margin area and the
    page number at the foot; what lies between is the body.
    """
    import pdfplumber

    result = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[-1:] if last_only else pdf.pages:
            height = float(page.height)
            header_rule = min(
                (float(line["top"]) for line in page.lines if float(line["top"]) < height * 0.12),
                default=height * 0.08,
            )
            top = header_rule + 4
            bottom = height - 9 * 72 / 25.4 - 2.2 * 16  # the lowest the frame ever reaches
            body_chars = [c for c in page.chars if top < float(c["top"]) < height - 40]
            marks = [float(c["bottom"]) for c in body_chars]
            marks += [float(o["bottom"]) for o in page.lines + page.rects if float(o["top"]) > top]
            lowest = max(marks, default=top)
            fill = (lowest - top) / (bottom - top)
            rows: dict[int, list[Any]] = {}
            for char in body_chars:
                rows.setdefault(round(float(char["top"])), []).append(char)
            merged: list[list[Any]] = []
            for key in sorted(rows):
                if merged and abs(round(float(merged[-1][0]["top"])) - key) <= 2:
                    merged[-1] += rows[key]
                else:
                    merged.append(list(rows[key]))
            lines = []
            heights = []
            bold = []
            bottoms = []
            columns: dict[int, list[str]] = {}
            for row in merged:
                row.sort(key=lambda c: float(c["x0"]))
                lines.append(_join(row))
                heights.append(float(row[0]["size"]))
                bottoms.append(max(float(c["bottom"]) for c in row))
                bold.append(all("Bold" in str(c["fontname"]) for c in row if c["text"].strip()))
                for segment in _segments(row):
                    columns.setdefault(round(float(segment[0]["x0"]) / 6), []).append(
                        _join(segment)
                    )
            cells = [line for key in sorted(columns) for line in columns[key]]
            result.append(
                PageLayout(
                    fill=min(fill, 1.0),
                    lines=lines,
                    heights=heights,
                    bold=bold,
                    bottoms=bottoms,
                    lowest=lowest,
                    cells=cells,
                )
            )
    return result


def _segments(row: list[Any]) -> list[list[Any]]:
    """The characters of one line cut where a gap wider than two letters separates columns."""
    parts: list[list[Any]] = []
    for char in row:
        if parts and float(char["x0"]) - float(parts[-1][-1]["x1"]) < float(char["size"]) * 1.5:
            parts[-1].append(char)
        else:
            parts.append([char])
    return parts


def _join(chars: list[Any]) -> str:
    """Characters of one line with spaces where the gap is wider than a third of a letter."""
    out = ""
    last_x1 = None
    for char in chars:
        if last_x1 is not None and float(char["x0"]) - last_x1 > float(char["size"]) * 0.15:
            out += " "
        out += char["text"]
        last_x1 = float(char["x1"])
    return out


def page_numbers(doc: ReadPdf) -> list[tuple[int, int]]:
    """("Page N of M") on every page, as (N, M); a page without one fails."""
    found = []
    for index, page in enumerate(doc.pages, start=1):
        match = PAGE_RE.search(page)
        assert match, f"page {index} has no page number"
        n, m = (match.group(1), match.group(2)) if match.group(1) else match.groups()[2:]
        found.append((int(n), int(m)))
    return found


def numbered_in_runs(doc: ReadPdf) -> bool:
    """True when the pages count 1..M in runs (one run, or one per letter) with no gaps."""
    expected = 1
    total = 0
    for n, m in page_numbers(doc):
        if n == 1:
            if expected != total + 1 and total:
                return False
            expected, total = 1, m
        if n != expected or m != total:
            return False
        expected += 1
    return expected == total + 1
