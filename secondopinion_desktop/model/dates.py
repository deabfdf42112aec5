"""Dates in plain words ("December 3, 2026" / "3 de diciembre de 2026") and reading typed dates."""

from __future__ import annotations

import re
from datetime import date, datetime, time

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def _month_number(word: str) -> int | None:
    word = word.lower().strip(".")
    if len(word) < 3:
        return None
    for names in (MONTHS_EN, MONTHS_ES):
        for number, name in enumerate(names, start=1):
            if name.lower().startswith(word):
                return number
    if word.startswith("set"):  # "setiembre", also used in Spanish
        return 9
    return None


def format_long_date(value: date | None, language: str = "en") -> str:
    """A date written out in full, never ambiguous between day-first and month-first."""
    if value is None:
        return ""
    if language.startswith("es"):
        return f"{value.day} de {MONTHS_ES[value.month - 1]} de {value.year}"
    return f"{MONTHS_EN[value.month - 1]} {value.day}, {value.year}"


def format_time(value: time | datetime, language: str = "en") -> str:
    if language.startswith("es"):
        return f"{value.hour:02d}:{value.minute:02d}"
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour}:{value.minute:02d} {suffix}"


def format_offset(value: datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_long_datetime(
    value: datetime | None, language: str = "en", *, offset: bool = True
) -> str:
    """"Thursday, December 3, 2026 at 10:30 AM (UTC-05:00)"; ``offset=False`` leaves the
    "(UTC-05:00)" out."""
    if value is None:
        return ""
    zone = f" ({format_offset(value)})" if offset else ""
    if language.startswith("es"):
        weekday = WEEKDAYS_ES[value.weekday()]
        return (
            f"{weekday}, {format_long_date(value.date(), language)} a las "
            f"{format_time(value, language)}{zone}"
        )
    weekday = WEEKDAYS_EN[value.weekday()]
    return (
        f"{weekday}, {format_long_date(value.date(), language)} at "
        f"{format_time(value, language)}{zone}"
    )


def format_when_here(value: datetime | None, language: str = "en") -> str:
    """A date and time for the window: the offset only when it is not this computer's own.

    The offset that matters is the one the computer's clock has on that day (summer time
    included), so a visit in the person's own zone reads plainly.
    """
    if value is None:
        return ""
    here = value.astimezone().utcoffset()
    return format_long_datetime(value, language, offset=value.utcoffset() != here)


class UnreadableError(ValueError):
    """Typed text that is not a date or a time: ``kind`` says which, ``text`` what was typed.

    The message is a plain sentence for the command line; the window words the same facts in
    the person's language.
    """

    def __init__(self, message: str, kind: str, text: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.text = text


# The years the app keeps, typed or read from a case file: wider than any real visit, and
# narrow enough that every printout and calendar file can write them.
FIRST_YEAR = 1900
LAST_YEAR = 2200

DATE_HELP_EN = "Write the date like December 3, 2026 (or 2026-12-03)."
DATE_HELP_ES = "Escriba la fecha así: 3 de diciembre de 2026 (o 2026-12-03)."


def parse_date(text: str, language: str = "en") -> date | None:
    """Read a date the way people write it; empty means no date. Raises ValueError plainly."""
    cleaned = " ".join(text.strip().replace(",", " ").split())
    if not cleaned:
        return None
    typed = text.strip()
    spanish = language.startswith("es")
    try:
        found = _parse_date(cleaned, language)
    except ValueError:
        help_text = DATE_HELP_ES if spanish else DATE_HELP_EN
        if spanish:
            message = f"No puedo leer '{typed}' como fecha. {help_text}"
        else:
            message = f"'{typed}' is not a date I can read. {help_text}"
        raise UnreadableError(message, "date", typed) from None
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        if spanish:
            message = (
                f"'{typed}' está fuera de los años que la aplicación guarda: escriba una fecha "
                f"entre {FIRST_YEAR} y {LAST_YEAR}."
            )
        else:
            message = (
                f"'{typed}' is outside the years this app keeps: write a date from {FIRST_YEAR} "
                f"to {LAST_YEAR}."
            )
        raise UnreadableError(message, "date_range", typed)
    return found


def _parse_date(cleaned: str, language: str) -> date:
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", cleaned)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[2]), int(numeric[3])
        if language.startswith("es"):
            return date(year, second, first)
        return date(year, first, second)
    words = [w for w in cleaned.lower().split() if w not in ("de", "del", "the", "of")]
    if len(words) == 3:
        a, b, c = words
        if a.isdigit() and c.isdigit() and (month := _month_number(b)):
            return date(int(c), month, int(a))  # 3 December 2026 / 3 de diciembre de 2026
        if b.rstrip("stndrh").isdigit() and c.isdigit() and (month := _month_number(a)):
            return date(int(c), month, int(b.rstrip("stndrh")))  # December 3rd 2026
    raise ValueError(cleaned)


TIME_HELP = "Write the time like 10:30 AM or 14:30."


def parse_time(text: str) -> time | None:
    """Read a time of day: "10:30", "10:30 am", "2 pm", "14:05". Empty means no time."""
    cleaned = text.strip().lower().replace(".", "")
    if not cleaned:
        return None
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm|a m|p m)?", cleaned)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        suffix = (match[3] or "").replace(" ", "")
        if suffix and not 1 <= hour <= 12:
            match = None
        elif suffix == "pm" and hour != 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if match and 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    typed = text.strip()
    raise UnreadableError(f"'{typed}' is not a time I can read. {TIME_HELP}", "time", typed)
