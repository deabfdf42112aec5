"""Turning what a person typed into safe Paragraph text: never markup, never silently lost.

ReportLab's Paragraph reads a small markup language (and once ran code from it:
CVE-2023-33733), so every piece of user text is escaped here before it reaches one.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from secondopinion_desktop.reports.fonts import REGULAR, drawable, register_fonts

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


_RTL = {"R", "AL"}
_NUMBER = {"EN", "AN"}
_NEUTRAL = {"WS", "ON", "CS", "ES", "ET", "BN", "NSM"}
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _clusters(line: str) -> list[str]:
    """Characters with their combining marks, and runs of digits, each kept whole."""
    result: list[str] = []
    for char in line:
        kind = unicodedata.bidirectional(char)
        if result and (
            kind == "NSM"
            or (kind in _NUMBER and unicodedata.bidirectional(result[-1][-1]) in _NUMBER)
        ):
            result[-1] += char
        else:
            result.append(char)
    return result


def visual_order(line: str) -> str:
    """``line`` with each right-to-left stretch (Hebrew, Arabic) turned round for drawing.

    ReportLab draws every character left to right, in the order typed, so without this a
    Hebrew word would come out backwards on paper. A simplified Unicode bidi for a
    left-to-right line: words, numbers and marks inside a stretch keep their own order.
    """
    # Each distinct character once: a long line repeats the same few dozen.
    if line.isascii() or not any(unicodedata.bidirectional(c) in _RTL for c in set(line)):
        return line
    clusters = _clusters(line)
    out: list[str] = []
    index = 0
    while index < len(clusters):
        if unicodedata.bidirectional(clusters[index][0]) not in _RTL:
            out.append(clusters[index])
            index += 1
            continue
        last = index
        scan = index
        while scan < len(clusters):
            kind = unicodedata.bidirectional(clusters[scan][0])
            if kind in _RTL:
                last = scan
            elif kind not in _NEUTRAL and kind not in _NUMBER:
                break
            scan += 1
        out.extend(c.translate(_MIRRORED) for c in reversed(clusters[index : last + 1]))
        index = last + 1
    return "".join(out)


def printable(value: object) -> str:
    """``value`` as text the bundled font can draw, right-to-left stretches turned for drawing;
    unknown characters get a visible stand-in."""
    if value is None:
        return ""
    raw = "\n".join(visual_order(line) for line in str(value).split("\n"))
    drawable = register_fonts()
    if all(ord(c) in drawable or c in "\n\t" for c in set(raw)):
        return raw
    return "".join(c if ord(c) in drawable or c in "\n\t" else _substitute(c) for c in raw)


def printable_in(value: object, font: str) -> str:
    """Like printable(), for text drawn in ``font`` alone (the running header in bold)."""
    text = printable(value)
    faces = drawable(font)
    if all(ord(c) in faces or c in "\n\t" for c in set(text)):
        return text
    return "".join(c if ord(c) in faces or c in "\n\t" else _substitute(c) for c in text)


def para(value: object, font: str = REGULAR) -> str:
    """User text ready for a Paragraph: printable, escaped, line breaks kept.

    ``font`` is the face the text is set in: letters that face lacks (the oblique has no
    Arabic, for one) are set in the regular face instead of printing as empty boxes.
    """
    safe = escape(printable(value).replace("\r\n", "\n").replace("\r", "\n"))
    if font != REGULAR:
        faces = drawable(font)
        if not all(ord(c) in faces for c in set(safe)):
            safe = "".join(
                c if ord(c) in faces or c in "\n\t" else f'<font name="{REGULAR}">{c}</font>'
                for c in safe
            )
    return safe.replace("\n", "<br/>").replace("\t", " ")


def has_text(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def pieces(value: str, size: int = 1200) -> list[str]:
    """Very long text cut into paragraphs of about ``size`` characters, at a sentence end
    where there is one, else at a space, else inside the word (marked with a hyphen).

    ReportLab re-measures a whole paragraph each time it continues on a new page, so one
    100,000-character paragraph costs seconds; pieces keep that cost small.
    """
    result: list[str] = []
    for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        while len(line) > size * 1.5:
            window = line[: int(size * 1.5)]
            cut = window.rfind(". ", size // 2)
            mark = ""
            if cut >= 0:
                cut += 1
            else:
                cut = window.rfind(" ", size // 2)
                if cut < 0:
                    # Inside one huge word: the break is marked like any other cut word.
                    cut = size
                    mark = "-"
            result.append(line[:cut].rstrip() + mark)
            line = line[cut:].lstrip()
        result.append(line)
    return result
