"""Printouts: the heavy case's visit summary against a plain ReportLab document, same run.

The plain document holds the same text, page by page (read back from the summary with pypdf),
one paragraph per line of it, each stretch of a line in the face the summary set it in (the
same three embedded DejaVu faces), on the same paper and margins, with a page break where each
summary page ends: what ReportLab costs for that much text and that many
pages with no layout of ours. Each page is set in the summary's body size (11 pt) when its lines
fit on one page, else in the largest size that fits (a table page holds more, shorter lines
than running text), so the two always have the same page count. Both are built in-process,
alternately, several times; the ratio of the medians is printed (target <= 1.3x).

    python bench/summary_pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heavy_case import heavy_case_text

# A page: its lines; a line: its stretches of text, each with the face it is set in.
Line = list[tuple[str, str]]


def page_lines(page: object) -> list[Line]:
    """One page's lines of text as pypdf reads them, with the face of each stretch."""
    lines: list[Line] = [[]]

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        base = (font or {}).get("/BaseFont", "/DejaVuSans")  # type: ignore[attr-defined]
        face = str(base).split("+")[-1].lstrip("/")
        for n, piece in enumerate(text.split("\n")):
            if n:
                lines.append([])
            if piece:
                lines[-1].append((piece, face))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return [line for line in lines if "".join(t for t, _ in line).strip()]


def pages_with_faces(pdf: bytes) -> list[list[Line]]:
    """Each page's lines, with the face of each stretch."""
    from pypdf import PdfReader

    return [page_lines(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def plain_document(pages: list[list[Line]], font_name: str, sizes: list[float]) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = {
        size: ParagraphStyle(f"body-{size}", fontName=font_name, fontSize=size, leading=size * 1.25)
        for size in set(sizes)
    }

    def markup(line: Line) -> str:
        return "".join(
            escape(text) if face == font_name else f'<font name="{face}">{escape(text)}</font>'
            for text, face in line
        )

    story = []
    for n, (page, size) in enumerate(zip(pages, sizes, strict=True)):
        style = styles[size]
        story.extend(Paragraph(markup(line), style) for line in page)
        if n < len(pages) - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    # The summary's paper and margins (reports/layout.py: 16 mm at the sides, its page frame
    # at the top and bottom).
    SimpleDocTemplate(out, pagesize=letter, leftMargin=16 * mm, rightMargin=16 * mm,
                      topMargin=10 * mm + 19, bottomMargin=9 * mm + 19).build(story)
    return out.getvalue()


def page_sizes(pages: list[list[Line]], font_name: str, body: float = 11.0) -> list[float]:
    """For each page, the largest size (``body`` at most) at which its lines fill one page."""
    from pypdf import PdfReader

    sizes = []
    for page in pages:
        size = body
        while size > 4 and len(PdfReader(io.BytesIO(plain_document([page], font_name, [size]))).pages) > 1:
            size -= 0.5
        sizes.append(size)
    return sizes


def timed_pair(first: object, second: object, runs: int) -> tuple[float, float, float]:
    """Medians of ``first`` and ``second`` built alternately, and the median of their paired
    ratios. CPU time of this process, not wall time: the machine is shared, and another
    process taking the core would count against whichever build was running."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for build, times in ((first, a), (second, b)):
            started = time.process_time()
            build()  # type: ignore[operator]
            times.append(time.process_time() - started)
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    from pypdf import PdfReader

    from secondopinion_desktop.reports import build_pdf
    from secondopinion_desktop.reports.fonts import REGULAR, register_fonts
    from secondopinion_desktop.services.bundle import import_bundle
    from secondopinion_desktop.services.cases import load_case
    from secondopinion_desktop.storage.store import open_store

    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        store = open_store(data)
        case_id = import_bundle(store, json.loads(heavy_case_text()))
        with store.session() as session:
            case = load_case(session, case_id)

            def summary() -> bytes:
                return build_pdf(case, "summary", paper="letter", language="en")

            pdf = summary()
            pages = pages_with_faces(pdf)
            register_fonts()
            font = REGULAR
            sizes = page_sizes(pages, font)
            plain_pdf = plain_document(pages, font, sizes)
            plain_pages = len(PdfReader(io.BytesIO(plain_pdf)).pages)

            def letters(read: list[list[Line]]) -> list[list[tuple[str, str]]]:
                # Per page, every letter with its face (spaces and line breaks aside).
                return [[(c, f) for line in page for t, f in line for c in t if not c.isspace()]
                        for page in read]

            same = letters(pages_with_faces(plain_pdf)) == letters(pages)
            summary_s, plain_s, paired = timed_pair(
                summary, lambda: plain_document(pages, font, sizes), args.runs
            )
        store.close()
    print(f"runs of each:               {args.runs}")
    shown = f"{min(sizes)}-{max(sizes)} pt"
    print(f"plain ReportLab document:   {plain_s * 1000:7.1f} ms ({plain_pages} pages, {shown})")
    print(f"same letters, faces, pages: {'yes' if same else 'NO'}")
    print(f"heavy case visit summary:   {summary_s * 1000:7.1f} ms ({len(pages)} pages)")
    print(f"ratio summary / plain:      {summary_s / plain_s:7.2f}x  (target <= 1.3x)")
    print(f"median of paired ratios:    {paired:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
