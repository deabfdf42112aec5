"""How the step-page tests act as a person would: open the window, type, press Tab, click."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from windows import WindowOpener

from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.pages.base import StepPage

# Markup characters, an emoji and Hebrew: none may be lost or read as formatting.
TRICKY = "<b>Dr & Co</b> \U0001F600 \u05e9\u05dc\u05d5\u05dd"


def current_page[P: StepPage](window: MainWindow, kind: type[P]) -> P:
    page = window.stack.currentWidget()
    assert isinstance(page, kind), f"expected {kind.__name__}, the window shows {page!r}"
    return page


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def type_text(qtbot: Any, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type ASCII ``text`` with the keyboard, then press Tab to leave the field."""
    focus(qtbot, widget)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def enter_text(qtbot: Any, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Any text, as an input method delivers it (QTest cannot type non-ASCII), then Tab."""
    focus(qtbot, widget)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be pressed"
    if isinstance(button, QCheckBox):
        focus(qtbot, button)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        return
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick the entry showing ``text`` with the keyboard, as a person would."""
    index = combo.findText(text)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert index >= 0, f"{text!r} is not offered; offered: {offered}"
    focus(qtbot, combo)
    steps = index - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)


def field(page: StepPage, name: str, kind: type[Any] = QWidget) -> Any:
    """The visible input whose accessible name is ``name`` (what a screen reader says)."""
    found = [
        w for w in page.findChildren(kind)
        if w.accessibleName() == name and w.isVisibleTo(page)
    ]
    assert len(found) == 1, f"{len(found)} visible inputs named {name!r}"
    return found[0]


def visible_inputs(page: StepPage) -> list[QWidget]:
    """Every input a person can reach on the page as it is now shown."""
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QAbstractButton, QAbstractItemView)
    inputs: list[QWidget] = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.isVisibleTo(page):
            # The line inside an editable combo box is named through the box itself.
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            inputs.append(widget)
    return inputs


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, or a button's words."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return name.replace("&", "").strip()


def ticked(window: MainWindow, key: str) -> bool:
    """True when the step list shows the step ``key`` as done, as the person sees it."""
    index = next(i for i, page in enumerate(window.pages) if page.key == key)
    item = window.step_list.item(index)
    return item is not None and "(done)" in item.text()


@dataclass
class Windows:
    """Opens main windows on one data folder, the way a person starts the app again.

    The first window adds one person with one case; every window opens on that case.
    """

    opener: WindowOpener
    case_id: int | None = None
    text_scale: float = 1.0

    @property
    def data_dir(self) -> Path:
        return self.opener.data_dir

    def open(self) -> MainWindow:
        window = self.opener.open(text_scale=self.text_scale)
        if self.case_id is None:
            person = window.workspace.add_person("Ana Example")
            case = window.workspace.add_case(person, "Knee surgery")
            self.case_id = case.id
        window.reload_tree(select_case_id=self.case_id)
        return window

    def restart(self, window: MainWindow) -> MainWindow:
        """Close the window (which saves and closes the store) and start a new one."""
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return self.open()


def page_of(window: MainWindow, key: str) -> StepPage:
    window.go_to_step(key)
    page = window.stack.currentWidget()
    assert isinstance(page, StepPage) and page.key == key
    return page


def type_into(qtbot: Any, widget: QWidget, text: str, *, replace: bool = False) -> None:
    """Click into a field, type ASCII text, and press Tab to leave it (which saves)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def set_text_and_leave(qtbot: Any, widget: Any, text: str) -> None:
    """For text keyClicks cannot type (non-ASCII): set it as an edit, then leave the field."""
    widget.setFocus()
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def labelled(page: StepPage, name: str, kind: type[QWidget] = QWidget) -> Any:
    """The visible input whose accessible name is ``name`` (as a screen reader finds it)."""
    found = [
        w for w in page.findChildren(kind)
        if w.accessibleName() == name and w.isVisibleTo(page)
    ]
    assert found, f"no visible input named {name!r}"
    return found[0]
