"""The calendar file (.ics) for the next appointment, built with the icalendar library."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from secondopinion_desktop.model.case_queries import next_appointment, still_to_get
from secondopinion_desktop.model.catalog import label
from secondopinion_desktop.model.enums import VisitMode
from secondopinion_desktop.reports.errors import ReportError

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment, Case

VISIT_LENGTH = timedelta(hours=1)
PRODID = "-//Second Opinion Companion//secondopinion-desktop//EN"

_WORDS = {
    "en": {
        "summary": "Second opinion visit with {doctor}",
        "summary_nobody": "Second opinion visit",
        "bring": "Bring: this visit summary and your list of questions; your insurance card "
        "and photo ID; all your medicines (or a list with doses); glasses and hearing aids.",
        "missing": "Records still missing:",
        "companion": "Coming with you:",
        "video": "Video link:",
        "reminder": "Second opinion visit tomorrow",
        "no_visit": "This case has no appointment with a date yet; add the date and time "
        "of the visit first.",
    },
    "es": {
        "summary": "Consulta de segunda opinión con {doctor}",
        "summary_nobody": "Consulta de segunda opinión",
        "bring": "Lleve: este resumen y su lista de preguntas; su tarjeta del seguro y un "
        "documento con foto; todos sus medicamentos (o una lista con las dosis); gafas y "
        "audífonos.",
        "missing": "Documentos que todavía faltan:",
        "companion": "Le acompaña:",
        "video": "Enlace de video:",
        "reminder": "Mañana: consulta de segunda opinión",
        "no_visit": "Este caso todavía no tiene una cita con fecha; anote primero la fecha "
        "y la hora de la consulta.",
    },
}


def _words(language: str) -> dict[str, str]:
    return _WORDS["es" if language.startswith("es") else "en"]


# RFC 5545 text may hold no control character but the tab; a calendar may refuse a file with
# one (a NUL from a case file, an escape). Line breaks are kept: icalendar escapes them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(value: str | None) -> str:
    if not value:
        return ""
    text = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip()


def _web_address(value: str | None) -> str | None:
    """The link as a URL property, or None when it is not one web address (a URL may hold no
    line break, and icalendar refuses one that does: a case file can carry such a link)."""
    link = _clean(value)
    return link if link and not any(c.isspace() for c in link) else None


def _description(case: Case, visit: Appointment, language: str) -> str:
    words = _words(language)
    lines = [words["bring"]]
    if visit.mode == VisitMode.VIRTUAL and _clean(visit.video_link):
        lines.append(f"{words['video']} {_clean(visit.video_link)}")
    missing = [
        label(r.kind, language) + (f": {_clean(r.description)}" if _clean(r.description) else "")
        for r in case.records
        if still_to_get(r)
    ]
    if missing:
        lines.append(words["missing"] + " " + "; ".join(missing))
    companion = ", ".join(
        x for x in (_clean(visit.companion_name), _clean(visit.companion_phone)) if x
    )
    if companion:
        lines.append(f"{words['companion']} {companion}")
    return "\n".join(lines)


def build_ics(
    case: Case,
    *,
    appointment: Appointment | None = None,
    language: str = "en",
    now: datetime | None = None,
) -> bytes:
    """An .ics file with one event for ``appointment`` (default: the next one of the case).

    Raises ReportError with a plain sentence when there is no appointment with a date.
    """
    from icalendar import Alarm, Calendar, Event, vUri

    words = _words(language)
    stamp = now or datetime.now(UTC)
    visit = appointment or next_appointment(case, stamp)
    if visit is None or visit.starts_at is None:
        raise ReportError(words["no_visit"])
    start = visit.starts_at
    if start.tzinfo is None:  # the model refuses these, but a plain object might carry one
        raise ReportError(words["no_visit"])

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")

    event = Event()
    # Stable across re-exports of the same visit, so a calendar updates it instead of adding one.
    seed = f"secondopinion:{case.id}:{visit.id}:{start.isoformat()}"
    event.add("uid", f"{uuid.uuid5(uuid.NAMESPACE_URL, seed)}@secondopinion.local")
    event.add("dtstamp", stamp.astimezone(UTC))
    # Kept in UTC: every calendar reads it the same, and the offset entered is honoured.
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", (start + VISIT_LENGTH).astimezone(UTC))
    doctor = _clean(visit.with_doctor)
    event.add(
        "summary", words["summary"].format(doctor=doctor) if doctor else words["summary_nobody"]
    )
    if visit.mode == VisitMode.VIRTUAL and _clean(visit.video_link):
        event.add("location", _clean(visit.video_link))
        address = _web_address(visit.video_link)
        if address is not None:
            event.add("url", vUri(address))
    elif _clean(visit.location):
        event.add("location", _clean(visit.location))
    event.add("description", _description(case, visit, language))

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", words["reminder"])
    alarm.add("trigger", timedelta(days=-1))
    event.add_component(alarm)
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
