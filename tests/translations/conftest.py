"""Fixtures for the Spanish translation tests: the .ts file parsed, and a Spanish window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

TS_FILE = (
    Path(__file__).resolve().parents[2]
    / "secondopinion_desktop/resources/translations/secondopinion_es.ts"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool


def read_messages(path: Path = TS_FILE) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type") or ""
            if kind in ("obsolete", "vanished"):
                continue  # kept by lupdate for history; no longer shown anywhere
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=translation.text or "",
                    unfinished=kind == "unfinished",
                )
            )
    return messages


@pytest.fixture(scope="session")
def messages() -> list[Message]:
    return read_messages()


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.fixture
def spanish_window(qtbot: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A real MainWindow in Spanish, on a fresh folder holding the example case.

    Parametrize indirectly with a number to set the text size (2.0 is 200%).
    """
    import json

    from secondopinion_desktop.services.bundle import example_case_text, import_bundle
    from secondopinion_desktop.storage.store import open_store
    from secondopinion_desktop.ui import settings_keys, theme
    from secondopinion_desktop.ui.main_window import MainWindow
    from secondopinion_desktop.ui.translations import install_translators

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    scale = getattr(request, "param", None)
    if scale is not None:
        settings.setValue(settings_keys.TEXT_SCALE.key, scale)
    app = application()
    translators = install_translators(app, "es")
    assert translators, "the Spanish translation file should load"
    theme.apply(app, settings)
    store = open_store(folder)
    case_id = import_bundle(store, json.loads(example_case_text()))
    window = MainWindow(folder, settings, "es")
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    window.attach(store)
    window.reload_tree(select_case_id=case_id)
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        for translator in translators:
            app.removeTranslator(translator)
        theme.apply(app, QSettings(str(folder / "none" / "s.ini"), QSettings.Format.IniFormat))
