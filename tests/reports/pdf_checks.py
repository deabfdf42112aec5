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
