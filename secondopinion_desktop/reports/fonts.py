"""The bundled DejaVu fonts: registered once with ReportLab, embedded in every PDF."""

from __future__ import annotations

from collections.abc import KeysView
from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, fixed for characters beyond U+FFFF.

    ReportLab writes such a character as five hex digits, which PDF readers reject, so an
    emoji that prints would vanish from copied or searched text. PDF wants UTF-16 there.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    lines += [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def register_fonts() -> KeysView[int]:
    """Register the fonts (once) and return the code points the regular face can draw."""
    _register()
    return drawable(REGULAR)


@cache
def _register() -> None:
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, filename in _FILES.items():
        # Not shaped: the app sets right-to-left text itself (text.py), and ReportLab shapes
        # only with HarfBuzz installed. The glyph-to-letter table ReportLab builds while
        # reading a face serves shaping alone; let go, it is about 0.7 MiB a face.
        font = TTFont(name, str(FONT_DIR / filename), shapable=False)
        font.face.glyphToChar = None
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
    )


@cache
def drawable(font: str) -> KeysView[int]:
    """The code points the face ``font`` (one of the three above) can draw.

    A view of the face's own character map, not a copy: a copy per face was about a quarter
    of a MiB each, for a question (``in``) the map answers as fast.
    """
    from reportlab.pdfbase import pdfmetrics

    if font not in _FILES:
        raise KeyError(font)
    _register()
    char_to_glyph: dict[int, int] = pdfmetrics.getFont(font).face.charToGlyph
    return char_to_glyph.keys()
