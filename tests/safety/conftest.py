"""Fixtures for the data-safety tests: a data folder, and running the CLI in this process."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from safety_helpers import CliResult


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., CliResult]]:
    """Run ``secondopinion ARGS`` in this process, as a user would, and capture what it says."""
    from secondopinion_desktop import cli
    from secondopinion_desktop.logging_setup import close_logging

    # The cli installs its own excepthook and sets the umask; put both back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    old_umask = os.umask(0o022)
    os.umask(old_umask)

    def run(*argv: str) -> CliResult:
        capsys.readouterr()
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    yield run
    close_logging()
    os.umask(old_umask)
