"""The bundled faces: what each can draw, and that ReportLab never shapes them."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from secondopinion_desktop.reports.fonts import BOLD, ITALIC, REGULAR, drawable, register_fonts


def test_the_regular_face_draws_accents_greek_cyrillic_and_hebrew() -> None:
    assert all(ord(c) in register_fonts() for c in "éñüŁΩЖש")
    assert ord("\U0001f984") not in register_fonts()  # the unicorn gets a stand-in instead


def test_the_oblique_face_lacks_arabic_which_the_regular_face_has() -> None:
    # text.para() sets such letters in the regular face: the reason drawable() is per face.
    assert ord("ب") in drawable(REGULAR)
    assert ord("ب") not in drawable(ITALIC)


def test_only_the_bundled_faces_are_asked_about() -> None:
    with pytest.raises(KeyError):
        drawable("Helvetica")


def test_the_faces_are_never_shaped() -> None:
    # The glyph-to-letter table ReportLab keeps for shaping alone is let go at registration.
    register_fonts()
    for name in (REGULAR, BOLD, ITALIC):
        font = pdfmetrics.getFont(name)
        assert font.shapable is False
        assert font.face.glyphToChar is None
