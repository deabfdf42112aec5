"""The printouts: every PDF kind and the calendar file, built from loaded model objects.

Nothing here knows Qt, a session or SQL. ReportLab is imported only inside the modules that
draw a PDF, and those are imported only when a PDF is made, so importing this package is cheap.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING

from secondopinion_desktop.reports.errors import ReportError
from secondopinion_desktop.reports.kinds import KINDS, PAPERS
from secondopinion_desktop.reports.paper import default_paper

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case

def build_pdf(
    case: Case,
    kind: str,
    *,
    large_print: bool = False,
    paper: str | None = None,
    language: str = "en",
    printed_on: date | None = None,
) -> bytes:
    """The PDF of one printout of ``case`` as bytes.

    ``paper`` is "letter" or "a4" (None: from the locale); ``language`` "en" or "es";
    ``printed_on`` is the date shown on every page (today if None).
    """
    if kind not in KINDS:
        raise ReportError(f"There is no printout called '{kind}'.")
    chosen_paper = paper or default_paper()
    if chosen_paper not in PAPERS:
        raise ReportError(f"The paper size must be letter or a4, not '{chosen_paper}'.")
    from secondopinion_desktop.reports.layout import Options

    options = Options(
        large_print=large_print,
        paper=chosen_paper,
        language="es" if language.startswith("es") else "en",
        printed_on=printed_on or date.today(),
    )
    module = importlib.import_module(KINDS[kind])
    data: bytes = module.build(case, options)
    return data


__all__ = ["KINDS", "PAPERS", "ReportError", "build_pdf", "default_paper"]
