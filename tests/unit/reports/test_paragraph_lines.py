"""The report Paragraph keeps the lines it broke for a width: the same lines as a fresh break."""

from __future__ import annotations

from reportlab.platypus import paragraph as rl_paragraph

from secondopinion_desktop.reports.layout import Paragraph, make_styles
from secondopinion_desktop.reports.wrapping import install

TEXT = (
    "<b>12.</b> What would you advise about the surgery at "
    "jointcenter-referrals@example.org, its risks and the recovery? "
    "<i>(Topic: treatment)</i> " + "long " * 60
)


def lines_of(paragraph: rl_paragraph.Paragraph) -> list[tuple[tuple[str, str], ...]]:
    """Each line's words with the face each is set in."""
    return [
        tuple((frag.fontName, frag.text) for frag in line.words)
        for line in paragraph.blPara.lines
    ]


def test_wrapping_again_at_a_width_gives_that_width_s_lines() -> None:
    install()
    style = make_styles(False).body
    kept = Paragraph(TEXT, style)
    wide = kept.wrap(480, 800)
    narrow = kept.wrap(200, 800)
    again = kept.wrap(480, 800)
    fresh = rl_paragraph.Paragraph(TEXT, style)
    assert again == wide == fresh.wrap(480, 800)
    assert narrow[1] > wide[1]
    assert len(kept.blPara.lines) == len(fresh.blPara.lines)
    assert lines_of(kept) == lines_of(fresh)


def test_a_split_after_a_kept_width_splits_where_a_fresh_one_does() -> None:
    install()
    style = make_styles(False).body
    kept = Paragraph(TEXT, style)
    kept.wrap(200, 800)
    kept.wrap(480, 800)
    fresh = rl_paragraph.Paragraph(TEXT, style)
    fresh.wrap(480, 800)
    room = style.leading * 3.5
    mine = kept.split(480, room)
    theirs = fresh.split(480, room)
    assert len(mine) == len(theirs) == 2
    assert [part.wrap(480, 800) for part in mine] == [part.wrap(480, 800) for part in theirs]
