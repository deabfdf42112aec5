"""Helpers for the data-safety tests: stores with cases in them, hashes, which commands exist."""

from __future__ import annotations

import importlib
from pathlib import Path

from cli_runs import PROJECT_ROOT as REPO
from cli_runs import CliResult as CliResult
from cli_runs import sha256_of as sha256  # noqa: F401  (the safety tests' name for it)

TYPED = "Zanzibar-Quokka-7741"


def fill_store(data_dir: Path, cases: int, name: str = "Ada Example") -> None:
    """Create (or add to) the store in ``data_dir`` with one person holding ``cases`` cases."""
    from secondopinion_desktop.model import Case, Person
    from secondopinion_desktop.storage.store import open_store

    store = open_store(data_dir)
    try:
        with store.session() as session:
            person = Person(full_name=name)
            for number in range(cases):
                person.cases.append(
                    Case(title=f"Question {number}", diagnosis_current="Something long " * 5)
                )
            session.add(person)
    finally:
        store.close()


def count_cases_in(data_dir: Path) -> int:
    from sqlalchemy import func, select

    from secondopinion_desktop.model import Case
    from secondopinion_desktop.storage.store import open_store

    store = open_store(data_dir)
    try:
        with store.session() as session:
            return int(session.scalar(select(func.count()).select_from(Case)) or 0)
    finally:
        store.close()


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the main file, so damaging the file damages the data."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def command_available(name: str) -> bool:
    from secondopinion_desktop.cli import COMMANDS

    module = COMMANDS[name].split(":")[0]
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        return False
    return True



def run_process(*argv: str, timeout: float = 60, cwd: Path | None = None) -> CliResult:
    """Run ``secondopinion ARGS`` as its own process (offscreen), as a person's shell would."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", *argv],
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=timeout,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


def pasted_command(message: str) -> str:
    """The command a damage paragraph tells the person to paste (after 'run: ')."""
    start = message.index("run: ") + len("run: ")
    end = message.index(". You can also", start) if ". You can also" in message else None
    return message[start:end].rstrip(".")
