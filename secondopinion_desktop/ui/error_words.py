"""The window's words for errors raised below it: each code and its facts, in the person's language.

Services and the model raise errors with an English sentence (what the command line prints), a
code and the facts of that sentence. Here the window says the same thing through Qt
translation, so a Spanish window never shows English. A code without words here falls back to
the English sentence; tests/window/test_error_words.py checks that every code raised has words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from secondopinion_desktop.storage.errors import StoreError

_FACT = re.compile(r"%([a-z]+)")


def _type_words(names: str) -> str:
    words = {
        "string": QCoreApplication.translate("ErrorWords", "text"),
        "boolean": QCoreApplication.translate("ErrorWords", "true or false"),
        "integer": QCoreApplication.translate("ErrorWords", "a whole number"),
        "number": QCoreApplication.translate("ErrorWords", "a number"),
        "array": QCoreApplication.translate("ErrorWords", "a list in square brackets"),
        "object": QCoreApplication.translate("ErrorWords", "a group of fields in curly brackets"),
    }
    joiner = QCoreApplication.translate("ErrorWords", " or ")
    return joiner.join(words.get(name, name) for name in names.split(",") if name)


def _found(facts: dict[str, str]) -> str:
    kind, value = facts.get("kind", ""), facts.get("value", "")
    if kind == "null":
        return QCoreApplication.translate("ErrorWords", "empty (null)")
    if kind == "number":
        return QCoreApplication.translate("ErrorWords", "the number %1").replace("%1", value)
    if kind == "string":
        return QCoreApplication.translate("ErrorWords", "the text %1").replace("%1", value)
    if kind == "array":
        return QCoreApplication.translate("ErrorWords", "a list")
    if kind == "object":
        return QCoreApplication.translate("ErrorWords", "a group of fields")
    return value


def _sentences() -> dict[str, str]:
    """Every code's sentence; %-names are filled from the facts of the same name."""
    return {
        # Saving (services/workspace.py, services/bundle.py).
        "save.too_long": QCoreApplication.translate(
            "ErrorWords",
            "This text is %length characters long; this field holds at most %limit characters. "
            "Nothing was saved; shorten it and it will be saved.",
        ),
        "import.not_backed_up": QCoreApplication.translate(
            "ErrorWords",
            "The case was added and is saved, but the backup after it could not be made: please "
            "check that the disk has free space and that the backups folder can be written.",
        ),
        "save.disk_full": QCoreApplication.translate(
            "ErrorWords",
            "The change could not be saved because the disk is full. Free some space and try "
            "again.",
        ),
        "save.read_only": QCoreApplication.translate(
            "ErrorWords",
            "The change could not be saved because the folder that holds your information "
            "cannot be written to.",
        ),
        "save.busy": QCoreApplication.translate(
            "ErrorWords",
            "The change could not be saved because another program is using the file. Try again.",
        ),
        "save.failed": QCoreApplication.translate(
            "ErrorWords",
            "The change could not be saved. Your earlier information is safe; please try again.",
        ),
        "import.not_saved": QCoreApplication.translate(
            "ErrorWords",
            "The case could not be saved (the store may be busy, full or read-only); nothing "
            "was added.",
        ),
        # Reading a case file (services/bundle_validate.py).
        "bundle.duplicate_field": QCoreApplication.translate(
            "ErrorWords",
            "The file names the field %field twice in one place; each field may appear only once.",
        ),
        "bundle.bad_number": QCoreApplication.translate(
            "ErrorWords", "The file is not valid JSON: %name is not a number JSON allows."
        ),
        "bundle.too_large": QCoreApplication.translate(
            "ErrorWords",
            "The file is far too large to be a case file (a case file is at most %megabytes MB).",
        ),
        "bundle.number_too_long": QCoreApplication.translate(
            "ErrorWords",
            "The file holds a number %digits digits long (%value); no field of a case file holds "
            "a number that long.",
        ),
        "bundle.too_long": QCoreApplication.translate(
            "ErrorWords",
            "%where: this text is %length characters long; a case file allows at most %limit "
            "characters here.",
        ),
        "bundle.year_out_of_range": QCoreApplication.translate(
            "ErrorWords",
            "%where: %value is in the year %year; a case file holds dates from %first to %last "
            "only.",
        ),
        "bundle.newer_field": QCoreApplication.translate(
            "ErrorWords",
            "%where: this field came with case file version 2, but the file says version 1.",
        ),
        "bundle.binary": QCoreApplication.translate(
            "ErrorWords",
            "The file is not a case file: it holds binary data (like a picture or a PDF), not "
            "text.",
        ),
        "bundle.not_utf8": QCoreApplication.translate(
            "ErrorWords",
            "The file is not a case file: it is not UTF-8 text (it may be a picture, a PDF or "
            "another binary file).",
        ),
        "bundle.empty": QCoreApplication.translate(
            "ErrorWords", "The file is empty; a case file holds the case as JSON text."
        ),
        "bundle.not_json": QCoreApplication.translate(
            "ErrorWords",
            "The file is not valid JSON (line %line, column %column), so it cannot be read as "
            "a case file.",
        ),
        "bundle.too_deep": QCoreApplication.translate(
            "ErrorWords", "The file is nested far too deeply to be a case file."
        ),
        "bundle.not_a_case_file": QCoreApplication.translate(
            "ErrorWords",
            "The file holds JSON but not a case file: a case file starts with '{' and has the "
            "fields format, version, person and case.",
        ),
        "bundle.no_format": QCoreApplication.translate(
            "ErrorWords",
            "format: this field is missing, so the file is not a Second Opinion Companion case "
            "file.",
        ),
        "bundle.wrong_format": QCoreApplication.translate(
            "ErrorWords",
            "format: %value is not 'secondopinion-case', so the file is not a Second Opinion "
            "Companion case file.",
        ),
        "bundle.newer_version": QCoreApplication.translate(
            "ErrorWords",
            "version: this case file (version %version) was made by a newer version of Second "
            "Opinion Companion; please update the app to open it.",
        ),
        "bundle.unknown_field": QCoreApplication.translate(
            "ErrorWords", "%where: this field is not part of a case file (check its spelling)."
        ),
        "bundle.required": QCoreApplication.translate(
            "ErrorWords", "%where: this field is required."
        ),
        "bundle.empty_not_one_of": QCoreApplication.translate(
            "ErrorWords", "%where: must be one of %options, not empty."
        ),
        "bundle.not_one_of": QCoreApplication.translate(
            "ErrorWords", "%where: %value is not one of %options."
        ),
        "bundle.wrong_type": QCoreApplication.translate(
            "ErrorWords", "%where: should be %expected, not %found."
        ),
        "bundle.not_const": QCoreApplication.translate(
            "ErrorWords", "%where: %value is not %expected."
        ),
        "bundle.bad_version": QCoreApplication.translate(
            "ErrorWords", "%where: %value is not a case file version (this app reads 1)."
        ),
        "bundle.less_than": QCoreApplication.translate(
            "ErrorWords", "%where: %value is less than %limit."
        ),
        "bundle.more_than": QCoreApplication.translate(
            "ErrorWords", "%where: %value is more than %limit."
        ),
        "bundle.no_offset": QCoreApplication.translate(
            "ErrorWords",
            "%where: %value has no time-zone offset; write the date and time with its offset, "
            "like 2026-03-12T09:30:00-05:00.",
        ),
        "bundle.not_datetime": QCoreApplication.translate(
            "ErrorWords",
            "%where: %value is not a date and time written like 2026-03-12T09:30:00-05:00 "
            "(with its time-zone offset).",
        ),
        "bundle.not_date": QCoreApplication.translate(
            "ErrorWords", "%where: %value is not a date written as YYYY-MM-DD, like 2026-03-12."
        ),
        "bundle.not_as_expected": QCoreApplication.translate(
            "ErrorWords", "%where: %value is not written the expected way."
        ),
        "bundle.other": QCoreApplication.translate(
            "ErrorWords", "%where: this value is not allowed here."
        ),
        "bundle.broken_character": QCoreApplication.translate(
            "ErrorWords",
            "%where: the text holds a broken character (a lone surrogate) that cannot be saved.",
        ),
        "bundle.not_calendar_date": QCoreApplication.translate(
            "ErrorWords", "%where: %value is not a real date on the calendar."
        ),
        "bundle.not_real_datetime": QCoreApplication.translate(
            "ErrorWords",
            "%where: %value is not a real date and time (check the day, the hour and the "
            "time-zone offset).",
        ),
        # Typing into a date or time field (model/dates.py).
        "unreadable.date": QCoreApplication.translate(
            "ErrorWords",
            "%text is not a date I can read. Write the date like December 3, 2026 (or 2026-12-03).",
        ),
        "unreadable.date_range": QCoreApplication.translate(
            "ErrorWords",
            "%text is outside the years this app keeps: write a date from 1900 to 2200.",
        ),
        "unreadable.time": QCoreApplication.translate(
            "ErrorWords", "%text is not a time I can read. Write the time like 10:30 AM or 14:30."
        ),
    }


def _fill(sentence: str, facts: dict[str, str]) -> str:
    # One pass: a fact that itself holds "%where" (typed by someone) is never filled again.
    return _FACT.sub(lambda match: facts.get(match[1], match[0]), sentence)


def words_for(code: str, facts: dict[str, str], english: str) -> str:
    """The sentence for ``code`` in the window's language, or ``english`` for an unknown code."""
    sentence = _sentences().get(code)
    if sentence is None:
        return english
    facts = dict(facts)
    if code == "bundle.wrong_type":
        facts["expected"] = _type_words(facts.get("expected", ""))
        facts["found"] = _found(facts)
    return _fill(sentence, facts)


def store_error_words(exc: StoreError) -> str:
    """What to tell the person about a SaveError, BundleError or other StoreError."""
    return words_for(exc.code, exc.facts, exc.message)


def value_error_words(exc: ValueError) -> str:
    """What to tell the person about a value a field could not read."""
    from secondopinion_desktop.model.dates import UnreadableError

    if isinstance(exc, UnreadableError):
        return words_for(f"unreadable.{exc.kind}", {"text": f"'{exc.text}'"}, str(exc))
    return str(exc)


def _damage_sentences() -> dict[str, str]:
    """The damaged- and newer-store paragraphs (storage/damage_report.py) by code."""
    damaged = QCoreApplication.translate(
        "ErrorWords",
        "Your saved information at %store could not be opened because %problem. Nothing has "
        "been changed or deleted; the file is still there.",
    )
    newer = QCoreApplication.translate(
        "ErrorWords",
        "Your saved information at %store was made by a newer version of Second Opinion "
        "Companion. Please install the newer version to open it; the file has been left "
        "exactly as it was.",
    )
    return {
        "store.damaged": damaged + " " + QCoreApplication.translate(
            "ErrorWords",
            "The newest good backup is from %when%cases. You can restore it, open a different "
            "folder, or quit.",
        ),
        "store.damaged_no_backup": damaged + " " + QCoreApplication.translate(
            "ErrorWords",
            "There is no backup to bring back. You can open a different folder, or quit and "
            "keep the file as it is.",
        ),
        "store.newer": newer + " " + QCoreApplication.translate(
            "ErrorWords",
            "If you would rather go on with this version, the newest backup it can open is from "
            "%when%cases. You can restore it (what is there now is kept), open a different "
            "folder, or quit.",
        ),
        "store.newer_no_backup": newer + " " + QCoreApplication.translate(
            "ErrorWords",
            "There is no backup that this version can open. You can open a different folder, "
            "or quit and keep the file as it is.",
        ),
    }


def _problems() -> dict[str, str]:
    """What the store check found (storage/preflight.py), by the key the report carries."""
    return {
        "empty": QCoreApplication.translate("ErrorWords", "the file is empty"),
        "cut_short": QCoreApplication.translate("ErrorWords", "the file is cut short"),
        "not_ours": QCoreApplication.translate(
            "ErrorWords", "the file is not a Second Opinion Companion store"
        ),
        "foreign": QCoreApplication.translate(
            "ErrorWords",
            "the file is not a Second Opinion Companion store (it belongs to another program)",
        ),
        "damaged": QCoreApplication.translate(
            "ErrorWords", "SQLite could not read the file; it is damaged"
        ),
        "check_found_damage": QCoreApplication.translate(
            "ErrorWords", "SQLite's own check found damage inside the file"
        ),
        "missing_part": QCoreApplication.translate(
            "ErrorWords", "a part of the file is missing (a table is gone)"
        ),
        "bad_text": QCoreApplication.translate(
            "ErrorWords", "some of the text inside the file is damaged"
        ),
        "bad_version": QCoreApplication.translate(
            "ErrorWords", "the file's version record is damaged"
        ),
    }


def damage_words(code: str, facts: dict[str, str], when: str | None, english: str) -> str:
    """The damaged- or newer-store paragraph in the window's language; ``when``: the newest
    backup's date, already written in it. ``english`` when the code or problem is unknown."""
    sentence = _damage_sentences().get(code)
    if sentence is None:
        return english
    filled = dict(facts)
    if "problem" in facts:
        problem = _problems().get(facts["problem"])
        if problem is None:
            return english
        filled["problem"] = problem
    filled["when"] = when or ""
    cases = facts.get("cases")
    if cases is None:
        filled["cases"] = ""
    elif cases == "1":
        filled["cases"] = QCoreApplication.translate("ErrorWords", ", holding 1 case")
    else:
        filled["cases"] = QCoreApplication.translate("ErrorWords", ", holding %1 cases").replace(
            "%1", cases
        )
    return _fill(sentence, filled)


def has_words(code: str) -> bool:
    """True when the window can word ``code`` itself (used by the tests)."""
    return code in _sentences()
