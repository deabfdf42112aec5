"""The print panel offers the printouts and paper sizes of reports.kinds, in that order."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from secondopinion_desktop.reports.kinds import KINDS, PAPERS
from secondopinion_desktop.ui.print_panel import PrintPanel


def test_every_printout_and_paper_is_offered_with_a_name(qtbot: QtBot) -> None:
    panel = PrintPanel(lambda kind, large, paper: b"", paper="a4")
    qtbot.addWidget(panel)
    kinds = [panel.kind_box.itemData(i) for i in range(panel.kind_box.count())]
    names = [panel.kind_box.itemText(i) for i in range(panel.kind_box.count())]
    assert kinds == list(KINDS)
    assert names[0] == "Visit summary" and all(names) and len(set(names)) == len(names)
    papers = [panel.paper_box.itemData(i) for i in range(panel.paper_box.count())]
    assert papers == list(PAPERS)
    assert [panel.paper_box.itemText(i) for i in range(2)] == ["Letter", "A4"]
    assert panel.kind() == "summary" and panel.paper() == "a4"
