"""First run, the View menu (text size, contrast, language, people list), Help, case files."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from window_helpers import WindowFactory, application, example_case, new_case

from secondopinion_desktop.ui import theme


def visible_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


# -- first run ---------------------------------------------------------------------------------
def test_first_run_welcomes_and_says_where_the_information_stays(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    assert window.stack.currentWidget() is window.welcome
    texts = " ".join(visible_texts(window.welcome))
    assert "second medical opinion" in texts
    assert "normal" in texts
    assert "Nothing is sent anywhere" in texts
    assert str(data_dir) in visible_texts(window.welcome)
    assert window.welcome.start_button.isVisible()
    assert window.welcome.example_button.text() == "Open an example case"


def test_open_an_example_case_from_the_welcome(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    assert window.current_case is not None
    assert window.current_case.person.full_name
    assert window.stack.currentWidget() in window.pages
    assert window.tree.topLevelItemCount() == 1
    window.close()
    # Not a first run any more: the example is there, no welcome.
    again = open_window()
    assert again.tree.topLevelItemCount() == 1
    assert again.stack.currentWidget() is not again.welcome


def test_start_a_case_from_the_welcome_asks_for_a_name(
    qtbot: Any, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(window, "_ask_text", lambda *args, **kwargs: "Rosa Díaz")
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    assert window.current_case is not None
    assert window.current_case.person.full_name == "Rosa Díaz"
    assert window.case_heading.text().startswith("Rosa Díaz")


def test_welcome_is_not_shown_again_once_people_were_added(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    window.workspace.delete(window.workspace.people()[0])
    window.reload_tree()
    assert window.stack.currentWidget() is window.placeholder


# -- text size -----------------------------------------------------------------------------------
def test_text_size_keys_change_the_window_and_are_remembered(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    app = application()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(12.0 * theme.SCALE_STEPS[1])
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == pytest.approx(12.0 * theme.SCALE_STEPS[2])
    assert "Text size: 125%" in window.statusBar().currentMessage()
    for _ in range(10):
        window.actions_.larger_action.trigger()
    assert app.font().pointSizeF() == pytest.approx(24.0)
    heading = window.pages[0].heading
    assert heading.fontInfo().pointSizeF() >= 35
    window.close()
    again = open_window()
    assert application().font().pointSizeF() == pytest.approx(24.0)
    qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert application().font().pointSizeF() == pytest.approx(12.0 * theme.SCALE_STEPS[-2])
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert application().font().pointSizeF() == pytest.approx(12.0)
    qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert application().font().pointSizeF() == pytest.approx(12.0)


# -- contrast ------------------------------------------------------------------------------------
def test_high_contrast_toggles_and_is_remembered(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    action = window.actions_.contrast_action
    assert not action.isChecked()
    action.trigger()
    palette = application().palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.Highlight) == QColor("#ffff00")
    assert "High contrast is on." in window.statusBar().currentMessage()
    window.close()
    again = open_window()
    assert again.actions_.contrast_action.isChecked()
    assert application().palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    again.actions_.contrast_action.trigger()
    assert application().palette().color(QPalette.ColorRole.Window) == QColor(
        theme.NORMAL.window
    )


# -- language -------------------------------------------------------------------------------------
def test_language_choice_is_remembered_and_says_when_it_applies(
    qtbot: Any, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from window_helpers import settings_for

    from secondopinion_desktop.ui.translations import choose_language

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window = open_window()
    window.actions_.language_actions["es"].trigger()
    assert told and "next time" in told[0]
    assert choose_language(settings_for(data_dir)) == "es"


def test_spanish_window_words_come_from_the_translation(
    qtbot: Any, open_window: WindowFactory
) -> None:
    from secondopinion_desktop.ui.translations import install_translators

    app = application()
    translators = install_translators(app, "es")
    try:
        assert translators, "the Spanish translation file should load"
        window = open_window(language="es")
        assert window.next_button.text() == "Siguiente"
        assert window.back_button.text() == "Atrás"
        assert window.welcome.example_button.text() == "Abrir un caso de ejemplo"
        assert window.readiness.heading.text() == "Lo que falta antes de la visita"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


# -- people list -----------------------------------------------------------------------------------
def test_people_list_can_be_hidden_for_more_room(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    new_case(window)
    assert window.people_column.isVisible()
    page_width = window.stack.width()
    window.actions_.people_action.trigger()
    qtbot.waitUntil(lambda: window.stack.width() > page_width)
    assert not window.people_column.isVisible()
    window.close()
    again = open_window()
    assert not again.people_column.isVisible()


# -- help ------------------------------------------------------------------------------------------
def test_where_is_my_information_names_the_folder(
    qtbot: Any, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = open_window()
    window.actions_.where_action.trigger()
    assert shown and str(data_dir) in shown[0]
    assert "Nothing is sent anywhere" in shown[0]


# -- case files ------------------------------------------------------------------------------------
def test_export_then_import_a_case_file(
    qtbot: Any, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = open_window()
    example_case(window)
    out = tmp_path / "exported"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Case files (*.json)")
    )
    window.actions_.export_action.trigger()
    written = out.with_suffix(".json")
    document = json.loads(written.read_text("utf-8"))
    assert document["format"] == "secondopinion-case"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "saved to" in window.statusBar().currentMessage()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    window.actions_.import_action.trigger()
    assert window.tree.topLevelItemCount() == 2
    assert window.current_case is not None
    assert window.current_case.title == document["case"]["title"]


def test_a_bad_case_file_is_refused_in_plain_words(
    qtbot: Any, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else", "version": 1}', "utf-8")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window = open_window()
    window.actions_.import_action.trigger()
    assert len(messages) == 1
    assert "Traceback" not in messages[0] and messages[0].endswith(".")
    assert window.tree.topLevelItemCount() == 0
