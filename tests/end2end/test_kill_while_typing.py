"""Crash-proof saving: kill -9 the window at random moments while it is being typed into; every
value the person left more than a second before the kill must be in the store."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

import pytest
from safety_helpers import REPO, fill_store

from secondopinion_desktop.storage.paths import store_path
from secondopinion_desktop.storage.preflight import inspect_store

DRIVER = Path(__file__).with_name("typing_driver.py")
KILLS = 5
GRACE = 1.0  # what was left this long before the kill must have been saved


def _store_text(data_dir: Path) -> str:
    conn = sqlite3.connect(store_path(data_dir))  # read-write: recovers the WAL like the app
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _tail(errors: TextIO) -> str:
    if not errors.closed:
        errors.flush()
    return Path(errors.name).read_text()[-2000:]


def _run_and_kill(data_dir: Path, tag: str, kill_after: float) -> tuple[list[str], int]:
    """Start the driver, kill -9 it ``kill_after`` seconds after it starts typing; returns the
    values it left at least GRACE seconds before the kill, and how many it left in all."""
    errors = (data_dir.parent / f"driver-{tag}.err").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), tag],
        stdout=subprocess.PIPE, stderr=errors, text=True, cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    seen: list[tuple[float, str]] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                ready.set()
            elif line.startswith("LEFT "):
                seen.append((time.monotonic(), line[5:].strip()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        started = ready.wait(60)
        assert started and proc.poll() is None, f"the window did not start typing: {_tail(errors)}"
        time.sleep(kill_after)
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        reader.join(timeout=10)
        errors.close()
    assert proc.returncode == -signal.SIGKILL, f"the window ended by itself: {_tail(errors)}"
    return [value for at, value in seen if at <= killed_at - GRACE], len(seen)


@pytest.mark.slow
def test_values_left_a_second_before_a_kill_are_saved(data_dir: Path) -> None:
    fill_store(data_dir, 1)
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    checked = 0
    for run in range(KILLS):
        kill_after = rng.uniform(1.2, 3.5)
        must_be_saved, typed = _run_and_kill(data_dir, f"k{run}x", kill_after)
        text = _store_text(data_dir)
        missing = [value for value in must_be_saved if value not in text]
        assert not missing, (
            f"seed {seed}, kill {run} after {kill_after:.2f}s: lost {missing} of {typed} typed"
        )
        assert inspect_store(store_path(data_dir)).healthy
        checked += len(must_be_saved)
    assert checked >= KILLS * 2, "too few values were typed for the test to mean anything"
    # The window's log recorded its events, and none of what was typed.
    log = "".join(p.read_text() for p in (data_dir / "logs").iterdir())
    assert "window started" in log and "xv0" not in log
