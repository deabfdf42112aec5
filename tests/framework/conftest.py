"""Fixtures for the window framework: an open store and a bare page context over it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.storage.store import Store, open_store


class Context:
    """The smallest PageContext: saves through a workspace and remembers what it was told."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.errors: list[str] = []
        self.answers: list[bool] = []
        self.questions: list[str] = []
        self.steps: list[str] = []

    @property
    def language(self) -> str:
        return "en"

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    def save(self, obj: Any, attribute: str, value: Any) -> str | None:
        try:
            self._workspace.set(obj, attribute, value)
        except SaveError as exc:
            return exc.message
        return None

    def go_to_step(self, key: str) -> None:
        self.steps.append(key)

    def structure_changed(self) -> None:
        pass

    def report_error(self, message: str) -> None:
        self.errors.append(message)

    def confirm(self, question: str, yes_label: str) -> bool:
        self.questions.append(question)
        return self.answers.pop(0) if self.answers else True


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store) -> Iterator[Context]:
    workspace = Workspace(store)
    yield Context(workspace)
    workspace.close()
