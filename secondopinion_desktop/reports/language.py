"""Which language to print in when none is chosen: Spanish for a Spanish locale, else English."""

from __future__ import annotations

import locale
import os


def default_language() -> str:
    """ "es" when the computer's language is Spanish, otherwise "en"."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "es" if value.lower().startswith("es") else "en"
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    return "es" if current.lower().startswith("es") else "en"
