"""Follow-up letters: one to each records holder whose deadline by law has passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from secondopinion_desktop.model.case_queries import (
    is_answered,
    next_appointment,
    second_opinion_doctor,
)
from secondopinion_desktop.model.catalog import label
from secondopinion_desktop.model.dates import format_long_date as long_date
from secondopinion_desktop.model.records_clock import ClockState, RequestClock, request_clock
from secondopinion_desktop.reports.errors import ReportError
from secondopinion_desktop.reports.layout import (
    NewNumbering,
    Options,
    RuledLines,
    Styles,
    build_document,
    bullets,
    facts,
    gap,
    joined,
    label_p,
    make_styles,
    p,
    write_in,
)
from secondopinion_desktop.reports.records_request import (
    _address_block,
    addressee_and_patient,
    held_by_patient,
)
from secondopinion_desktop.reports.text import has_text, para

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case, RecordItem

def needed_by(case: Case) -> date | None:
    """When the records are due for the visit: its records date, else the visit's day."""
    visit = next_appointment(case)
    if visit is None:
        return None
    if visit.records_due_on is not None:
        return visit.records_due_on
    return visit.starts_at.date() if visit.starts_at is not None else None


def clock_of(case: Case, record: RecordItem, today: date) -> RequestClock:
    """The record's request against the law's deadline, as the readiness panel sees it."""
    received = record.received_on
    # Records already passed on need no chasing, whatever their dates say.
    if received is None and is_answered(record):
        # Sent on or in hand without a date: answered all the same.
        received = record.sent_on or record.requested_on
    return request_clock(
        requested_on=record.requested_on,
        received_on=received,
        today=today,
        notice_on=record.extension_notice_on,
        extended_until=record.extended_until,
        needed_by=needed_by(case),
    )


@dataclass(frozen=True)
class Overdue:
    """One holder to write to again: its records, the first request and the deadline missed."""

    holder: str
    records: list[RecordItem]
    first_requested_on: date
    deadline: date
    extended: bool


def overdue_holders(case: Case, today: date) -> list[Overdue]:
    """Each holder (never the person) with a request past its deadline, in order of entry."""
    groups: dict[str, list[tuple[RecordItem, RequestClock]]] = {}
    names: dict[str, str] = {}
    for record in case.records:
        if held_by_patient(case, record) or not has_text(record.held_by):
            continue
        clock = clock_of(case, record, today)
        if clock.state != ClockState.OVERDUE:
            continue
        holder = (record.held_by or "").strip()
        key = " ".join(holder.casefold().split())
        names.setdefault(key, holder)
        groups.setdefault(key, []).append((record, clock))
    found: list[Overdue] = []
    for key, pairs in groups.items():
        first = min(pairs, key=lambda pair: pair[1].requested_on or today)
        found.append(
            Overdue(
                holder=names[key],
                records=[record for record, _ in pairs],
                first_requested_on=first[1].requested_on or today,
                deadline=first[1].deadline or today,
                extended=first[1].extended,
            )
        )
    return found


def build(case: Case, options: Options) -> bytes:
    chase = overdue_holders(case, options.printed_on)
    if not chase:
        raise ReportError(options.t("fu.nothing"))
    styles = make_styles(options.large_print)
    story: list[Flowable] = []
    for index, overdue in enumerate(chase):
        if index:
            story.append(PageBreak())
        # Each letter goes to a different office: it starts a page and numbers its own.
        story.append(NewNumbering())
        story += letter(case, overdue, options, styles)
    return build_document(
        story, options, styles, title_key="title.records-follow-up", name=case.person.full_name
    )


def letter(case: Case, overdue: Overdue, options: Options, styles: Styles) -> list[Flowable]:
    t = options.t
    lang = options.language
    person = case.person
    asked = long_date(overdue.first_requested_on, lang)
    due = long_date(overdue.deadline, lang)
    story: list[Flowable] = [label_p(t("fu.subject", asked=asked), styles.heading)]
    story.append(label_p(f"{t('rr.date')}: {long_date(options.printed_on, lang)}", styles.body))
    story += addressee_and_patient(case, overdue.holder, options, styles)
    story.append(label_p(t("fu.body", asked=asked), styles.body))
    deadline_key = "fu.deadline.extended" if overdue.extended else "fu.deadline"
    story.append(label_p(t(deadline_key, due=due), styles.body))

    story.append(label_p(t("fu.wanted"), styles.subheading))
    items = []
    for record in overdue.records:
        words = escape(label(record.kind, lang))
        if has_text(record.description):
            words += f": {para(record.description)}"
        if record.requested_on is not None and record.requested_on != overdue.first_requested_on:
            words += escape(f" ({t('fu.asked_on', asked=long_date(record.requested_on, lang))})")
        items.append(words)
    story += bullets(items, styles)

    story.append(label_p(t("fu.law.heading"), styles.subheading))
    story.append(label_p(t("fu.law.time"), styles.body))
    story.append(label_p(t("fu.law.format"), styles.body))
    story.append(label_p(t("fu.law.fees"), styles.body))

    story.append(label_p(t("rr.send_to"), styles.subheading))
    doctor = second_opinion_doctor(case)
    if doctor is not None:
        name = joined(doctor.name, doctor.specialty, doctor.organization)
        story.append(p(joined(name, _address_block(doctor, options), sep="\n"), styles.body))
        if not has_text(doctor.address):
            story.append(RuledLines(2, styles.rule_gap))
    else:
        story.append(label_p(t("fu.send_to_me"), styles.body))
        story.append(p(joined(person.full_name, person.phone, person.email, sep="\n"), styles.body))
    # The closing and signature stay together so a signature never stands alone on a page.
    closing: list[Flowable] = [
        label_p(t("fu.closing"), styles.body),
        label_p(t("rr.thanks"), styles.body),
        write_in([t("rr.signature"), t("rr.date")], styles),
        gap(styles, 0.2),
        *facts([(t("rr.printed_name"), person.full_name)], styles, options),
    ]
    story.append(KeepTogether(closing))
    return story
