"""Inputs that save themselves: after a pause in typing, on leaving, and never dropping text."""

from __future__ import annotations

from datetime import date

from page_context import Context
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from secondopinion_desktop.model import Case, Person
from secondopinion_desktop.storage.store import Store
from secondopinion_desktop.ui.fields import DateBinding, DateField, LineBinding, TextBinding


def _case(ctx: Context) -> Case:
    person = ctx.workspace.add_person("Ana")
    return ctx.workspace.add_case(person, "Knee")


def _stored(store: Store, attribute: str) -> object:
    with store.session() as session:
        case = session.scalars(select(Case)).one()
        return getattr(case, attribute)


def test_typing_saves_after_a_pause(qtbot, ctx: Context, store: Store) -> None:
    case = _case(ctx)
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    binding = LineBinding(edit, ctx, lambda: case, "diagnosis_current")
    binding.load()
    qtbot.keyClicks(edit, "Osteoarthritis")
    qtbot.waitUntil(lambda: _stored(store, "diagnosis_current") == "Osteoarthritis", timeout=3000)


def test_clearing_a_field_stores_nothing_rather_than_blank(qtbot, ctx: Context, store: Store) -> None:
    case = _case(ctx)
    ctx.workspace.set(case, "diagnosis_current", "Gout")
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    binding = LineBinding(edit, ctx, lambda: case, "diagnosis_current")
    binding.load()
    assert edit.text() == "Gout"
    edit.selectAll()
    edit.del_()
    edit.textEdited.emit("")
    binding.flush()
    assert _stored(store, "diagnosis_current") is None


def test_hostile_text_is_kept_exactly(qtbot, ctx: Context, store: Store) -> None:
    case = _case(ctx)
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QPlainTextEdit(holder)
    binding = TextBinding(edit, ctx, lambda: case, "in_my_words")
    binding.load()
    start = "<b>&amp; 😀 שלום\n"
    text = start + "x" * (100_000 - len(start))  # the most a free-text field holds
    edit.setPlainText(text)
    binding.flush()
    assert _stored(store, "in_my_words") == text


def test_unreadable_date_stays_on_screen_with_a_reason(qtbot, ctx: Context, store: Store) -> None:
    case = _case(ctx)
    ctx.workspace.set(case, "diagnosed_on", date(2026, 3, 1))
    holder = QWidget()
    qtbot.addWidget(holder)
    field = DateField("en", holder)
    problem = QLabel(holder)
    binding = DateBinding(field, ctx, lambda: case, "diagnosed_on", problem)
    binding.load()
    assert field.line.text() == "March 1, 2026"
    field.line.setText("sometime in spring")
    field.edited.emit()
    field.finished.emit()
    assert field.line.text() == "sometime in spring"
    assert "is not a date I can read" in problem.text()
    assert _stored(store, "diagnosed_on") == date(2026, 3, 1)
    field.line.setText("4/2/2026")
    field.edited.emit()
    field.finished.emit()
    assert _stored(store, "diagnosed_on") == date(2026, 4, 2)
    assert problem.text() == ""
    assert field.line.text() == "April 2, 2026"


def test_a_failed_save_keeps_the_typed_value_and_says_why(qtbot, ctx: Context, store: Store) -> None:
    case = _case(ctx)
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    problem = QLabel(holder)
    binding = LineBinding(edit, ctx, lambda: case, "proposed_treatment", problem)
    binding.load()
    saved_before = _stored(store, "title")
    original = ctx.save

    def failing_save(obj: object, attribute: str, value: object) -> str | None:
        return "The change could not be saved because the disk is full."

    ctx.save = failing_save  # type: ignore[method-assign]
    qtbot.keyClicks(edit, "Knee replacement")
    binding.flush()
    assert edit.text() == "Knee replacement"
    assert "disk is full" in problem.text()
    ctx.save = original  # type: ignore[method-assign]
    binding.flush()
    assert _stored(store, "proposed_treatment") == "Knee replacement"
    assert _stored(store, "title") == saved_before
    assert problem.text() == ""


def test_person_name_edits_go_to_the_person(qtbot, ctx: Context, store: Store) -> None:
    case = _case(ctx)
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    binding = LineBinding(edit, ctx, lambda: case.person, "full_name", required=True)
    binding.load()
    edit.setText("Ana María")
    edit.textEdited.emit("Ana María")
    binding.flush()
    with store.session() as session:
        assert session.scalars(select(Person.full_name)).one() == "Ana María"
