"""Opening and closing cases many times in one window process never crashes the interpreter.

On Python 3.11, PySide6 6.12 dropped one reference to None on every void Qt call, and the
window aborted ("none_dealloc") after about 26 openings of the example case. The project
requires Python 3.12+, where None is immortal; this runs the loop in a child process under the
interpreter the README's set-up made, so a crash shows as a failed test, not a dead test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

CYCLES = 200

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from secondopinion_desktop.services.bundle import example_case_text
    from secondopinion_desktop.storage.store import open_store
    from secondopinion_desktop.ui.main_window import MainWindow

    data = Path(sys.argv[1])
    cycles = int(sys.argv[2])
    app = QApplication([])

    def settle():
        # As the event loop would: run posted events and the deleteLater() of replaced widgets.
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(data, settings, "en")
    window.show()
    app.processEvents()
    window.attach(open_store(data))
    case_id = window.actions_.import_case_text(example_case_text())
    assert case_id is not None
    for n in range(cycles):
        window.open_case(window.workspace.case(case_id))
        window.show_step(n % len(window.pages))
        settle()
        window.open_case(None)
        settle()
    window.close()
    app.processEvents()
    print("cycles done", cycles)
    """
)


def test_two_hundred_case_switches_in_one_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECONDOPINION_DATA_DIR=str(data))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data), str(CYCLES)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"cycles done {CYCLES}" in result.stdout


def test_the_set_up_interpreter_is_312_or_newer() -> None:
    # The crash above is what 3.11 brings back; the set-up must never pick it.
    assert sys.version_info >= (3, 12), sys.version
