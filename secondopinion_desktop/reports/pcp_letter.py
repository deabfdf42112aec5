"""A one-page update to the primary care doctor: whom I saw, what was advised, what I decided."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether

from secondopinion_desktop.model.case_queries import next_appointment, primary_care_doctor
from secondopinion_desktop.model.dates import format_long_date as long_date
from secondopinion_desktop.reports.comparison import ordered
from secondopinion_desktop.reports.layout import (
    Options,
    Paragraph,
    RuledLines,
    Styles,
    build_document,
    facts,
    gap,
    joined,
    label_p,
    make_styles,
    p,
)
from secondopinion_desktop.reports.text import has_text, para

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment, Case, Opinion


def later_opinions(case: Case) -> list[Opinion]:
    """The opinions after the first one (the ones the doctor has not heard about)."""
    opinions = ordered(case)
    later = [o for i, o in enumerate(opinions) if (o.ordinal or i + 1) > 1]
    return later


def visit_with_recap(case: Case) -> Appointment | None:
    with_recap = [a for a in case.appointments if a.has_recap]
    if with_recap:
        dated = [a for a in with_recap if a.starts_at is not None]
        return max(dated, key=lambda a: a.starts_at) if dated else with_recap[-1]  # type: ignore[arg-type, return-value]
    return None


def build(case: Case, options: Options) -> bytes:
    styles = make_styles(options.large_print)
    story = letter(case, options, styles)
    return build_document(
        story, options, styles, title_key="title.pcp-letter", name=case.person.full_name
    )


def letter(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    lang = options.language
    person = case.person
    pcp = primary_care_doctor(case)
    story: list[Flowable] = [label_p(t("pcp.subject"), styles.heading)]
    story.append(label_p(f"{t('rr.date')}: {long_date(options.printed_on, lang)}", styles.body))
    if pcp is not None:
        reach = joined(
            f"{t('phone')}: {pcp.phone}" if has_text(pcp.phone) else None,
            f"{t('fax')}: {pcp.fax}" if has_text(pcp.fax) else None,
            sep="  ·  ",
        )
        to = joined(joined(pcp.name, pcp.organization), reach, sep="\n")
        story += facts([(t("rr.to"), to or None)], styles, options)
    else:
        story += facts([(t("rr.to"), None)], styles, options)
        story.append(RuledLines(1, styles.rule_gap, indent=styles.label_width))
    dob = long_date(person.date_of_birth, lang) if person.date_of_birth else None
    story += facts([(t("rr.patient"), person.full_name), (t("dob"), dob)], styles, options)
    story.append(gap(styles, 0.4))

    if pcp is not None and has_text(pcp.name):
        dear = escape(t("pcp.dear", name="{name}")).format(name=para(str(pcp.name).strip()))
        story.append(Paragraph(dear, styles.body))
    else:
        story.append(label_p(t("pcp.dear_blank"), styles.body))
    about = case.diagnosis_current if has_text(case.diagnosis_current) else case.title
    intro = escape(t("pcp.intro", diagnosis="{diagnosis}")).format(
        diagnosis=para(str(about or "").strip()) or escape(t("not_filled").lower())
    )
    story.append(Paragraph(intro, styles.body))

    opinions = later_opinions(case)
    saw: list[tuple[str, object]] = []
    advised: list[tuple[str, object]] = []
    for opinion in opinions:
        when = long_date(opinion.on, lang) if opinion.on else None
        saw.append((t("pcp.saw"), joined(opinion.doctor, when, sep=", ")))
        advised.append((t("cmp.diagnosis"), opinion.diagnosis))
        advised.append((t("pcp.recommended"), opinion.recommended_treatment))
        if has_text(opinion.other_options):
            advised.append((t("cmp.options"), opinion.other_options))
    if not opinions:
        visit = next_appointment(case)
        if visit is not None and (has_text(visit.with_doctor) or visit.starts_at):
            when = long_date(visit.starts_at.date(), lang) if visit.starts_at else None
            # Printed before the visit, the letter must not speak of it as past.
            happened = visit.has_recap or (
                visit.starts_at is not None and visit.starts_at.date() <= options.printed_on
            )
            label = t("pcp.saw") if happened else t("pcp.will_see")
            saw.append((label, joined(visit.with_doctor, when, sep=", ")))
    story.append(label_p(t("pcp.visit"), styles.subheading))
    if saw:
        story += facts(saw + advised, styles, options)
    else:
        story.append(label_p(t("pcp.nobody"), styles.note))

    story.append(label_p(t("pcp.decided"), styles.subheading))
    decision = case.decision
    if decision is not None and has_text(decision.chosen_plan):
        rows: list[tuple[str, object]] = [(t("cmp.chosen_plan"), decision.chosen_plan)]
        if has_text(decision.with_doctor):
            rows.append((t("cmp.with_doctor"), decision.with_doctor))
        if has_text(decision.why):
            rows.append((t("cmp.why"), decision.why))
        if decision.on:
            rows.append((t("cmp.decided_on"), long_date(decision.on, lang)))
        story += facts(rows, styles, options)
    else:
        story.append(label_p(t("pcp.not_yet"), styles.body))

    recap = visit_with_recap(case)
    if recap is not None:
        story.append(label_p(t("pcp.recap"), styles.subheading))
        recap_rows: list[tuple[str, object]] = []
        for key, value in (
            ("pcp.recap.diagnosis", recap.recap_diagnosis_as_understood),
            ("pcp.recap.choices", recap.recap_choices),
            ("pcp.recap.next", recap.recap_next_steps),
        ):
            if has_text(value):
                recap_rows.append((t(key), value))
        if recap_rows:
            story += facts(recap_rows, styles, options)

    story.append(gap(styles, 0.4))
    # The closing and the signature line stay together on one page.
    story.append(
        KeepTogether(
            [
                label_p(t("pcp.close"), styles.body),
                label_p(t("pcp.sincerely"), styles.body),
                RuledLines(1, styles.rule_gap * 1.3),
                p(person.full_name, styles.body),
            ]
        )
    )
    return story
