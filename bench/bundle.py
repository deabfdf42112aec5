"""The frozen bundle against a PySide6 hello-world bundle built the same way, in the same run.

Prints the size of dist/secondopinion/ (built first by `make bundle`) against a hello-world
window frozen here with bench/hello.spec (same PyInstaller, same exclusions, same stripping;
target <= 1.25x), and the frozen window's start against the same app started from the venv
(time to first window, medians of alternate runs; target <= 1.05x), with the CPU time of the
same runs, which a busy machine disturbs far less.

    python bench/bundle.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import first_window_seconds

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "secondopinion"


def timed(command: list[str], env: dict[str, str], cpu: list[float]) -> float:
    """Time to first window; also appends the CPU seconds of the whole run to ``cpu``.

    CPU time hardly changes when other programs load the machine, wall-clock time does: on a
    busy machine compare the CPU figures.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = first_window_seconds(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return seconds


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_hello(work: Path) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "bench" / "hello.spec")],
        check=True,
    )
    return work / "dist" / "hello"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each (default 7)")
    args = parser.parse_args()
    program = BUNDLE / ("secondopinion.exe" if os.name == "nt" else "secondopinion")
    if not program.exists():
        sys.stderr.write(f"No bundle in {BUNDLE}: run 'make bundle' first.\n")
        return 1
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SECONDOPINION_REPORT_SHOWN"] = "1"
    with tempfile.TemporaryDirectory() as scratch:
        hello = build_hello(Path(scratch) / "hello")
        app_size, hello_size = folder_size(BUNDLE), folder_size(hello)
        data = str(Path(scratch) / "data")
        frozen = [str(program), "--smoke", "--data-dir", data]
        venv = [sys.executable, "-m", "secondopinion_desktop", "--smoke", "--data-dir", data]
        # One of each first, not counted: creates the store and warms the file cache.
        first_window_seconds(frozen, env)
        first_window_seconds(venv, env)
        frozen_times, venv_times = [], []
        frozen_cpu: list[float] = []
        venv_cpu: list[float] = []
        for _ in range(args.runs):
            frozen_times.append(timed(frozen, env, frozen_cpu))
            venv_times.append(timed(venv, env, venv_cpu))
    mib = 1024 * 1024
    frozen_median, venv_median = statistics.median(frozen_times), statistics.median(venv_times)
    print(f"hello-world PySide6 bundle:     {hello_size / mib:7.1f} MiB")
    print(f"Second Opinion Companion:       {app_size / mib:7.1f} MiB")
    print(f"ratio app / hello-world:        {app_size / hello_size:7.2f}x  (target <= 1.25x)")
    print(f"runs of each:                   {args.runs}")
    print(f"window start from the venv:     {venv_median * 1000:7.1f} ms (median)")
    print(f"window start, frozen bundle:    {frozen_median * 1000:7.1f} ms (median)")
    print(f"ratio frozen / venv:            {frozen_median / venv_median:7.2f}x  (target <= 1.05x)")
    frozen_work, venv_work = statistics.median(frozen_cpu), statistics.median(venv_cpu)
    print(f"CPU of a --smoke run, venv:     {venv_work * 1000:7.1f} ms (median)")
    print(f"CPU of a --smoke run, frozen:   {frozen_work * 1000:7.1f} ms (median)")
    print(f"ratio frozen / venv (CPU):      {frozen_work / venv_work:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
