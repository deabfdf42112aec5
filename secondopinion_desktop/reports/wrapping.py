"""Where a word too long for its line breaks: after "@", ".", "/" or "-", else with a hyphen.

ReportLab cuts a word wider than its line at whatever letter reaches the edge, with no mark
("jointcenter-referrals@exa" / "mple.org"), and measures the rest of the word again for each
line, so one unbroken 1,000,000-letter word took minutes. Its two splitters are replaced here
(once, when the first PDF is made) by one that prefers the points where an email address, a
web link or a phone number may wrap, marks any other break with a hyphen, and measures each
letter once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

# A line may end after one of these (the character stays on the first line).
BREAK_AFTER = frozenset("@./-_?&=#:;,\\")
# The mark at the end of a line that cuts a word where none of those is near.
HYPHEN = "-"
# A sensible break is taken only if it leaves at least this share of the line filled.
MIN_FILL = 0.35


@cache
def _width(char: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(char, font, size))


def cut_points(
    chars: Sequence[str],
    widths: Sequence[float],
    first_room: float,
    room: Callable[[int], float],
    hyphen_width: float,
) -> list[tuple[int, bool]]:
    """Where to end each line of a word: (end index, needs a hyphen), the last ends the word.

    ``first_room`` is what is left on the current line (the word may start on the next one:
    an empty first piece); ``room(n)`` is the width of the n-th following line.
    """
    total = len(chars)
    if not total:
        return [(0, False)]
    cuts: list[tuple[int, bool]] = []
    start = 0
    line = 0
    available = first_room
    full = room(1)
    # Less than a third of a line left: start the word on a fresh line instead.
    if available < full * MIN_FILL or widths[0] > available:
        cuts.append((0, False))
        line = 1
        available = full
    while start < total:
        used = 0.0
        end = start
        while end < total and used + widths[end] <= available:
            used += widths[end]
            end += 1
        if end >= total:
            cuts.append((total, False))
            break
        if end == start:
            # Not even one letter fits (a very narrow column): one letter per line.
            end = start + 1
        chosen = -1
        floor = available * MIN_FILL
        width_to = used
        for index in range(end - 1, start, -1):
            if chars[index] in BREAK_AFTER and width_to >= floor:
                chosen = index + 1
                break
            width_to -= widths[index]
        if chosen > start:
            cuts.append((chosen, False))
            start = chosen
        else:
            # Room for the hyphen: give back letters until it fits.
            while end - start > 1 and used + hyphen_width > available:
                end -= 1
                used -= widths[end]
            cuts.append((end, True))
            start = end
        line += 1
        available = room(line)
    return cuts


def _split_word(
    w: str,
    line_width: float,
    max_widths: Sequence[float],
    lineno: int,
    font_name: str,
    font_size: float,
    encoding: str = "utf8",
) -> list[str]:
    from reportlab.platypus import paragraph as rl

    if isinstance(w, bytes):
        w = w.decode(encoding)
    last = len(max_widths) - 1
    widths = [_width(c, font_name, font_size) for c in w]
    cuts = cut_points(
        w,
        widths,
        max_widths[min(last, lineno)] - line_width,
        lambda n: float(max_widths[min(last, lineno + n)]),
        _width(HYPHEN, font_name, font_size),
    )
    result: list[str] = []
    start = 0
    for number, (end, hyphen) in enumerate(cuts):
        piece = w[start:end] + (HYPHEN if hyphen else "")
        kind = rl._SplitWordEnd if number == len(cuts) - 1 else rl._SplitWord
        result.append(rl.bidiStrWrap(kind(piece), w) if rl.isBidiStr(w) else kind(piece))
        start = end
    return result


def _frag_chars(w: list[Any]) -> Iterator[tuple[Any, float, str]]:
    for frag, text in w[1:]:
        if hasattr(frag, "cbDefn"):
            yield frag, float(getattr(frag.cbDefn, "width", 0)), text
        elif text:
            if isinstance(text, bytes):
                text = text.decode("utf8")
            for char in text:
                yield frag, _width(char, frag.fontName, frag.fontSize), char


def _split_frag_word(
    w: list[Any], max_width: float, max_widths: Sequence[float], lineno: int
) -> list[list[Any]]:
    from reportlab.platypus import paragraph as rl

    items = list(_frag_chars(w))
    if not items:
        return [w]
    last = len(max_widths) - 1
    first = items[0][0]
    cuts = cut_points(
        [c for _, _, c in items],
        [cw for _, cw, _ in items],
        max_width,
        lambda n: float(max_widths[min(last, lineno + n)]),
        _width(HYPHEN, first.fontName, first.fontSize),
    )
    result: list[list[Any]] = []
    start = 0
    for number, (end, hyphen) in enumerate(cuts):
        runs: list[tuple[Any, str]] = []
        width = 0.0
        for frag, char_width, char in items[start:end]:
            if runs and runs[-1][0] is frag:
                runs[-1] = (frag, runs[-1][1] + char)
            else:
                runs.append((frag, char))
            width += char_width
        if hyphen:
            frag = items[end - 1][0] if end > start else first
            width += _width(HYPHEN, frag.fontName, frag.fontSize)
            if runs and runs[-1][0] is frag:
                runs[-1] = (frag, runs[-1][1] + HYPHEN)
            else:
                runs.append((frag, HYPHEN))
        if not runs:
            runs.append((first, ""))
        parts: list[Any] = [width]
        for frag, text in runs:
            copy = frag.clone()
            if hasattr(copy, "text"):
                copy.text = text
            parts.append((copy, text))
        if number == len(cuts) - 1:
            kind = rl._SplitFragHS if isinstance(w, rl._HSFrag) else rl._SplitFragH
        else:
            kind = rl._SplitFrag
        result.append(kind(parts))
        start = end
    return result


@cache
def install() -> None:
    """Put the splitters in place (once)."""
    from reportlab.platypus import paragraph

    paragraph._splitWord = _split_word
    paragraph._splitFragWord = _split_frag_word
