"""Errors raised below the window reach the Spanish window in Spanish: save, time, import."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy.exc import OperationalError

from secondopinion_desktop.services.bundle_validate import BundleError, parse_bundle
from secondopinion_desktop.ui.error_words import has_words

PACKAGE = Path(__file__).resolve().parents[2] / "secondopinion_desktop"
# Words of the English sentences that no Spanish one uses; case-file field names and the
# values quoted from the file are data, so they are not looked for.
ENGLISH = re.compile(
    r"\b(the|could|cannot|please|write|is not|was|were|saved|file is|try again|time)\b",
    re.IGNORECASE,
)


def raised_codes() -> set[str]:
    """Every error code written in services and model (as a quoted "area.what" string)."""
    sources = [*(PACKAGE / "services").glob("*.py"), PACKAGE / "model" / "dates.py"]
    text = "\n".join(path.read_text("utf-8") for path in sources)
    codes = set(re.findall(r"\"((?:bundle|save|import)\.[a-z_]+)\"", text))
    codes |= {f"unreadable.{kind}" for kind in re.findall(r"UnreadableError\([^)]*\"(\w+)\"", text)}
    return codes


def test_every_code_raised_below_the_window_has_words_in_it() -> None:
    codes = raised_codes()
    assert {"save.disk_full", "bundle.not_json", "bundle.not_one_of", "unreadable.time"} <= codes
    assert sorted(code for code in codes if not has_words(code)) == []


@pytest.mark.parametrize(
    ("text", "code", "facts"),
    [
        ("{oops", "bundle.not_json", {"line": "1", "column": "2"}),
        (b"\x89PNG\x00\x00", "bundle.binary", {}),
        ('{"format": "other"}', "bundle.wrong_format", {"value": "'other'"}),
    ],
)
def test_refusals_keep_their_english_sentence_and_carry_code_and_facts(
    text: str | bytes, code: str, facts: dict[str, str]
) -> None:
    with pytest.raises(BundleError) as caught:
        parse_bundle(text)
    assert caught.value.code == code
    assert caught.value.facts == facts
    assert caught.value.message.startswith(("The file", "format:"))


def shown_errors(page: Any) -> list[str]:
    return [
        label.text()
        for label in page.findChildren(QLabel)
        if label.objectName() == "fieldError" and label.isVisibleTo(page)
    ]


def type_time(page: Any, text: str) -> None:
    page.when.time.setText(text)
    page.when.time.textEdited.emit(text)
    page.when.time.editingFinished.emit()


def assert_spanish(message: str) -> None:
    assert message.strip()
    assert ENGLISH.search(message) is None, f"English in the Spanish window: {message!r}"


def test_the_spanish_window_words_a_save_error_an_unreadable_time_and_a_refused_import(
    qtbot: Any, spanish_window: Any, monkeypatch: Any
) -> None:
    window = spanish_window
    reported: list[str] = []
    monkeypatch.setattr(window, "report_error", reported.append)
    problems: list[tuple[str, str]] = []
    monkeypatch.setattr(window.actions_, "problem", lambda t, m: problems.append((t, m)))

    # An unreadable time on the appointment step.
    window.go_to_step("appointment")
    page = window.stack.currentWidget()
    type_time(page, "25:99 h")
    [message] = shown_errors(page)
    assert message.startswith("No puedo leer '25:99 h' como hora.")
    assert_spanish(message)

    # A full disk while saving a field, and while adding to a list.
    def full_disk() -> None:
        raise OperationalError("UPDATE", {}, sqlite3.OperationalError("database or disk is full"))

    type_time(page, "")
    assert shown_errors(page) == []
    window.go_to_step("diagnosis")
    monkeypatch.setattr(window.workspace.session, "commit", full_disk)
    case = window.current_case
    status = window.save(case, "diagnosis_current", "Otra cosa")
    assert status is not None and status.startswith("No se pudo guardar el cambio")
    assert window.statusBar().currentMessage() == status
    assert_spanish(status)
    window.go_to_step("questions")
    questions = window.stack.currentWidget()
    questions.editor.add_button.click()
    assert reported and all(text.startswith("No se pudo guardar") for text in reported)
    for text in reported:
        assert_spanish(text)
    monkeypatch.undo()
    window.workspace.session.rollback()

    # Refused imports: not JSON, binary, a wrong value deep in the file, a newer version.
    monkeypatch.setattr(window.actions_, "problem", lambda t, m: problems.append((t, m)))
    for raw in (
        b"{not json",
        b"\x89PNG\x00\x00",
        b'{"format": "secondopinion-case", "version": 1, "person": {"full_name": "A"},'
        b' "case": {"title": "B", "status": "lost"}}',
        b'{"format": "secondopinion-case", "version": 1, "person": {"full_name": 5},'
        b' "case": {"title": "B"}}',
        b'{"format": "secondopinion-case", "version": 9}',
    ):
        assert window.actions_.import_case_text(raw) is None
    titles = {title for title, _ in problems}
    assert titles == {"Este archivo de caso no se puede abrir"}
    sentences = [message for _, message in problems]
    assert sentences[0].startswith("El archivo no es JSON válido (línea 1, columna 2)")
    assert sentences[2].startswith("case.status: 'lost' no es uno de estos valores:")
    assert sentences[3] == "person.full_name: debería ser texto, no el número 5."
    assert sentences[4].startswith("version: este archivo de caso (versión 9)")
    for sentence in sentences:
        assert_spanish(sentence.split(":", 1)[-1].replace("'lost'", ""))
