"""Root of the test suite: Qt offscreen once, tests/helpers/ importable by name, shared fixtures.

Layout: unit/ mirrors the package, window/ drives a real main window, end2end/ runs the app or
its commands as separate processes, packaging/ checks what the builds ship.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

HELPERS = Path(__file__).resolve().parent / "helpers"
sys.path.insert(0, str(HELPERS))

# Set before anything imports Qt. Two true screens of common older-laptop sizes, side by side:
# 1024x768 (the first, where windows open) and 1366x768; Qt's offscreen platform reads them
# from a JSON file when the application starts. Another platform asked for is kept.
SCREENS_FILE = HELPERS / "screens.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS_FILE}"

from cli_runs import CliResult, run_cli_process  # noqa: E402  (needs the path above)
from translation_files import Message, read_messages  # noqa: E402

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case
    from secondopinion_desktop.storage.store import Store


@pytest.fixture(autouse=True)
def _app_loggers_stay_enabled() -> Iterator[None]:
    """The app's loggers work in every test, whatever ran before.

    import-linter (tests/unit/test_layers.py) calls logging's dictConfig, which disables every
    logger it does not name; a log test run after it would find an empty log.
    """
    yield
    for logger in logging.Logger.manager.loggerDict.values():
        if isinstance(logger, logging.Logger) and logger.name.startswith("secondopinion"):
            logger.disabled = False


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder not made yet (tests/window/ makes it first, as the app does)."""
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    from secondopinion_desktop.storage.store import open_store

    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def example_text() -> str:
    from secondopinion_desktop.services.bundle import example_case_text

    return example_case_text()


@pytest.fixture
def example_doc(example_text: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(example_text)
    return doc


@pytest.fixture
def case() -> Case:
    """A realistic case for the printouts, made in memory (no store)."""
    from report_samples import realistic_case

    return realistic_case()


@pytest.fixture
def bare_case() -> Case:
    """A nearly empty case for the printouts (no store)."""
    from report_samples import empty_case

    return empty_case()


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., CliResult]:
    """Run a command in a new process against this test's data folder (given with --data-dir)."""

    def run(*argv: str) -> CliResult:
        return run_cli_process("--data-dir", str(data_dir), *argv)

    return run


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


@pytest.fixture(scope="session")
def messages() -> list[Message]:
    """Every live message of the Spanish translation file."""
    return read_messages()
