"""The layers of DESIGN.md hold: import-linter checks the contracts in pyproject.toml."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)  # the contracts are read from pyproject.toml in the project root
    # lint_imports configures logging with dictConfig, which disables every logger made so
    # far (the app's own among them): later tests in this process must still see its log.
    loggers = logging.Logger.manager.loggerDict.values()
    disabled = {lg: lg.disabled for lg in loggers if isinstance(lg, logging.Logger)}
    try:
        code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    finally:
        for lg, was in disabled.items():
            lg.disabled = was
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 broken" in out
