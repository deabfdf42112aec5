"""The case ready, and memory: `--smoke` and `pdf` against a bare PySide6 window process.

`--smoke` shows the window, opens the store, builds the pages and exits when idle; the bare
process shows a QMainWindow and exits when idle. Both run alternately in the same run; the
ratios of the medians are printed (targets from the speed issue: time <= 3x, peak memory <= 2x;
`pdf` peak memory <= 1.5x the bare window). Two more processes are measured for reading
them: the floor (the bare window plus SQLAlchemy's ORM and the mapped model, which any start
that opens the store must pay) and the bare window drawn once with a line of text.

    python bench/case_ready.py [--runs N]

The package's bytecode is compiled first, as an installed app has it (pip compiles it on
install). Where PYTHONDONTWRITEBYTECODE is set and nothing was compiled, every start would
compile some 65 modules from source (about half a second of a loaded 2-core machine) and the
figures would describe a start no user sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heavy_case import compile_package, store_with_heavy_cases
from process_stats import measure, median_peak, median_seconds, paired

BARE_WINDOW_IDLE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 820)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# For reading the memory figures: the same bare window, but drawn once with a line of text on
# it (the bare process above exits before its first paint, so it never loads a font or fills
# its backing store, which any window a person can read does).
BARE_WINDOW_PAINTED = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Second Opinion Companion"))
window.resize(1200, 820)
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
window.repaint()
"""

# The least any start that opens the store can cost: the same bare window, plus the store's
# fixed libraries (DESIGN.md: SQLAlchemy's typed ORM) imported and the model mapped, as the app
# imports them (the standard modules SQLAlchemy never uses here left until used,
# storage/stdlib_on_demand.py) and with its lighter PySide6 import check (ui/pyside_scan.py) in
# place. Nothing of the app's own work is in it, so `--smoke` can be no faster and no smaller.
FLOOR_WINDOW_AND_ORM = r"""
from secondopinion_desktop.storage.stdlib_on_demand import defer_unused_modules
defer_unused_modules()
""" + BARE_WINDOW_IDLE + r"""
from secondopinion_desktop.ui.pyside_scan import light_import_scan
light_import_scan()
import sqlalchemy.orm
from secondopinion_desktop.model import entities
sqlalchemy.orm.configure_mappers()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_package()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        app = store_with_heavy_cases(Path(scratch), env)
        smoke = [*app, "--smoke"]
        bare = [sys.executable, "-c", BARE_WINDOW_IDLE]
        smoke_runs, bare_runs = paired(smoke, bare, env, args.runs)
        floor_runs = [measure([sys.executable, "-c", FLOOR_WINDOW_AND_ORM], env)
                      for _ in range(max(3, args.runs // 2))]
        painted_runs = [measure([sys.executable, "-c", BARE_WINDOW_PAINTED], env)
                        for _ in range(max(3, args.runs // 2))]
        pdf = [*app, "pdf", "1", "--out", str(Path(scratch) / "out.pdf")]
        measure(pdf, env)
        pdf_runs = [measure(pdf, env) for _ in range(max(3, args.runs // 2))]
    bare_s, smoke_s = median_seconds(bare_runs), median_seconds(smoke_runs)
    bare_m, smoke_m, pdf_m = median_peak(bare_runs), median_peak(smoke_runs), median_peak(pdf_runs)
    print(f"runs of each:                 {args.runs}")
    print(f"bare PySide6 window:          {bare_s * 1000:7.0f} ms   peak {bare_m:6.1f} MiB")
    print(f"--smoke (3 heavy cases):      {smoke_s * 1000:7.0f} ms   peak {smoke_m:6.1f} MiB")
    print(f"pdf summary, command line:    {median_seconds(pdf_runs) * 1000:7.0f} ms   peak {pdf_m:6.1f} MiB")
    floor_s, floor_m = median_seconds(floor_runs), median_peak(floor_runs)
    painted_s, painted_m = median_seconds(painted_runs), median_peak(painted_runs)
    print(f"floor: bare + ORM + model:    {floor_s * 1000:7.0f} ms   peak {floor_m:6.1f} MiB")
    print(f"bare window, painted text:    {painted_s * 1000:7.0f} ms   peak {painted_m:6.1f} MiB")
    print(f"ratio --smoke / bare, time:   {smoke_s / bare_s:7.2f}x  (target <= 3x)")
    print(f"ratio floor / bare, time:     {floor_s / bare_s:7.2f}x  (no start that opens the store is faster)")
    print(f"ratio --smoke / bare, memory: {smoke_m / bare_m:7.2f}x  (target <= 2x)")
    print(f"ratio floor / bare, memory:   {floor_m / bare_m:7.2f}x")
    print(f"ratio pdf / bare, memory:     {pdf_m / bare_m:7.2f}x  (target <= 1.5x)")
    print(f"ratio --smoke / painted bare: {smoke_m / painted_m:7.2f}x  (memory, for reading the above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
