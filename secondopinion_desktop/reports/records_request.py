"""Letters asking for records: one per record holder, under the HIPAA right of access."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from secondopinion_desktop.model.case_queries import second_opinion_doctor, still_to_get
from secondopinion_desktop.model.catalog import label
from secondopinion_desktop.model.dates import format_long_date as long_date
from secondopinion_desktop.model.enums import RecordKind
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
from secondopinion_desktop.reports.text import has_text, para

if TYPE_CHECKING:
    from secondopinion_desktop.model import CareTeamMember, Case, RecordItem

# How people write that they hold a record themselves (compared without case or spaces).
PATIENT_WORDS = frozenset(
    {
        "me", "myself", "self", "i", "i do", "patient", "the patient", "at home", "home",
        "mine", "my copy", "yo", "mí", "mi", "yo mismo", "yo misma", "el paciente",
        "la paciente", "en casa", "mío", "mía",
    }
)


def _folded(words: str) -> str:
    return " ".join(words.casefold().replace(".", " ").split())


def held_by_patient(case: Case, record: RecordItem) -> bool:
    """True when the person holds this record: nobody to write to, something to bring."""
    holder = _folded(record.held_by or "")
    if not holder:
        return False
    name = _folded(case.person.full_name or "") if case.person is not None else ""
    return holder in PATIENT_WORDS or (bool(name) and holder == name)


def letters_wanted(case: Case) -> list[tuple[str | None, list[RecordItem]]]:
    """(holder, records) for each letter, in the order holders first appear.

    Records still to get are asked for; if every record is already in hand, one letter per
    holder of all records is still offered (people reprint a lost letter). No records at all:
    one letter with lines to fill in. Records the person holds get no letter (see to_bring).
    """
    others = [r for r in case.records if not held_by_patient(case, r)]
    wanted = [r for r in others if still_to_get(r)]
    chosen = wanted or others
    groups: dict[str, tuple[str | None, list[RecordItem]]] = {}
    for record in chosen:
        holder = record.held_by.strip() if record.held_by and record.held_by.strip() else None
        key = " ".join(holder.casefold().split()) if holder else ""
        groups.setdefault(key, (holder, []))[1].append(record)
    return list(groups.values()) or [(None, [])]


def _holder_details(case: Case, holder: str | None) -> CareTeamMember | None:
    """The care-team entry whose name or organisation is this holder, for its address."""
    if not holder:
        return None
    wanted = holder.casefold()
    for member in case.care_team:
        for value in (member.organization, member.name):
            if value and value.strip().casefold() == wanted:
                return member
    return None


def to_bring(case: Case) -> list[RecordItem]:
    """Records the person holds and has not sent yet: to bring along."""
    return [
        r
        for r in case.records
        if held_by_patient(case, r) and still_to_get(r)
    ]


def build(case: Case, options: Options) -> bytes:
    styles = make_styles(options.large_print)
    story: list[Flowable] = []
    for index, (holder, records) in enumerate(letters_wanted(case)):
        if index:
            story.append(PageBreak())
        # Each letter goes to a different office: it starts a page and numbers its own.
        story.append(NewNumbering())
        story += letter(case, holder, records, options, styles)
    bring = to_bring(case)
    if bring:
        story += [PageBreak(), NewNumbering(), *bring_list(bring, options, styles)]
    return build_document(
        story, options, styles, title_key="title.records-request", name=case.person.full_name
    )


def _address_block(member: CareTeamMember | None, options: Options) -> str:
    if member is None:
        return ""
    t = options.t
    return "\n".join(
        x
        for x in (
            member.address.strip() if member.address else "",
            f"{t('phone')}: {member.phone.strip()}"
            if has_text(member.phone) and member.phone
            else "",
            f"{t('fax')}: {member.fax.strip()}" if has_text(member.fax) and member.fax else "",
        )
        if x
    )


def addressee_and_patient(
    case: Case, holder: str | None, options: Options, styles: Styles
) -> list[Flowable]:
    """A records letter's "To" (ruled lines to write on when the address is not known), whose
    records they are, and the greeting: the same in the request and the follow-up."""
    t = options.t
    person = case.person
    details = _address_block(_holder_details(case, holder), options)
    to_lines = holder or t("rr.records_office")
    story = facts([(t("rr.to"), joined(to_lines, details, sep="\n"))], styles, options)
    if not holder or not details:
        story.append(RuledLines(2, styles.rule_gap, indent=styles.label_width))
    born = long_date(person.date_of_birth, options.language) if person.date_of_birth else None
    story.append(gap(styles, 0.3))
    story += facts(
        [
            (t("rr.patient"), person.full_name),
            (t("dob"), born),
            (t("phone"), person.phone),
            (t("email"), person.email),
        ],
        styles,
        options,
    )
    story.append(gap(styles, 0.3))
    story.append(label_p(t("rr.greeting"), styles.body))
    return story


def letter(
    case: Case,
    holder: str | None,
    records: list[RecordItem],
    options: Options,
    styles: Styles,
) -> list[Flowable]:
    t = options.t
    lang = options.language
    person = case.person
    story: list[Flowable] = [label_p(t("rr.subject"), styles.heading)]
    story.append(label_p(f"{t('rr.date')}: {long_date(options.printed_on, lang)}", styles.body))

    story += addressee_and_patient(case, holder, options, styles)
    story.append(label_p(t("rr.body"), styles.body))

    story.append(label_p(t("rr.wanted"), styles.subheading))
    if records:
        items = []
        for record in records:
            words = escape(label(record.kind, lang))
            if has_text(record.description):
                words += f": {para(record.description)}"
            items.append(words)
        story += bullets(items, styles)
    else:
        story.append(label_p(t("rr.fill_in"), styles.note))
        story.append(RuledLines(4, styles.rule_gap))

    story.append(label_p(t("rr.format"), styles.subheading))
    kinds = {r.kind for r in records}
    story.append(label_p(t("rr.format.general"), styles.body))
    if RecordKind.IMAGING_DISC in kinds or RecordKind.IMAGING_REPORT in kinds or not records:
        story.append(label_p(t("rr.format.disc"), styles.body))
    slides = RecordKind.PATHOLOGY_SLIDES in kinds
    if slides:
        story.append(label_p(t("rr.format.slides"), styles.body))
        slide_records = [r for r in records if r.kind == RecordKind.PATHOLOGY_SLIDES]
        known = [
            joined((r.courier or "").strip(), (r.tracking_number or "").strip())
            for r in slide_records
            if has_text(r.courier) or has_text(r.tracking_number)
        ]
        if known:
            story += facts([(t("rr.courier.short"), "\n".join(known))], styles, options)
        else:
            story.append(write_in([t("rr.courier")], styles))
        # Slides are the holder's: say when they will come back, or ask by when they must.
        return_dates = [r.return_by for r in slide_records if r.return_by is not None]
        if return_dates:
            day = long_date(min(return_dates), lang)
            story.append(label_p(t("rr.slides.return_by", day=day), styles.body))
        else:
            story.append(label_p(t("rr.slides.return"), styles.body))
            story.append(RuledLines(1, styles.rule_gap))

    story.append(label_p(t("rr.send_to"), styles.subheading))
    doctor = second_opinion_doctor(case)
    if doctor is not None:
        name = joined(doctor.name, doctor.specialty, doctor.organization)
        story.append(p(joined(name, _address_block(doctor, options), sep="\n"), styles.body))
        if not has_text(doctor.address):
            story.append(RuledLines(2, styles.rule_gap))
    else:
        story.append(label_p(t("rr.send_to_blank"), styles.note))
        story.append(RuledLines(3, styles.rule_gap))
    story.append(label_p(t("rr.copy_me"), styles.body))

    # The closing and signature stay together, and with the sentence before them, so a
    # signature never stands alone on a page.
    closing: list[Flowable] = [
        label_p(t("rr.law"), styles.body),
        label_p(t("rr.thanks"), styles.body),
    ]
    lines = [t("rr.signature"), t("rr.date")]
    if slides:
        lines.append(t("rr.authorization"))
    closing.append(write_in(lines, styles))
    closing.append(gap(styles, 0.2))
    closing += facts([(t("rr.printed_name"), person.full_name)], styles, options)
    story.append(KeepTogether(closing))
    return story


def bring_list(records: list[RecordItem], options: Options, styles: Styles) -> list[Flowable]:
    """The records the person holds, as a list of things to bring (no letter to oneself)."""
    t = options.t
    lang = options.language
    items = []
    for record in records:
        words = escape(label(record.kind, lang))
        if has_text(record.description):
            words += f": {para(record.description)}"
        if has_text(record.notes):
            words += f" ({para(record.notes)})"
        items.append(words)
    return [
        label_p(t("rr.bring"), styles.heading),
        label_p(t("rr.bring.intro"), styles.body),
        *bullets(items, styles),
    ]
