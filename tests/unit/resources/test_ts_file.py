"""The Spanish .ts file: every message translated, placeholders and accelerators kept, .qm current."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QTranslator
from translation_files import TS_FILE, Message, read_messages

PLACEHOLDER = re.compile(r"%\d+")
# "&&" is a real ampersand; a single "&" before a letter marks the keyboard letter.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(\w)")


def test_every_message_has_a_finished_spanish_translation(messages: list[Message]) -> None:
    assert len(messages) > 400
    unfinished = [
        f"{m.context}: {m.source!r}" for m in messages if m.unfinished or not m.translation.strip()
    ]
    assert unfinished == []


def test_placeholders_in_the_english_appear_in_the_spanish(messages: list[Message]) -> None:
    wrong = [
        f"{m.context}: {m.source!r} -> {m.translation!r}"
        for m in messages
        if Counter(PLACEHOLDER.findall(m.source)) != Counter(PLACEHOLDER.findall(m.translation))
    ]
    assert wrong == []


def test_a_keyboard_letter_in_the_english_has_one_in_the_spanish(messages: list[Message]) -> None:
    wrong = [
        f"{m.context}: {m.source!r} -> {m.translation!r}"
        for m in messages
        if len(ACCELERATOR.findall(m.source)) != len(ACCELERATOR.findall(m.translation))
    ]
    assert wrong == []


def test_spacing_and_punctuation_at_the_ends_are_kept(messages: list[Message]) -> None:
    """Pieces such as " (done)" or ", %1" are glued to other words: their edges matter."""
    wrong = []
    for m in messages:
        if m.source[:1].isspace() != m.translation[:1].isspace():
            wrong.append(f"{m.context}: {m.source!r} -> {m.translation!r} (start)")
        if m.source.endswith("...") != m.translation.endswith("..."):
            wrong.append(f"{m.context}: {m.source!r} -> {m.translation!r} (dots)")
    assert wrong == []


def test_the_compiled_file_holds_the_same_spanish_as_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(TS_FILE.with_suffix(".qm")))
    stale = [
        f"{m.context}: {m.source!r}"
        for m in read_messages()
        if translator.translate(m.context, m.source) != m.translation
    ]
    assert stale == [], "run pyside6-lrelease (see resources/translations/README.md)"


def test_every_context_is_one_the_window_asks_for(messages: list[Message]) -> None:
    """self.tr looks words up under the class name; a context no class has is never shown."""
    ui = TS_FILE.parents[2] / "ui"
    code = "\n".join(path.read_text("utf-8") for path in ui.rglob("*.py"))
    asked = set(re.findall(r"^class (\w+)\(", code, re.MULTILINE))
    asked |= set(re.findall(r"translate\(\s*\"(\w+)\"", code))
    asked |= set(re.findall(r"QT_TRANSLATE_NOOP\(\s*\"(\w+)\"", code))
    unused = sorted({m.context for m in messages} - asked)
    assert unused == []
