"""People and cases at first glance: the light read against the full open, and a bare window.

Three processes, run alternately on a store with three heavy cases: a bare PySide6 window
(shown, idle, gone: the baseline of bench/case_ready.py), the light read
(services/people_preview.glance_people: the store's checks, then one read-only sqlite3
query) and the full open that the window does today (open_store, then the people and their
cases through the ORM). Each prints nothing; their wall times and peaks are compared.

    python bench/first_glance.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from case_ready import BARE_WINDOW_IDLE
from heavy_case import compile_package, store_with_heavy_cases
from process_stats import measure, median_peak, median_seconds

GLANCE = r"""
import sys
from pathlib import Path
from secondopinion_desktop.services.people_preview import glance_people
people = glance_people(Path(sys.argv[1]))
assert people and sum(len(p.cases) for p in people) == 3, people
"""

FULL_OPEN = r"""
import sys
from pathlib import Path
from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.store import open_store
store = open_store(Path(sys.argv[1]))
workspace = Workspace(store)
people = [(p.id, p.full_name, [(c.id, c.title) for c in p.cases]) for p in workspace.people()]
assert sum(len(cases) for _, _, cases in people) == 3, people
workspace.close()
store.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_package()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        store_with_heavy_cases(Path(scratch), env)
        data = Path(scratch) / "data"
        commands = {
            "bare": [sys.executable, "-c", BARE_WINDOW_IDLE],
            "glance": [sys.executable, "-c", GLANCE, str(data)],
            "full": [sys.executable, "-c", FULL_OPEN, str(data)],
        }
        for command in commands.values():  # one of each first, not counted
            measure(command, env)
        runs: dict[str, list] = {name: [] for name in commands}  # type: ignore[type-arg]
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(measure(command, env))
    bare, glance, full = (median_seconds(runs[n]) for n in ("bare", "glance", "full"))
    print(f"runs of each:                  {args.runs}")
    print(f"bare PySide6 window:           {bare * 1000:7.0f} ms   peak {median_peak(runs['bare']):6.1f} MiB")
    print(f"light read (people and cases): {glance * 1000:7.0f} ms   peak {median_peak(runs['glance']):6.1f} MiB")
    print(f"full open, people through ORM: {full * 1000:7.0f} ms   peak {median_peak(runs['full']):6.1f} MiB")
    print(f"ratio light read / bare:       {glance / bare:7.2f}x")
    print(f"ratio full open / bare:        {full / bare:7.2f}x")
    print(f"ratio light read / full open:  {glance / full:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
