"""Which side columns (people, steps) fit beside a step page: pure arithmetic, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Column = Literal["people", "steps"]


@dataclass(frozen=True)
class Fit:
    """The columns to show; a column not shown folds into a compact chooser above the page."""

    people: bool
    steps: bool


def columns_that_fit(
    room: int, page_needs: int, people_width: int, steps_width: int, *,
    first: Column = "steps", people_wanted: bool = True, asked_needs: int | None = None,
) -> Fit:
    """Give the page the width it needs, then add columns in order while they still fit.

    ``first`` is the column the person asked for last (the steps unless they brought back the
    people list); ``people_wanted`` is False when they chose to hide the people list.
    ``asked_needs``, given when the person brought ``first`` back with its button, is what the
    pages themselves need (``page_needs`` may hold a stand-in for pages not measured yet): the
    asked column shows whenever it fits beside them, alone if need be, so its button never
    does nothing while there is room.
    """
    left = room - page_needs
    shown: set[Column] = set()
    order: tuple[Column, Column] = ("people", "steps") if first == "people" else ("steps", "people")
    for column in order:
        if column == "people" and not people_wanted:
            continue
        width = people_width if column == "people" else steps_width
        if left >= width:
            shown.add(column)
            left -= width
    wanted = first != "people" or people_wanted
    if asked_needs is not None and wanted and first not in shown:
        width = people_width if first == "people" else steps_width
        if room - asked_needs >= width:
            shown = {first}
    return Fit(people="people" in shown, steps="steps" in shown)
