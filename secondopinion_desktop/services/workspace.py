"""The window's way into the store: one long-lived session where every edit commits at once."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from secondopinion_desktop.model import Case, CaseStatus, Decision, Insurance, Person
from secondopinion_desktop.model.case_queries import case_id_of
from secondopinion_desktop.services.cases import load_case
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.storage.store import Store

T = TypeVar("T")


# The window words each of these in the person's language (ui/error_words.py).
SAVE_DISK_FULL = "save.disk_full"
SAVE_READ_ONLY = "save.read_only"
SAVE_BUSY = "save.busy"
SAVE_FAILED = "save.failed"

_SAVE_SENTENCES = {
    SAVE_DISK_FULL: (
        "The change could not be saved because the disk is full. "
        "Free some space and try again."
    ),
    SAVE_READ_ONLY: (
        "The change could not be saved because the folder that holds your information "
        "cannot be written to."
    ),
    SAVE_BUSY: (
        "The change could not be saved because another program is using the file. Try again."
    ),
    SAVE_FAILED: (
        "The change could not be saved. Your earlier information is safe; please try again."
    ),
}


def write_failure_code(exc: BaseException) -> str:
    """Which kind of write failure ``exc`` is (one of the SAVE_ codes)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text:
        return SAVE_DISK_FULL
    if "readonly" in text or "read-only" in text or "permission" in text:
        return SAVE_READ_ONLY
    if "locked" in text or "busy" in text:
        return SAVE_BUSY
    return SAVE_FAILED


def explain_write_failure(exc: BaseException) -> str:
    """One plain sentence for why a change could not be written."""
    return _SAVE_SENTENCES[write_failure_code(exc)]


def _check_length(obj: Any, attribute: str, value: str) -> None:
    """Refuse text the case file could not carry, so an export always imports again."""
    from secondopinion_desktop.services.case_file import TEXT, text_cap

    # A text the case file does not carry still keeps to the longest a file text may be.
    cap = text_cap(type(obj), attribute) or TEXT.cap
    if len(value) > cap:
        raise SaveError(
            f"This text is {len(value):,} characters long; this field holds at most {cap:,} "
            "characters. Nothing was saved; shorten it and it will be saved.",
            code="save.too_long",
            facts={"length": f"{len(value):,}", "limit": f"{cap:,}"},
        )


def save_error(exc: BaseException) -> SaveError:
    """The SaveError for a failed write: the English sentence, and the code the window words."""
    code = write_failure_code(exc)
    return SaveError(_SAVE_SENTENCES[code], code=code)


@dataclass(frozen=True)
class Change:
    """What one save changed: the object and its field or list (None when it is unknown).

    ``case_id`` is the case the object belongs to; None for a person and their medicines,
    allergies and conditions (they show in every case of that person) and for unknown changes.
    """

    obj: object | None
    field: str | None
    case_id: int | None = None

    def __post_init__(self) -> None:
        if self.case_id is None:
            object.__setattr__(self, "case_id", case_id_of(self.obj))

    def touches(self, case: Case) -> bool:
        """True if this change can show in ``case`` (its heading, its ticks, its to-do list)."""
        return self.case_id is None or self.case_id == case.id


class Workspace:
    """Holds the window's session; each method either saves completely or raises SaveError."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.session: Session = store.sessions()
        # Told of every save, with what it changed (the window refreshes only that).
        self.listeners: list[Callable[[Change], None]] = []
        self.changes_since_backup = 0

    # -- saving -------------------------------------------------------------------------
    def commit(self, change: Change | None = None) -> None:
        try:
            self.session.commit()
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            self.session.rollback()
            raise save_error(exc) from exc
        self.changes_since_backup += 1
        told = change if change is not None else Change(None, None)
        for listener in list(self.listeners):
            listener(told)

    def set(self, obj: Any, attribute: str, value: Any) -> None:
        """Change one field and save it (text longer than a case file holds is refused)."""
        if getattr(obj, attribute) == value:
            return
        if isinstance(value, str):
            _check_length(obj, attribute, value)
        setattr(obj, attribute, value)
        self.commit(Change(obj, attribute))

    def add(self, owner: Any, collection: str, item: T) -> T:
        getattr(owner, collection).append(item)
        self.commit(Change(owner, collection))
        return item

    def remove(self, owner: Any, collection: str, item: Any) -> None:
        getattr(owner, collection).remove(item)
        self.commit(Change(owner, collection))

    def move(self, owner: Any, collection: str, index: int, new_index: int) -> None:
        items = getattr(owner, collection)
        if not (0 <= index < len(items) and 0 <= new_index < len(items)):
            return
        item = items.pop(index)
        items.insert(new_index, item)
        items.reorder()
        self.commit(Change(owner, collection))

    # -- people and cases -----------------------------------------------------------------
    def people(self) -> list[Person]:
        return list(self.session.scalars(select(Person).order_by(Person.id)))

    def add_person(self, full_name: str) -> Person:
        person = Person(full_name=full_name)
        self.session.add(person)
        self.commit(Change(person, None))
        return person

    def add_case(self, person: Person, title: str) -> Case:
        case = Case(title=title, status=CaseStatus.PREPARING)
        person.cases.append(case)
        self.commit(Change(person, "cases"))
        return case

    def delete(self, obj: Person | Case) -> None:
        # Which case it was is read before the row goes.
        change = Change(obj, None, case_id=obj.id if isinstance(obj, Case) else None)
        self.session.delete(obj)
        self.commit(change)

    def case_numbers(self) -> frozenset[int] | None:
        """The numbers of every case in the store now (the command line may have added one);
        None when the store cannot be read this moment (the next save says why)."""
        try:
            return frozenset(self.session.scalars(select(Case.id)))
        except SQLAlchemyError:
            self.session.rollback()
            return None

    def case(self, case_id: int) -> Case:
        return load_case(self.session, case_id)

    def ensure_insurance(self, case: Case) -> Insurance:
        if case.insurance is None:
            case.insurance = Insurance()
            self.commit(Change(case, Case.insurance.key))
        assert case.insurance is not None
        return case.insurance

    def ensure_decision(self, case: Case) -> Decision:
        if case.decision is None:
            case.decision = Decision()
            self.commit(Change(case, Case.decision.key))
        assert case.decision is not None
        return case.decision

    def refresh(self) -> None:
        """Forget cached rows so the next read sees what other programs wrote."""
        self.session.expire_all()

    def close(self) -> None:
        with contextlib.suppress(DBAPIError):
            self.session.close()
