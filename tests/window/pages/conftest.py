"""Fixtures for the step-page tests: windows on a copy of an empty store, with one case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pages_helpers import Windows
from windows import WindowFactory, WindowOpener, make_store_template

from secondopinion_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty store made once: building the tables takes about a second each time."""
    return make_store_template(tmp_path_factory.mktemp("empty-store"))


@pytest.fixture
def store_template(empty_store: Path) -> Path:
    return empty_store


@pytest.fixture
def windows(window_opener: WindowOpener) -> Windows:
    return Windows(window_opener)


@pytest.fixture
def case_window(open_window: WindowFactory) -> Callable[..., MainWindow]:
    """A window with one person and one case, showing the step ``key``."""

    def make(key: str, language: str = "en") -> MainWindow:
        window = open_window(language)
        person = window.workspace.add_person("Ana Ruiz")
        case = window.workspace.add_case(person, "Knee surgery")
        window.reload_tree(select_case_id=case.id)
        window.go_to_step(key)
        return window

    return make


@pytest.fixture
def reopen(open_window: WindowFactory) -> Callable[..., MainWindow]:
    """Close ``window`` and open a new one on the same folder, showing the first case's step."""

    def again(window: MainWindow, key: str) -> MainWindow:
        window.close()
        fresh = open_window(window.language)
        people = fresh.workspace.people()
        fresh.reload_tree(select_case_id=people[0].cases[0].id)
        fresh.go_to_step(key)
        return fresh

    return again
