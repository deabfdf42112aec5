"""Fixtures for tests that drive a real MainWindow on a fresh data folder (see helpers/windows)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from windows import WindowFactory, WindowOpener, application


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def store_template() -> Path | None:
    """A store to copy into a folder that has none (tests/window/pages/ gives one)."""
    return None


@pytest.fixture
def window_opener(
    qtbot: Any, data_dir: Path, store_template: Path | None
) -> Iterator[WindowOpener]:
    opener = WindowOpener(qtbot, data_dir, store_template)
    yield opener
    opener.close_all()


@pytest.fixture
def open_window(window_opener: WindowOpener) -> WindowFactory:
    """Opens windows on ``data_dir`` as the app does: theme from the settings, then the store.

    Call it again after closing a window to "restart" on the same folder.
    """
    return window_opener.open


@pytest.fixture
def spanish_window(
    window_opener: WindowOpener, data_dir: Path, request: pytest.FixtureRequest
) -> Iterator[Any]:
    """A real MainWindow in Spanish, on a fresh folder holding the example case.

    Parametrize indirectly with a number to set the text size (2.0 is 200%).
    """
    from secondopinion_desktop.services.bundle import example_case_text, import_bundle
    from secondopinion_desktop.storage.store import open_store
    from secondopinion_desktop.ui.translations import install_translators

    app = application()
    translators = install_translators(app, "es")
    assert translators, "the Spanish translation file should load"
    store = open_store(data_dir)
    case_id = import_bundle(store, json.loads(example_case_text()))
    window = window_opener.open(
        "es", attach=False, text_scale=getattr(request, "param", None), size=(1100, 800)
    )
    window.attach(store)
    window.reload_tree(select_case_id=case_id)
    try:
        yield window
    finally:
        window_opener.close_all()
        for translator in translators:
            app.removeTranslator(translator)


@pytest.fixture
def looks(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[str]:
    """Parametrized indirectly with (language, high contrast): the window's language and look
    for the test; gives the language."""
    from window_helpers import settings_for

    from secondopinion_desktop.ui import settings_keys
    from secondopinion_desktop.ui.translations import install_translators

    language, contrast = request.param
    settings_for(data_dir).setValue(settings_keys.HIGH_CONTRAST.key, contrast)
    translators = install_translators(application(), language)
    yield language
    for translator in translators:
        application().removeTranslator(translator)
