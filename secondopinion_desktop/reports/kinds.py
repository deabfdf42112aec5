"""The printouts there are and the paper sizes they come in: the one list that the command
line's choices, the print panel and the docs all follow."""

from __future__ import annotations

# kind (as the command line spells it) -> module that holds its ``build(case, options) -> bytes``,
# in the order the print panel offers them.
KINDS: dict[str, str] = {
    "summary": "secondopinion_desktop.reports.summary",
    "records-request": "secondopinion_desktop.reports.records_request",
    "records-follow-up": "secondopinion_desktop.reports.records_follow_up",
    "comparison": "secondopinion_desktop.reports.comparison",
    "pcp-letter": "secondopinion_desktop.reports.pcp_letter",
    "blank-worksheet": "secondopinion_desktop.reports.worksheet",
    "companion": "secondopinion_desktop.reports.companion",
}
DEFAULT_KIND = "summary"

# Paper sizes, in the order the print panel offers them; none chosen means the locale's.
PAPERS = ("letter", "a4")
