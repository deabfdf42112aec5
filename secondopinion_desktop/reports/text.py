"""Turning what a person typed into safe Paragraph text: never markup, never silently lost.

ReportLab's Paragraph reads a small markup language (and once ran code from it:
CVE-2023-33733), so every piece of user text is escaped here before it reaches one.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from secondopinion_desktop.reports.fonts import register_fonts

# Joiners and variation selectors only shape the character next to them; alone they print
# nothing, so leaving them out loses nothing the reader could see.
_INVISIBLE_SHAPERS = {0x200D, 0xFE0E, 0xFE0F}
REPLACEMENT = "\ufffd"


def _substitute(char: str) -> str:
    """A visible stand-in for a character the font cannot draw."""
    if ord(char) in _INVISIBLE_SHAPERS:
        return ""
    name = unicodedata.name(char, "")
    if name and unicodedata.category(char).startswith("S"):
        # A symbol such as an emoji: its name keeps the meaning on paper.
        return f"[{name.lower()}]"
    return REPLACEMENT


def printable(value: object) -> str:
    """``value`` as text the bundled font can draw; unknown characters get a visible stand-in."""
    if value is None:
        return ""
    raw = str(value)
    drawable = register_fonts()
    if all(ord(c) in drawable or c in "\n\t" for c in raw):
        return raw
    return "".join(c if ord(c) in drawable or c in "\n\t" else _substitute(c) for c in raw)


def para(value: object) -> str:
    """User text ready for a Paragraph: printable, escaped, line breaks kept."""
    safe = escape(printable(value).replace("\r\n", "\n").replace("\r", "\n"))
    return safe.replace("\n", "<br/>").replace("\t", " ")


def has_text(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def pieces(value: str, size: int = 1200) -> list[str]:
    """Very long text cut into paragraphs of about ``size`` characters, at a sentence end
    where there is one, else at a space, else anywhere (one huge word).

    ReportLab re-measures a whole paragraph each time it continues on a new page, so one
    100,000-character paragraph costs seconds; pieces keep that cost small.
    """
    result: list[str] = []
    for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        while len(line) > size * 1.5:
            window = line[: int(size * 1.5)]
            cut = window.rfind(". ", size // 2)
            if cut >= 0:
                cut += 1
            else:
                cut = window.rfind(" ", size // 2)
                if cut < 0:
                    cut = size
            result.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        result.append(line)
    return result
