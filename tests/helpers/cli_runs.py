"""Running the command line as a person would: in a new process, and what it said."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


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


def run_cli_imports(*argv: str, timeout: float = 120) -> tuple[CliResult, set[str]]:
    """Like :func:`run_cli_process` (offscreen Qt); also the names of the modules the
    process imported (``-X importtime`` names each on stderr, whatever the command printed)."""
    env = {k: v for k, v in os.environ.items() if k != "SECONDOPINION_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "secondopinion_desktop", *argv],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=PROJECT_ROOT,
        timeout=timeout,
    )
    lines = done.stderr.splitlines()
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in lines
        if line.startswith("import time:") and line.count("|") == 2
    }
    said = "\n".join(line for line in lines if not line.startswith("import time:"))
    return CliResult(done.returncode, done.stdout, said), modules
