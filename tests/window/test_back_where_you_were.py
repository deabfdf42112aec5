"""Back where you were: the last case and step reopen after a restart, the first run starts on
"Start a case", and closing with a value a field could not read asks (without waiting)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from window_helpers import WindowFactory, example_case, new_case, settings_for, settle

from secondopinion_desktop.ui import focus
from secondopinion_desktop.ui.fields import DateField


def test_the_last_case_and_step_reopen_after_a_restart(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    new_case(window, "Rosa Diaz", "Knee")
    example = example_case(window)
    new_case(window, "Ana Ruiz", "Heart")
    window.reload_tree(select_case_id=example)
    window.show_step(4)
    window.close()
    again = open_window()
    assert again.current_case is not None and again.current_case.id == example
    assert again.stack.currentWidget() is again.pages[4]
    assert again.step_list.currentRow() == 4
    assert again.tree.currentItem() is not None
    # Only the case's number is kept, in the settings file inside the store's folder.
    text = (data_dir / "settings.ini").read_text(encoding="utf-8")
    assert f"last_case={example}" in text
    assert "Okafor" not in text and "Knee" not in text


def test_a_deleted_last_case_opens_nothing_rather_than_failing(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    new_case(window)
    window.close()
    settings_for(data_dir).setValue("window/last_case", 999)
    again = open_window()
    assert again.current_case is None
    assert again.stack.currentWidget() is again.placeholder


def test_a_new_case_given_a_deleted_ones_number_starts_on_the_first_step(
    qtbot: Any, open_window: WindowFactory, monkeypatch: Any
) -> None:
    window = open_window()
    first = new_case(window, "Rosa Diaz", "Knee")
    window.show_step(4)
    monkeypatch.setattr(window, "confirm", lambda *_a: True)
    window.delete_selected()  # the case chosen in the list
    assert window.current_case is None
    second = new_case(window, "Rosa Diaz", "Hip")
    assert second == first  # SQLite gave the new case the deleted one's number
    assert window.current_case is not None and window.current_case.title == "Hip"
    assert window.step_list.currentRow() == 0
    assert window.stack.currentWidget() is window.pages[0]


def test_first_run_starts_on_start_a_case_and_enter_presses_it(
    qtbot: Any, open_window: WindowFactory, monkeypatch: Any
) -> None:
    window = open_window()
    settle(window)
    start = window.welcome.start_button
    assert window.focusWidget() is start
    asked: list[str] = []
    monkeypatch.setattr(window, "_ask_text", lambda *a, **k: asked.append("name") or None)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert asked == ["name"]


def test_no_tab_stop_without_a_name_on_the_welcome(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    settle(window)
    stops = focus.tab_stops(window, window)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}" for w in stops
        if not w.accessibleName().strip() and not _words_of(w)
    ]
    assert window.welcome.start_button in stops
    assert unnamed == []


def _words_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return str(text()).replace("&", "").strip() if callable(text) else ""


def _type_a_date_it_cannot_read(qtbot: Any, window: Any) -> DateField:
    window.show_step(0)
    settle(window)
    field = window.pages[0].findChildren(DateField)[0]
    field.line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field.line, "the thirty-second of Smarch")
    window.flush_all()
    assert window.unreadable_value() is not None
    return field


def test_closing_with_an_unreadable_date_asks_and_can_go_back_to_it(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    example_case(window)
    field = _type_a_date_it_cannot_read(qtbot, window)
    window.show_step(3)
    assert window.close() is False, "the window stays open while the question is asked"
    box = window.unreadable_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert field.accessibleName() in box.text()
    assert "could not be read" in box.text()
    names = [button.text() for button in box.buttons()]
    assert names == ["Go back to it", "Close and lose it"] or sorted(names) == sorted(
        ["Go back to it", "Close and lose it"]
    )
    back = next(b for b in box.buttons() if b.text() == "Go back to it")
    assert box.defaultButton() is back
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert window.stack.currentWidget() is window.pages[0]
    assert field.line.text() == "the thirty-second of Smarch"
    qtbot.waitUntil(lambda: window.focusWidget() is field.line)


def test_closing_and_losing_the_unreadable_value_closes(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    example_case(window)
    _type_a_date_it_cannot_read(qtbot, window)
    window.close()
    box = window.unreadable_question
    assert box is not None
    lose = next(b for b in box.buttons() if b.text() == "Close and lose it")
    qtbot.mouseClick(lose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_with_smoke_closing_never_asks(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    example_case(window)
    _type_a_date_it_cannot_read(qtbot, window)
    window.never_ask = True
    assert window.close() is True
    assert window.unreadable_question is None
