"""Fixtures for the foundation tests: a store, the example case, and the CLI as a subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from secondopinion_desktop.services.bundle import example_case_text
from secondopinion_desktop.storage.store import Store, open_store

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def example_text() -> str:
    return example_case_text()


@pytest.fixture
def example_doc(example_text: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(example_text)
    return doc


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli_process(
    *argv: str, env: dict[str, str] | None = None, timeout: float = 60
) -> CliResult:
    """``python -m secondopinion_desktop ARGS`` in a fresh process, as a user would run it."""
    full_env = {k: v for k, v in os.environ.items() if k != "SECONDOPINION_DATA_DIR"}
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=PROJECT_ROOT,
        timeout=timeout,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., CliResult]:
    """Run a command against this test's data folder (given with --data-dir)."""

    def run(*argv: str) -> CliResult:
        return run_cli_process("--data-dir", str(data_dir), *argv)

    return run
