"""A bare page context for testing widgets outside the main window."""

from __future__ import annotations

from typing import Any

from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.errors import SaveError


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
