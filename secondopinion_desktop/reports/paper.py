"""Which paper size to use when none is chosen: Letter where the country uses it, else A4."""

from __future__ import annotations

import locale
import os

# Countries where US Letter is the usual office paper.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "PR", "NI", "BZ"}
)


def country_of(locale_name: str | None) -> str | None:
    """The two-letter country of a locale name such as ``es_MX.UTF-8`` (None if there is none)."""
    if not locale_name:
        return None
    base = locale_name.split(".")[0].split("@")[0]
    for sep in ("_", "-"):
        if sep in base:
            country = base.split(sep, 1)[1]
            return country.upper() if len(country) == 2 and country.isalpha() else None
    return None


def paper_for_locale(locale_name: str | None) -> str:
    """ "letter" for a locale of a Letter country or of no country (such as ``C``), else "a4"."""
    country = country_of(locale_name)
    # The letters are written for offices under US law, so with no country known (a bare C
    # locale), US Letter is the likelier paper.
    return "letter" if country is None or country in LETTER_COUNTRIES else "a4"


def default_paper(system_locale: str | None = None) -> str:
    """The paper size for this computer, from the environment's locale settings.

    ``system_locale``: the desktop's own locale name (the window passes Qt's, which Windows and
    macOS set even when no environment variable does).
    """
    # LC_PAPER is the setting meant for exactly this; Python's locale module cannot read it.
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(var)
        if value and country_of(value):
            return paper_for_locale(value)
    if country_of(system_locale):
        return paper_for_locale(system_locale)
    try:
        current = locale.getlocale()[0]
    except ValueError:
        current = None
    return paper_for_locale(current)
