"""The visit summary: page one at a glance, then health, records, questions and the closing box."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from secondopinion_desktop.model.case_queries import (
    SENT_STATUSES,
    STILL_TO_GET,
    is_sent,
    members,
    next_appointment,
    primary_care_doctor,
)
from secondopinion_desktop.model.catalog import label
from secondopinion_desktop.model.dates import format_long_date as long_date
from secondopinion_desktop.model.dates import format_long_datetime as long_datetime
from secondopinion_desktop.model.enums import CareRole, RecordStatus, TriState, VisitMode
from secondopinion_desktop.reports.fonts import BOLD, ITALIC, REGULAR
from secondopinion_desktop.reports.layout import (
    LONG_VALUE,
    Options,
    Paragraph,
    RuledLines,
    Styles,
    boxed_rows,
    build_document,
    bullets,
    facts,
    gap,
    grid,
    heading,
    joined,
    keep_with_end,
    label_p,
    long_text,
    make_styles,
    p,
    usable_width,
)
from secondopinion_desktop.reports.text import has_text, para

if TYPE_CHECKING:
    from secondopinion_desktop.model import (
        Appointment,
        CareTeamMember,
        Case,
        Insurance,
        InsuranceCall,
        RecordItem,
    )


def build(case: Case, options: Options) -> bytes:
    styles = make_styles(options.large_print)
    story: list[Flowable] = []
    story += page_one(case, options, styles)
    story += details_part(case, options, styles)
    story += calls_part(case, options, styles)
    story += health_part(case, options, styles)
    story += records_part(case, options, styles)
    story += care_team_part(case, options, styles)
    story += questions_part(case, options, styles)
    # The closing box never stands alone on the last page: the last question comes along.
    story = keep_with_end(story, [gap(styles, 0.3), closing_box(options, styles)], options, styles)
    return build_document(
        story, options, styles, title_key="title.summary", name=case.person.full_name
    )


# ----- page one ------------------------------------------------------------------------------


def title_block(case: Case, options: Options, styles: Styles, title_key: str) -> list[Flowable]:
    story: list[Flowable] = [label_p(options.t(title_key), styles.title)]
    if has_text(case.title):
        before, _, after = escape(options.t("summary.subtitle", title="\x00")).partition("\x00")
        # A title can be as long as any text; in pieces, it still lays out in linear time.
        story += long_text(case.title, styles.subtitle, before=before, after=after)
    return story


def page_one(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    lang = options.language
    person = case.person
    story = title_block(case, options, styles, "title.summary")
    story.append(label_p(t("reassure"), styles.note))

    story += heading(t("who"), styles)
    dob = long_date(person.date_of_birth, lang) if person.date_of_birth else None
    reach = joined(person.phone, person.email, sep="\n")
    who: list[tuple[str, object]] = [(t("name"), person.full_name), (t("dob"), dob)]
    who.append((t("phone_email") if has_text(person.email) else t("phone"), reach))
    if options.large_print:
        # Three columns of large letters would break an email address mid-word.
        story += facts(who, styles, options)
    else:
        story.append(across(who, [0.42, 0.27, 0.31], styles, options))

    story += heading(t("appointment"), styles)
    visit = next_appointment(case)
    if visit is None:
        story.append(label_p(t("no_appointment"), styles.body))
    else:
        story += facts(appointment_rows(visit, options), styles, options)

    story += heading(t("question"), styles)
    story += question_block(case, options, styles)

    story += heading(t("insurance"), styles)
    if case.insurance is None:
        story.append(label_p(t("no_insurance"), styles.body))
    else:
        story += facts(insurance_rows(case.insurance, options), styles, options)

    story += heading(t("keep_informed"), styles)
    story += informed_block(case, options, styles)
    return story


def across(
    cells: list[tuple[str, object]], shares: list[float], styles: Styles, options: Options
) -> Table:
    """A few short facts side by side, each label above its value (saves page-one lines)."""
    widths = _widths(styles, options, shares)
    labels = [label_p(words, styles.cell_label) for words, _ in cells]
    values = [
        p(value, styles.cell) if has_text(value) else label_p(options.t("not_filled"), styles.note)
        for _, value in cells
    ]
    table = Table([labels, values], colWidths=widths, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def details_part(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    """The longer words behind page one: the person's own account and what the insurer said."""
    t = options.t
    story: list[Flowable] = []
    detailed = [r for r in case.reasons if has_text(r.detail)]
    if detailed:
        story.append(label_p(t("question.why"), styles.subheading))
        story += bullets(
            [f"{escape(label(r.code, options.language))}: {para(r.detail)}" for r in detailed],
            styles,
        )
    rows: list[tuple[str, object]] = []
    if has_text(case.in_my_words):
        rows.append((t("in_my_words"), case.in_my_words))
    insurance = case.insurance
    if insurance is not None and has_text(insurance.notes):
        rows.append((t("insurance_notes"), insurance.notes))
    if rows:
        story += facts(rows, styles, options)
    if not story:
        return []
    return [*heading(t("details"), styles), *story]


def appointment_rows(visit: Appointment, options: Options) -> list[tuple[str, object]]:
    t = options.t
    when = long_datetime(visit.starts_at, options.language) if visit.starts_at else None
    mode = visit.mode or VisitMode.IN_PERSON
    how = label(mode, options.language)
    rows: list[tuple[str, object]] = [(t("when"), when)]
    # How and where share a row ("In person: 1200 Campus Drive") to keep page one to one page.
    if mode == VisitMode.VIRTUAL:
        rows.append(
            (t("where"), f"{how}: {visit.video_link}" if has_text(visit.video_link) else how)
        )
        if has_text(visit.location):
            rows.append(("", visit.location))
    else:
        rows.append((t("where"), f"{how}: {visit.location}" if has_text(visit.location) else how))
        if has_text(visit.video_link):
            rows.append((t("video_link"), visit.video_link))
    rows.append((t("with"), visit.with_doctor))
    if visit.records_due_on:
        rows.append((t("records_due"), long_date(visit.records_due_on, options.language)))
    companion = joined(
        visit.companion_name,
        f"({visit.companion_relationship.strip()})"
        if has_text(visit.companion_relationship) and visit.companion_relationship
        else None,
        sep=" ",
    )
    companion = joined(companion, visit.companion_phone)
    rows.append((t("companion"), companion or None))
    return rows


def question_block(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    lang = options.language
    missing = escape(t("not_filled")).lower()
    sentence = escape(t("question.sentence", diagnosis="{diagnosis}", treatment="{treatment}"))
    diagnosis = (
        f"<b>{para(case.diagnosis_current, BOLD)}</b>"
        if has_text(case.diagnosis_current)
        else missing
    )
    treatment = (
        f"<b>{para(case.proposed_treatment, BOLD)}</b>"
        if has_text(case.proposed_treatment)
        else missing
    )
    parts = (case.diagnosis_current, case.proposed_treatment)
    if any(len(str(v or "")) > LONG_VALUE for v in parts):
        # One sentence of many pages would be measured again on every page: long words go
        # in labelled rows, which lay out in pieces.
        story: list[Flowable] = facts(
            [
                (t("cmp.diagnosis"), case.diagnosis_current),
                (t("proposed_treatment"), case.proposed_treatment),
            ],
            styles,
            options,
        )
    else:
        story = [Paragraph(sentence.format(diagnosis=diagnosis, treatment=treatment), styles.body)]
    if case.reasons:
        # Page one names the reasons in one line; what the person added is on page two.
        names = "; ".join(escape(label(reason.code, lang)) for reason in case.reasons)
        story.append(Paragraph(f"{escape(t('question.why'))} {names}.", styles.body))
    else:
        story.append(label_p(t("no_reasons"), styles.note))
    extra: list[tuple[str, object]] = []
    if has_text(case.diagnosed_by) and case.diagnosed_on:
        by_on = t("diagnosed.by_on", by="{by}", date=long_date(case.diagnosed_on, lang))
        extra.append((t("diagnosed"), by_on.format(by=str(case.diagnosed_by).strip())))
    elif has_text(case.diagnosed_by):
        extra.append((t("diagnosed_by"), case.diagnosed_by))
    elif case.diagnosed_on:
        extra.append((t("diagnosed_on"), long_date(case.diagnosed_on, lang)))
    if extra:
        story += facts(extra, styles, options)
    return story


def latest_call(insurance: Insurance) -> InsuranceCall | None:
    """The most recent call (by date; among undated ones, the last entered)."""
    if not insurance.calls:
        return None
    ranked = sorted(enumerate(insurance.calls), key=lambda pair: (pair[1].on or date.min, pair[0]))
    return ranked[-1][1]


def calls_in_order(insurance: Insurance) -> list[InsuranceCall]:
    """Every call, oldest first (undated ones last, in the order entered)."""
    ranked = sorted(
        enumerate(insurance.calls),
        key=lambda pair: (pair[1].on is None, pair[1].on or date.min, pair[0]),
    )
    return [call for _, call in ranked]


def calls_part(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    """The whole call log: what each call said matters if a bill is disputed."""
    t = options.t
    insurance = case.insurance
    if insurance is None or not insurance.calls:
        return []
    rows: list[list[object]] = []
    for call in calls_in_order(insurance):
        when = long_date(call.on, options.language) if call.on else t("not_filled")
        ref = call.reference_number if has_text(call.reference_number) else t("call.no_ref")
        rows.append([when, call.spoke_with, ref, call.notes])
    header = [t("call.date"), t("call.who"), t("call.ref"), t("call.said")]
    if options.large_print:
        # Four narrow columns of large letters make tall rows: who and when share one.
        header = [f"{t('call.date')}, {t('call.who').lower()}", t("call.ref"), t("call.said")]
        rows = [[joined(r[0], r[1], sep="\n"), r[2], r[3]] for r in rows]
        shares = [2.4, 2.2, 4.2]
    else:
        shares = [1.9, 1.9, 2.1, 4]
    return [
        *heading(t("calls"), styles),
        *grid(header, rows, styles, _widths(styles, options, shares), options=options),
    ]


def call_line(call: InsuranceCall, options: Options) -> str:
    t = options.t
    when = long_date(call.on, options.language) if call.on else t("not_filled")
    ref = (
        call.reference_number.strip()
        if call.reference_number and call.reference_number.strip()
        else t("call.no_ref")
    )
    if not has_text(call.spoke_with):
        return t("call.line_nobody", date=when, ref=ref)
    return t("call.line", date=when, who=str(call.spoke_with).strip(), ref=ref)


def insurance_rows(insurance: Insurance, options: Options) -> list[tuple[str, object]]:
    t = options.t
    lang = options.language
    rows: list[tuple[str, object]] = [
        (t("plan"), insurance.plan_name),
        (t("member_id"), insurance.member_id),
        (t("group_number"), insurance.group_number),
        (t("insurer_phone"), insurance.phone),
    ]
    call = latest_call(insurance)
    if call is not None:
        rows.append((t("latest_call"), call_line(call, options)))
    # Only what is known, on one line: "not known yet" four times would crowd page one.
    known = [
        f"{t(key)}: {label(value, lang)}"
        for key, value in (
            ("requires_so", insurance.requires_second_opinion),
            ("covered", insurance.second_opinion_covered),
            ("referral", insurance.referral_required),
            ("preauth", insurance.preauthorization_required),
        )
        if value is not None and value != TriState.UNKNOWN
    ]
    if known:
        rows.append((t("coverage"), ".  ".join(known) + "."))
    return rows


def doctor_line(member: CareTeamMember) -> str:
    return joined(member.name, member.specialty, member.organization)


def contact_line(member: CareTeamMember, options: Options) -> str:
    t = options.t
    parts = []
    reach = joined(
        f"{t('phone')}: {member.phone}" if has_text(member.phone) else None,
        f"{t('fax')}: {member.fax}" if has_text(member.fax) else None,
        sep="  ·  ",
    )
    if reach:
        parts.append(reach)
    if has_text(member.email):
        parts.append(f"{t('email')}: {member.email}")
    if has_text(member.address):
        parts.append(str(member.address))
    return "\n".join(parts)


def page_one_members(case: Case) -> list[CareTeamMember]:
    """The care team members page one prints in full (the PCP and those to keep informed)."""
    pcp = primary_care_doctor(case)
    chosen = [pcp] if pcp is not None else []
    return chosen + [m for m in case.care_team if m.keep_informed and m is not pcp]


def informed_block(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    pcp = primary_care_doctor(case)
    rows: list[tuple[str, object]] = []
    if pcp is not None:
        rows.append((label(CareRole.PRIMARY_CARE, options.language), doctor_line(pcp)))
        contact = contact_line(pcp, options)
        rows.append((t("contact"), contact or None))
    others = [m for m in case.care_team if m.keep_informed and m is not pcp]
    for member in others:
        rows.append((label(member.role or CareRole.OTHER, options.language), doctor_line(member)))
        contact = contact_line(member, options)
        if contact:
            rows.append(("", contact))
    # The first-opinion doctor is usually already named under "Diagnosed"; say it only once.
    for member in members(case, CareRole.FIRST_OPINION):
        if member not in others and not has_text(case.diagnosed_by):
            rows.append((t("first_opinion_doctor"), doctor_line(member)))
    story: list[Flowable] = []
    if pcp is None:
        story.append(label_p(t("no_pcp"), styles.note))
    if rows:
        story += facts(rows, styles, options)
    return story


# ----- later pages ---------------------------------------------------------------------------


def _widths(styles: Styles, options: Options, shares: list[float]) -> list[float]:
    """Column widths in proportion to ``shares``, filling the width between the margins."""
    usable = usable_width(options)
    total = sum(shares)
    return [usable * s / total for s in shares]


def health_part(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    person = case.person
    story = heading(t("health"), styles)
    story.append(label_p(t("medicines"), styles.subheading))
    if person.medications:
        story += (
            grid(
                [t("medicine"), t("dose"), t("how_often"), t("why")],
                [[m.name, m.dose, m.how_often, m.reason] for m in person.medications],
                styles,
                _widths(styles, options, [2.6, 1.9, 3.0, 2.5]),
                options=options,
            )
        )
    else:
        story.append(label_p(t("no_medicines"), styles.note))
    story.append(label_p(t("allergies"), styles.subheading))
    if person.allergies:
        story += (
            grid(
                [t("substance"), t("reaction")],
                [[a.substance, a.reaction] for a in person.allergies],
                styles,
                _widths(styles, options, [1, 1.6]),
                options=options,
            )
        )
    else:
        story.append(label_p(t("no_allergies"), styles.note))
    story.append(label_p(t("conditions"), styles.subheading))
    if person.conditions:
        story += (
            grid(
                [t("condition"), t("since")],
                [[c.name, c.since] for c in person.conditions],
                styles,
                _widths(styles, options, [2.2, 1]),
                options=options,
            )
        )
    else:
        story.append(label_p(t("no_conditions"), styles.note))
    return story


def record_status(case: Case, record: RecordItem, options: Options) -> str:
    """Where a record stands, with its deadline by law, warnings, courier and disc check."""
    t = options.t
    lang = options.language
    words = label(record.status or RecordStatus.NEEDED, lang)
    if record.sent_on:
        words += f", {long_date(record.sent_on, lang)}"
    elif record.requested_on:
        words += f", {long_date(record.requested_on, lang)}"
    if record.via is not None:
        words += f" ({label(record.via, lang)})"
    clock = record_clock_lines(case, record, options)
    # The deadline follows the request date on its line; warnings get lines of their own.
    lines = [f"{words}; {clock[0]}" if clock else words, *clock[1:]]
    if has_text(record.courier) or has_text(record.tracking_number):
        courier = t("rec.courier", courier=(record.courier or "").strip() or "?")
        if has_text(record.tracking_number):
            courier += f", {t('rec.tracking', number=(record.tracking_number or '').strip())}"
        lines.append(courier)
    if record.returned_on is not None:
        lines.append(t("rec.returned", day=long_date(record.returned_on, lang)))
    elif record.return_by is not None:
        lines.append(t("rec.return_by", day=long_date(record.return_by, lang)))
    if record.disc_checked_on is not None:
        day = long_date(record.disc_checked_on, lang)
        studies = record.disc_studies or 0
        images = str(record.disc_images or 0)
        if studies == 1:
            lines.append(t("rec.disc.one", day=day, images=images))
        else:
            lines.append(t("rec.disc", day=day, studies=str(studies), images=images))
    if has_text(record.notes):
        lines.append(record.notes or "")
    return "\n".join(lines)


def record_clock_lines(case: Case, record: RecordItem, options: Options) -> list[str]:
    """The deadline by law of an open request and the readiness panel's warnings about it."""
    from secondopinion_desktop.model.records_clock import ClockState
    from secondopinion_desktop.reports.records_follow_up import clock_of
    from secondopinion_desktop.reports.records_request import held_by_patient

    t = options.t
    lang = options.language
    status = record.status or RecordStatus.NEEDED
    # Nobody owes the person an answer for what they hold themselves.
    if is_sent(record) or held_by_patient(case, record):
        return []
    if status == RecordStatus.RECEIVED:
        return []  # listed under "In hand, not sent yet" already
    if record.received_on is not None:
        return [t("rec.received_not_sent", day=long_date(record.received_on, lang))]
    clock = clock_of(case, record, options.printed_on)
    if clock.deadline is None or clock.requested_on is None:
        return []
    due = long_date(clock.deadline, lang)
    lines = [t("rec.due.extended" if clock.extended else "rec.due", due=due)]
    if clock.state == ClockState.OVERDUE:
        holder = (record.held_by or "").strip() or t("rec.holder")
        asked = long_date(clock.requested_on, lang)
        lines.append(t("rec.overdue", holder=holder, due=due, asked=asked))
    elif clock.state == ClockState.LATE_FOR_VISIT:
        visit = next_appointment(case)
        if visit is not None and visit.starts_at is not None:
            lines.append(t("rec.late", visit=long_date(visit.starts_at.date(), lang)))
    return lines


def record_name(record: RecordItem, options: Options) -> str:
    name = label(record.kind, options.language)
    if has_text(record.description):
        name += f": {record.description}"
    return name


RECORD_GROUPS = (
    ("records.sent", tuple(SENT_STATUSES)),
    ("records.in_hand", (RecordStatus.RECEIVED,)),
    ("records.missing", tuple(STILL_TO_GET)),
    ("records.bring", tuple(STILL_TO_GET)),
)


def _in_group(case: Case, record: RecordItem, key: str, statuses: tuple[RecordStatus, ...]) -> bool:
    from secondopinion_desktop.reports.records_request import held_by_patient

    if (record.status or RecordStatus.NEEDED) not in statuses:
        return False
    # What the person holds is not missing: it is something to bring (as in the letters).
    if key == "records.missing":
        return not held_by_patient(case, record)
    if key == "records.bring":
        return held_by_patient(case, record)
    return True


def records_part(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    story = heading(t("records"), styles)
    if not case.records:
        story.append(label_p(t("no_records"), styles.note))
        return story
    for key, statuses in RECORD_GROUPS:
        chosen = [r for r in case.records if _in_group(case, r, key, statuses)]
        if not chosen and key in ("records.in_hand", "records.bring"):
            continue
        if key != "records.bring":
            story.append(label_p(t(key), styles.subheading))
        if not chosen:
            story.append(label_p(t("none_here"), styles.note))
            continue
        if key == "records.bring":
            # Nobody else holds these: one short paragraph, not a table with "held by Me".
            items = "; ".join(
                joined(record_name(r, options), r.notes if has_text(r.notes) else None)
                for r in chosen
            )
            story += long_text(items, styles.body, before=f"<b>{escape(t(key))}:</b> ")
            continue
        if options.large_print:
            # Two wider columns: who holds a record goes under its name.
            held = t("held_by")
            story += grid(
                [t("record"), t("status")],
                [
                    [
                        joined(
                            record_name(r, options),
                            f"{held}: {r.held_by}" if has_text(r.held_by) else None,
                            sep="\n",
                        ),
                        record_status(case, r, options),
                    ]
                    for r in chosen
                ],
                styles,
                _widths(styles, options, [3, 2.2]),
                options=options,
            )
            continue
        story += grid(
            [t("record"), t("held_by"), t("status")],
            [[record_name(r, options), r.held_by, record_status(case, r, options)] for r in chosen],
            styles,
            _widths(styles, options, [2.7, 1.9, 2.8]),
            options=options,
        )
    return story


def care_team_part(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    if not case.care_team:
        return [*heading(t("care_team"), styles), label_p(t("no_care_team"), styles.note)]
    # Page one already names the primary care doctor and those to keep informed.
    shown = page_one_members(case)
    rest = [m for m in case.care_team if m not in shown]
    if not rest:
        return []
    story = heading(t("care_team.rest") if shown else t("care_team"), styles)
    rows = [
        [
            label(m.role or CareRole.OTHER, options.language),
            doctor_line(m),
            contact_line(m, options),
        ]
        for m in rest
    ]
    if options.large_print:
        # Two wider columns: the contact goes under the doctor's name.
        story += grid(
            [t("role"), t("doctor")],
            [[role, joined(doctor, contact, sep="\n")] for role, doctor, contact in rows],
            styles,
            _widths(styles, options, [1.6, 4]),
            options=options,
        )
        return story
    story += grid(
        [t("role"), t("doctor"), t("contact")],
        rows,
        styles,
        _widths(styles, options, [2, 3, 3.2]),
        options=options,
    )
    return story


def question_flowables(
    number: int,
    question_text: str,
    must_ask: bool,
    options: Options,
    styles: Styles,
    *,
    topic: str | None = None,
) -> list[Flowable]:
    marker = f"<b>{escape(options.t('must_ask'))}:</b> " if must_ask else ""
    # The topic rides on the question's last line, which saves a line per question.
    after = f"  <i>({escape(options.t('topic'))}: {para(topic, ITALIC)})</i>" if topic else ""
    return long_text(question_text, styles.body, before=f"<b>{number}.</b> {marker}", after=after)


def questions_part(case: Case, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    story = heading(t("questions"), styles)
    if not case.questions:
        story.append(label_p(t("no_questions"), styles.note))
        for number in range(1, 5):
            story.append(
                KeepTogether(
                    [
                        Paragraph(f"<b>{number}.</b>", styles.body),
                        RuledLines(styles.answer_lines + 1, styles.rule_gap),
                    ]
                )
            )
        return story
    story.append(label_p(t("questions.intro"), styles.note))
    story.append(gap(styles, 0.3))
    for number, question in enumerate(case.questions, start=1):
        topic = question.topic if has_text(question.topic) else None
        block = question_flowables(
            number, question.text, question.must_ask, options, styles, topic=topic
        )
        if has_text(question.answer):
            block.append(p(f"{t('answer_noted')}: {question.answer}", styles.body))
        block.append(RuledLines(styles.answer_lines, styles.rule_gap))
        block.append(gap(styles, 0.05))
        # A question stays with its lines when it is short; a very long one flows.
        story.append(KeepTogether(block) if len(str(question.text or "")) < 600 else block[0])
        if len(str(question.text or "")) >= 600:
            story += block[1:]
    return story


def closing_box(options: Options, styles: Styles) -> Flowable:
    t = options.t
    inside: list[Flowable] = [
        label_p(t("closing"), styles.subheading),
        label_p(t("closing.intro"), styles.note),
        gap(styles, 0.4),
    ]
    for key in ("closing.q1", "closing.q2", "closing.q3"):
        inside += [label_p(t(key), styles.bold), RuledLines(2, styles.rule_gap), gap(styles, 0.3)]
    # The box travels whole with the last question (see build). Only in large print, when the
    # two together outgrow a page (a very long last question), may it split once, after its
    # first question, so neither part is ever a lone line.
    rows = [inside] if not options.large_print else [inside[:6], inside[6:]]
    return boxed_rows(rows, styles)
