"""The step table: each step's page class is the one for its key, and titled as the list names it."""

from __future__ import annotations

import os
import subprocess
import sys

from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.steps import STEPS


def test_each_step_names_its_own_page_class() -> None:
    for step in STEPS:
        page = step.page
        assert issubclass(page, StepPage)
        assert page.key == step.key
        assert page.title() == step.title() != ""


def test_the_step_list_can_be_named_without_importing_a_page() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from secondopinion_desktop.ui.steps import STEPS\n"
        "print([s.title() for s in STEPS][0])\n"
        "print(sorted(m for m in sys.modules if m.endswith('_page')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["About the diagnosis", "[]"]
