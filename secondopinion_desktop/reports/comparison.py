"""Opinions side by side, with a plain note toward a third opinion when they disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Table, TableStyle

from secondopinion_desktop.model.catalog import label
from secondopinion_desktop.model.dates import format_long_date as long_date
from secondopinion_desktop.model.enums import Comparison
from secondopinion_desktop.reports.fonts import REGULAR
from secondopinion_desktop.reports.layout import (
    GRID,
    SHADE,
    Options,
    Styles,
    boxed,
    build_document,
    facts,
    gap,
    heading,
    label_p,
    make_styles,
    p,
    usable_width,
)
from secondopinion_desktop.reports.summary import title_block

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case, Opinion


def _normal(text: str | None) -> str:
    return " ".join((text or "").casefold().replace(".", " ").split())


def opinions_disagree(opinions: list[Opinion]) -> bool:
    """True when any opinion differs from the first, or the diagnoses are not the same."""
    if any(o.compared_to_first == Comparison.CHANGED for o in opinions):
        return True
    diagnoses = {_normal(o.diagnosis) for o in opinions if _normal(o.diagnosis)}
    return len(diagnoses) > 1


def ordered(case: Case) -> list[Opinion]:
    return [
        o
        for _, o in sorted(
            enumerate(case.opinions), key=lambda pair: (pair[1].ordinal or pair[0] + 1, pair[0])
        )
    ]


def build(case: Case, options: Options) -> bytes:
    styles = make_styles(options.large_print)
    t = options.t
    story: list[Flowable] = title_block(case, options, styles, "title.comparison")
    opinions = ordered(case)
    if not opinions:
        story.append(label_p(t("cmp.none"), styles.body))
    else:
        per_table = 2 if options.large_print else 3
        for start in range(0, len(opinions), per_table):
            story.append(side_by_side(opinions[start : start + per_table], start, options, styles))
            story.append(gap(styles, 0.6))
        if len(opinions) == 1:
            story.append(label_p(t("cmp.one"), styles.body))
        elif opinions_disagree(opinions):
            story.append(boxed([label_p(t("cmp.disagree"), styles.bold)], styles))
        else:
            story.append(label_p(t("cmp.agree"), styles.body))
    decision = case.decision
    if decision is not None and any(
        (decision.chosen_plan, decision.with_doctor, decision.why, decision.on)
    ):
        story += heading(t("cmp.decision"), styles)
        story += facts(
            [
                (t("cmp.chosen_plan"), decision.chosen_plan),
                (t("cmp.with_doctor"), decision.with_doctor),
                (t("cmp.why"), decision.why),
                (
                    t("cmp.decided_on"),
                    long_date(decision.on, options.language) if decision.on else None,
                ),
            ],
            styles,
            options,
        )
    return build_document(
        story, options, styles, title_key="title.comparison", name=case.person.full_name
    )


def side_by_side(opinions: list[Opinion], offset: int, options: Options, styles: Styles) -> Table:
    t = options.t
    lang = options.language
    header: list[Flowable] = [label_p("", styles.cell_label)]
    header += [
        label_p(t("cmp.opinion", n=str(o.ordinal or offset + i + 1)), styles.cell_label)
        for i, o in enumerate(opinions)
    ]

    def compared(o: Opinion, index: int) -> str:
        if o.compared_to_first is not None:
            return label(o.compared_to_first, lang)
        return t("cmp.first") if offset + index == 0 else ""

    rows: list[tuple[str, list[object]]] = [
        (t("cmp.doctor"), [o.doctor for o in opinions]),
        (t("cmp.date"), [long_date(o.on, lang) if o.on else None for o in opinions]),
        (t("cmp.diagnosis"), [o.diagnosis for o in opinions]),
        (t("cmp.treatment"), [o.recommended_treatment for o in opinions]),
        (t("cmp.options"), [o.other_options for o in opinions]),
        (t("cmp.compared"), [compared(o, i) for i, o in enumerate(opinions)]),
        (t("cmp.notes"), [o.notes for o in opinions]),
    ]
    data: list[list[Flowable]] = [header]
    for row_label, values in rows:
        data.append([label_p(row_label, styles.cell_label)] + [p(v, styles.cell) for v in values])
    label_width = styles.label_width * 0.85
    # Fixed widths: left to itself, ReportLab sizes columns by their longest word, and a
    # 5,000-letter word would squeeze the others to nothing.
    opinion_width = (usable_width(options) - label_width) / len(opinions)
    table = Table(
        data,
        colWidths=[label_width] + [opinion_width] * len(opinions),
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
