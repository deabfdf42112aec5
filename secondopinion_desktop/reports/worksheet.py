"""The blank worksheet: the visit summary's shape with empty lines, for filling in by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from secondopinion_desktop.model.catalog import label
from secondopinion_desktop.model.enums import ReasonCode, RecordKind
from secondopinion_desktop.reports.layout import (
    Options,
    Paragraph,
    RuledLines,
    Styles,
    build_document,
    gap,
    grid,
    heading,
    label_p,
    make_styles,
    write_in,
)
from secondopinion_desktop.reports.summary import _widths, closing_box
from secondopinion_desktop.reports.text import para

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case

BOX = "☐"


def _ticks(lead: Flowable, words: list[str], styles: Styles) -> list[Flowable]:
    """A checklist under its lead line, never breaking off one item alone at either end."""
    big = styles.body.fontSize * 1.3
    boxes = [
        Paragraph(f'<font size="{big:.0f}">{BOX}</font>  {para(w)}', styles.body) for w in words
    ]
    # In large print a page break often falls inside a list: the lead keeps its first three
    # items, and the last two stay together.
    return [KeepTogether([lead, *boxes[:3]]), *boxes[3:-2], KeepTogether(boxes[-2:])]


def build(case: Case, options: Options) -> bytes:
    styles = make_styles(options.large_print)
    t = options.t
    lang = options.language
    story: list[Flowable] = [label_p(t("title.blank-worksheet"), styles.title)]
    story.append(label_p(t("ws.intro"), styles.note))
    story.append(label_p(t("reassure"), styles.note))

    story += heading(t("who"), styles)
    story.append(write_in([t("name"), t("dob"), t("phone")], styles))
    story += heading(t("appointment"), styles)
    story.append(write_in([t("when"), t("where"), t("with"), t("companion")], styles))
    story += heading(t("question"), styles)
    story.append(write_in([t("cmp.diagnosis"), t("diagnosed_by"), t("cmp.treatment")], styles))
    story.append(gap(styles, 0.4))
    story += _ticks(
        label_p(t("ws.check_reasons"), styles.bold),
        [label(code, lang) for code in ReasonCode],
        styles,
    )
    story += heading(t("insurance"), styles)
    story.append(
        write_in(
            [t("plan"), t("member_id"), t("group_number"), t("insurer_phone"), t("latest_call")],
            styles,
        )
    )
    story += heading(t("keep_informed"), styles)
    story.append(write_in([label_pcp(lang), f"{t('phone')}, {t('fax').lower()}"], styles))

    story += heading(t("health"), styles)
    rows = 6 if options.large_print else 8
    story.append(label_p(t("medicines"), styles.subheading))
    story += (
        grid(
            [t("medicine"), t("dose"), t("how_often"), t("why")],
            [["", "", "", ""] for _ in range(rows)],
            styles,
            _widths(styles, options, [3, 2, 2.2, 2.8]),
            row_height=styles.rule_gap * 1.1,
        )
    )
    story.append(label_p(t("allergies"), styles.subheading))
    story += (
        grid(
            [t("substance"), t("reaction")],
            [["", ""] for _ in range(3)],
            styles,
            _widths(styles, options, [1, 1.6]),
            row_height=styles.rule_gap * 1.1,
        )
    )
    story.append(label_p(t("conditions"), styles.subheading))
    story.append(RuledLines(3, styles.rule_gap))

    story += heading(t("records"), styles)
    story += _ticks(
        label_p(t("ws.records_check"), styles.bold),
        [label(kind, lang) for kind in RecordKind],
        styles,
    )

    story += heading(t("questions"), styles)
    story.append(label_p(t("ws.suggested"), styles.subheading))
    for number, key in enumerate(("ws.sq1", "ws.sq2", "ws.sq3", "ws.sq4"), start=1):
        story.append(
            KeepTogether(
                [
                    Paragraph(f"<b>{number}.</b> {para(t(key))}", styles.body),
                    RuledLines(2, styles.rule_gap),
                    gap(styles, 0.3),
                ]
            )
        )
    story.append(label_p(t("ws.my_questions"), styles.subheading))
    for number in range(5, 11):
        story.append(
            KeepTogether(
                [
                    Paragraph(f"<b>{number}.</b>", styles.body),
                    RuledLines(3, styles.rule_gap),
                    gap(styles, 0.3),
                ]
            )
        )
    story.append(gap(styles, 0.5))
    story.append(closing_box(options, styles))
    name = case.person.full_name if case.person is not None else ""
    return build_document(story, options, styles, title_key="title.blank-worksheet", name=name)


def label_pcp(language: str) -> str:
    from secondopinion_desktop.model.enums import CareRole

    return label(CareRole.PRIMARY_CARE, language)
