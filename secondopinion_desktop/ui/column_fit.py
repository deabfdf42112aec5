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
    first: Column = "steps", people_wanted: bool = True,
) -> Fit:
    """Give the page the width it needs, then add columns in order while they still fit.

    ``first`` is the column the person asked for last (the steps unless they brought back the
    people list); ``people_wanted`` is False when they chose to hide the people list.
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
    return Fit(people="people" in shown, steps="steps" in shown)
