"""The store's check knows the newest revision's tables without the model: the same tables."""

from __future__ import annotations

from secondopinion_desktop.model import Base
from secondopinion_desktop.storage import migrations_runner


def test_head_tables_are_the_model_s_tables() -> None:
    assert set(Base.metadata.tables) == migrations_runner.HEAD_TABLES
