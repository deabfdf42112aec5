"""import and restore never interleave: they share a lock, wait for it plainly, or give up."""

from __future__ import annotations

import json
import os
import re
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runs import PROJECT_ROOT

from secondopinion_desktop.cli import main
from secondopinion_desktop.services.bundle import example_case_text
from secondopinion_desktop.services.change_lock import (
    BUSY_MESSAGE,
    WAITING_MESSAGE,
    StoreBusyError,
    store_change,
)


def case_ids(store: Path) -> set[int]:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as connection:
        found = {row[0] for row in connection.execute("SELECT id FROM cases")}
    connection.close()
    return found


def start(*argv: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "SECONDOPINION_DATA_DIR"}
    return subprocess.Popen(
        [sys.executable, "-m", "secondopinion_desktop", *argv],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT, env=env,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


@pytest.fixture
def prepared(data_dir: Path, tmp_path: Path, example_text: str) -> tuple[Path, Path]:
    """A store with one case, a backup of it to restore, and a case file to import."""
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    backup = tmp_path / "one-case.sqlite3"
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(backup)]) == 0
    return source, backup


def test_import_racing_restore_never_reports_a_case_that_is_then_gone(
    data_dir: Path, prepared: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _source, backup = prepared
    capsys.readouterr()
    # A case big enough that the import takes a few seconds, so the restore lands in it.
    doc = json.loads(example_case_text())
    doc["case"]["questions"] = [{"text": f"Question {i}?", "answer": "a" * 200}
                                for i in range(2_000)]
    source = data_dir.parent / "big.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    store = data_dir / "secondopinion.sqlite3"
    for delay in (0.8, 1.3, 1.8, 2.3):
        importing = start("--data-dir", str(data_dir), "import", str(source))
        time.sleep(delay)
        restoring = start("--data-dir", str(data_dir), "restore", str(backup))
        imported, restored = finish(importing), finish(restoring)
        assert imported[0] == 0, imported
        assert restored[0] == 0, restored
        assert "Traceback" not in imported[2] + restored[2]
        case_id = int(imported[1])
        if case_id in case_ids(store):
            continue  # the import came after the restore: its case is there
        # Otherwise the restore came after the import, and kept what was there, case included.
        kept = re.search(r"was kept at (.+)\.$", restored[1], flags=re.MULTILINE)
        assert kept is not None, restored
        assert case_id in case_ids(Path(kept.group(1)))


def test_a_command_that_must_wait_says_so_then_goes_on(
    data_dir: Path, prepared: tuple[Path, Path]
) -> None:
    source, _backup = prepared
    with store_change(data_dir):
        importing = start("--data-dir", str(data_dir), "import", str(source))
        assert importing.stderr is not None
        # Hold the lock until the import says it waits (bounded, should it never say so).
        ready, _, _ = select.select([importing.stderr], [], [], 60)
        assert ready, "the import did not say it was waiting"
        said = importing.stderr.readline()
        time.sleep(0.3)
        assert importing.poll() is None  # still waiting
    code, out, err = finish(importing)
    assert (code, out) == (0, "2\n")
    assert said + err == WAITING_MESSAGE + "\n"


def test_a_command_that_waits_too_long_gives_up_plainly(
    data_dir: Path, prepared: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, backup = prepared
    capsys.readouterr()
    monkeypatch.setattr("secondopinion_desktop.services.change_lock.WAIT_SECONDS", 0.3)
    store = data_dir / "secondopinion.sqlite3"
    before = store.read_bytes()
    with store_change(data_dir):
        assert main(["--data-dir", str(data_dir), "import", str(source)]) == 1
        assert capsys.readouterr().err == f"{WAITING_MESSAGE}\n{BUSY_MESSAGE}\n"
        assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == 1
        assert capsys.readouterr().err == f"{WAITING_MESSAGE}\n{BUSY_MESSAGE}\n"
    assert case_ids(store) == {1}
    assert store.read_bytes() == before


def test_the_lock_is_let_go_after_an_error(data_dir: Path) -> None:
    with pytest.raises(RuntimeError), store_change(data_dir):
        raise RuntimeError("inside")
    with store_change(data_dir, wait_seconds=0):
        pass
    with (
        store_change(data_dir),
        pytest.raises(StoreBusyError),
        store_change(data_dir, wait_seconds=0),
    ):
        pass
