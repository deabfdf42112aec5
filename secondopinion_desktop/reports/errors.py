"""The one error the printouts raise: a plain sentence for the person."""

from __future__ import annotations


class ReportError(ValueError):
    """A printout cannot be made (no appointment for the calendar, unknown kind...)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
