"""The people and their cases at first glance: read straight from the store file, read-only.

Opening the store the full way loads SQLAlchemy and maps the model, which takes longer than
showing the empty window. The list of people and cases needs neither: after the same checks
the full open runs (the file is ours, healthy and at this version's revision), one read-only
sqlite3 query gives what the window lists, so it can be shown while the full open goes on.
Nothing here writes, and nothing here loads SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from secondopinion_desktop.storage import migrations_runner
from secondopinion_desktop.storage.errors import StoreError
from secondopinion_desktop.storage.paths import store_path
from secondopinion_desktop.storage.sqlite_files import connect_readonly
from secondopinion_desktop.storage.store_check import check_store_file


@dataclass(frozen=True)
class CaseGlance:
    """One case as the list shows it."""

    case_id: int
    title: str


@dataclass(frozen=True)
class PersonGlance:
    """One person and their cases, in the order the window lists them."""

    person_id: int
    full_name: str
    cases: tuple[CaseGlance, ...]


# People by number, each person's cases by number: the order of Workspace.people() and
# Person.cases, which the window's list follows.
_PEOPLE_AND_CASES = """
    SELECT people.id, people.full_name, cases.id, cases.title
    FROM people LEFT JOIN cases ON cases.person_id = people.id
    ORDER BY people.id, cases.id
"""


def glance_people(data_dir: Path) -> list[PersonGlance] | None:
    """The people and cases in the store in ``data_dir``, or None when this light read cannot
    stand in for the full open: no store yet, a store that is damaged, not ours, from a newer
    version or due an upgrade, or any trouble reading it. The full open then decides (and
    says plainly what is wrong); nothing is written here either way.
    """
    path = store_path(data_dir)
    if not path.is_file():
        return None
    try:
        if check_store_file(path) != migrations_runner.head_revision():
            return None
        with closing(connect_readonly(path)) as connection:
            rows = connection.execute(_PEOPLE_AND_CASES).fetchall()
    except (StoreError, sqlite3.Error, OSError, UnicodeDecodeError):
        return None
    people: dict[int, tuple[str, list[CaseGlance]]] = {}
    for person_id, full_name, case_id, title in rows:
        _, cases = people.setdefault(person_id, (full_name or "", []))
        if case_id is not None:
            cases.append(CaseGlance(case_id, title or ""))
    return [PersonGlance(pid, name, tuple(cases)) for pid, (name, cases) in people.items()]
