"""The real window in Spanish: no English label, button, tick box or group title on any step."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QWidget,
)
from translation_files import Message
from window_helpers import settle
from windows import application

TEXT_TYPES = (QLabel, QPushButton, QCheckBox, QGroupBox)


def shown_text(widget: QWidget) -> str:
    text = widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]
    # An & marks the keyboard letter; && is a real ampersand.
    return str(text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_only(messages: list[Message]) -> set[str]:
    """Source texts whose Spanish differs: seeing one of these means it was not translated."""
    found: set[str] = set()
    for message in messages:
        if message.translation.strip() != message.source.strip():
            found.add(message.source.replace("&", "").strip())
    return found


def visible_texts(window: Any) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, TEXT_TYPES) and widget.isVisibleTo(window):
            text = shown_text(widget)
            if text:
                texts.append((type(widget).__name__, text))
    return texts


def test_no_step_shows_english_words(
    qtbot: Any, spanish_window: Any, messages: list[Message]
) -> None:
    window = spanish_window
    english = english_only(messages)
    assert window.next_button.text() == "Siguiente"  # the translation is really in use
    untranslated: list[str] = []
    seen = 0
    for index, page in enumerate(window.pages):
        window.show_step(index)
        settle(window)
        assert window.stack.currentWidget() is page or window.stack.currentIndex() >= 0
        for kind, text in visible_texts(window):
            seen += 1
            if text in english:
                untranslated.append(f"step {index + 1} ({page.key}): {kind} {text!r}")
    assert seen > 100, "the steps should show plenty of labels and buttons"
    assert untranslated == []


def test_no_step_shows_a_bare_placeholder(qtbot: Any, spanish_window: Any) -> None:
    """Strings filled in with .replace("%1", ...) still find their %1 in the Spanish."""
    window = spanish_window
    left_over: list[str] = []
    for index, page in enumerate(window.pages):
        window.show_step(index)
        settle(window)
        left_over += [
            f"{page.key}: {text!r}" for _kind, text in visible_texts(window) if "%1" in text
        ]
    assert window.case_heading.text().startswith("Margaret Ellen Okafor")
    assert left_over == []


def menu_problems(menu: QMenu, where: str) -> list[str]:
    problems: list[str] = []
    letters: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        if action.menu() is not None:
            problems += menu_problems(action.menu(), f"{where} > {text}")
        for letter in re.findall(r"(?<!&)&(?!&)(\w)", text):
            letters.append(letter.lower())
    for letter, count in Counter(letters).items():
        if count > 1:
            problems.append(f"{where}: the letter {letter!r} is used {count} times")
    return problems


def bar_problems(bar: QMenuBar) -> list[str]:
    letters = [
        letter.lower()
        for action in bar.actions()
        for letter in re.findall(r"(?<!&)&(?!&)(\w)", action.text())
    ]
    return [
        f"menu bar: the letter {k!r} is used {n} times"
        for k, n in Counter(letters).items()
        if n > 1
    ]


def test_spanish_menus_have_no_repeated_keyboard_letters(qtbot: Any, spanish_window: Any) -> None:
    bar = spanish_window.menuBar()
    top = [action for action in bar.actions() if action.menu() is not None]
    assert [action.text() for action in top][:2] == ["&Archivo", "&Ver"]
    problems = bar_problems(bar)
    for action in top:
        problems += menu_problems(action.menu(), action.text().replace("&", ""))
    assert problems == []


def cut_off(widget: QWidget) -> str | None:
    """Why ``widget``'s Spanish text does not fully show, or None if it does."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text() or not widget.wordWrap():
            hint = widget.sizeHint()
            if widget.text() and hint.width() > size.width() + 1:
                return f"needs {hint.width()} wide, has {size.width()}"
            return None
        if widget.minimumSizeHint().width() > size.width() + 1:
            return "a word is wider than the label"
        if widget.heightForWidth(size.width()) > size.height() + 1:
            return "wrapped lines are taller than the label"
        return None
    if widget.hasHeightForWidth():
        if widget.heightForWidth(size.width()) > size.height() + 1:
            return "wrapped text taller than the button"
        return None
    hint = widget.sizeHint()
    if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
        return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
    return None


@pytest.mark.parametrize("spanish_window", [2.0], indirect=True)
def test_longer_spanish_words_are_not_cut_off_at_200_percent(
    qtbot: Any, spanish_window: Any
) -> None:
    window = spanish_window
    assert application().font().pointSizeF() == pytest.approx(24.0)
    problems: list[str] = []
    checked = 0
    for index, page in enumerate(window.pages):
        window.show_step(index)
        settle(window)
        for widget in window.centralWidget().findChildren(QWidget):
            if isinstance(widget, (QLabel, QPushButton, QCheckBox)) and widget.isVisibleTo(window):
                checked += 1
                reason = cut_off(widget)
                if reason is not None:
                    problems.append(f"{page.key}: {shown_text(widget)[:50]!r}: {reason}")
    assert checked > 100
    assert problems == []
