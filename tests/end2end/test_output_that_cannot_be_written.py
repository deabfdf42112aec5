"""When what a command prints cannot be written (a closed pipe, a full disk behind stdout):
a plain sentence, never "Something went wrong", and an import still says its case was added."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest
from cli_runs import PROJECT_ROOT

EXAMPLE = PROJECT_ROOT / "secondopinion_desktop" / "resources" / "examples" / "example-case.json"
CRASH = "Something went wrong"


def _run(data_dir: Path, argv: list[str], stdout: int | IO[bytes]) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k != "SECONDOPINION_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=PROJECT_ROOT,
        env=env,
        timeout=60,
    )
    return done.returncode, done.stderr.decode("utf-8")


def _cases(data_dir: Path) -> int:
    listed = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "list"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=60,
    )
    return len(listed.stdout.splitlines())


@pytest.fixture
def closed_pipe() -> int:
    """The writing end of a pipe whose reader has already gone (`... | head -0`)."""
    reader, writer = os.pipe()
    os.close(reader)
    return writer


def test_a_closed_pipe_ends_the_listing_quietly(data_dir: Path, closed_pipe: int) -> None:
    assert _run(data_dir, ["import", str(EXAMPLE)], subprocess.DEVNULL)[0] == 0
    try:
        code, err = _run(data_dir, ["list"], closed_pipe)
    finally:
        os.close(closed_pipe)
    assert code == 1
    assert err == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_behind_stdout_is_said_plainly(data_dir: Path) -> None:
    assert _run(data_dir, ["import", str(EXAMPLE)], subprocess.DEVNULL)[0] == 0
    with open("/dev/full", "wb") as full:
        code, err = _run(data_dir, ["list"], full)
    assert code == 1
    assert err == "What this command prints could not be written (no space left on device).\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_an_import_whose_number_cannot_be_printed_says_the_case_was_added(
    data_dir: Path, closed_pipe: int
) -> None:
    with open("/dev/full", "wb") as full:
        code, err = _run(data_dir, ["import", str(EXAMPLE)], full)
    assert code == 1
    assert err == (
        "The case was added as case number 1, but its number could not be printed "
        "(no space left on device).\n"
    )
    try:
        code, err = _run(data_dir, ["import", str(EXAMPLE)], closed_pipe)
    finally:
        os.close(closed_pipe)
    assert CRASH not in err
    assert err == (
        "The case was added as case number 2, but its number could not be printed (broken pipe).\n"
    )
    assert _cases(data_dir) == 2
