"""Printouts: the heavy case's visit summary against a plain ReportLab document, same run.

The plain document holds the same text, page by page (read back from the summary with pypdf),
in one body style with a page break where the summary's pages end, in the same embedded font:
what ReportLab costs for that much text and that many pages with no layout of ours. Both are
built in-process several times; the ratio of the medians is printed (target <= 1.3x).

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


def plain_document(pages: list[str], font_name: str, size: float = 10) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName=font_name, fontSize=size, leading=size * 1.25)
    story = []
    for n, page in enumerate(pages):
        story.extend(Paragraph(escape(line), style) for line in page.splitlines() if line.strip())
        if n < len(pages) - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build(story)
    return out.getvalue()


def timed(build: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
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
            pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
            register_fonts()
            font = REGULAR
            # The largest body size at which each summary page's text fits one plain page.
            size = 10.0
            while size > 5:
                plain_pages = len(PdfReader(io.BytesIO(plain_document(pages, font, size))).pages)
                if plain_pages <= len(pages):
                    break
                size -= 0.5
            summary_s = timed(summary, args.runs)
            plain_s = timed(lambda: plain_document(pages, font, size), args.runs)
        store.close()
    print(f"runs of each:               {args.runs}")
    print(f"plain ReportLab document:   {plain_s * 1000:7.1f} ms ({plain_pages} pages, {size} pt)")
    print(f"heavy case visit summary:   {summary_s * 1000:7.1f} ms ({len(pages)} pages)")
    print(f"ratio summary / plain:      {summary_s / plain_s:7.2f}x  (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
