"""Run a child process and measure it: wall time and peak resident memory (from wait4)."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float


def measure(command: Sequence[str], env: dict[str, str], timeout: float = 120.0) -> Run:
    """Runs ``command`` to its end; raises when it fails."""
    started = time.monotonic()
    child = subprocess.Popen(list(command), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    # wait4 gives this child's own peak RSS (ru_maxrss, KiB on Linux), not the maximum of all.
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - started
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{list(command)[:4]} exited {child.returncode}: {stderr[-500:]}")
    if seconds > timeout:
        raise RuntimeError(f"{list(command)[:4]} took {seconds:.0f} s")
    return Run(seconds, usage.ru_maxrss / 1024)


def paired(a: Sequence[str], b: Sequence[str], env: dict[str, str], runs: int) -> tuple[list[Run], list[Run]]:
    """Runs a and b alternately (one of each first, not counted, to warm caches)."""
    measure(a, env)
    measure(b, env)
    first: list[Run] = []
    second: list[Run] = []
    for _ in range(runs):
        first.append(measure(a, env))
        second.append(measure(b, env))
    return first, second


def median_seconds(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


def median_peak(runs: list[Run]) -> float:
    return statistics.median(r.peak_mib for r in runs)
