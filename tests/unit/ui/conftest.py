"""Fixtures for widget tests outside the main window: a bare page context over a store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from page_context import Context

from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.store import Store


@pytest.fixture
def ctx(store: Store) -> Iterator[Context]:
    workspace = Workspace(store)
    yield Context(workspace)
    workspace.close()
