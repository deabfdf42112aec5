"""Screenshots of the real window for the AppStream metainfo, taken offscreen.

    python packaging/linux/screenshots.py OUT_FOLDER

Opens the app's own main window on a scratch data folder, imports the example case, and saves
one PNG per step listed in SHOTS (1024x768, as software centres show them).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

# (file name, step number, caption): the steps a person sees first, and the printout step.
SHOTS = (
    ("secondopinion-diagnosis.png", 0, "A case open at its first step: why another opinion"),
    ("secondopinion-questions.png", 5, "The questions to ask, suggested ones and your own"),
)
SIZE = (1024, 768)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    if len(sys.argv) != 2:
        sys.stderr.write("usage: screenshots.py OUT_FOLDER\n")
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    from secondopinion_desktop.services.bundle import example_case_text
    from secondopinion_desktop.storage.store import open_store
    from secondopinion_desktop.ui import theme
    from secondopinion_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        theme.apply(app, settings)
        window = MainWindow(folder, settings, "en")
        window.resize(*SIZE)
        window.show()
        settle(app)
        store = open_store(folder)
        window.attach(store)
        case_id = window.actions_.import_case_text(example_case_text())
        if case_id is None:
            sys.stderr.write("The example case could not be opened.\n")
            return 1
        for name, step, _caption in SHOTS:
            window.show_step(step)
            settle(app)
            if not window.grab().save(str(out / name)):
                sys.stderr.write(f"Could not write {out / name}.\n")
                return 1
        window.close()
        store.close()
    print(f"Wrote {len(SHOTS)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
