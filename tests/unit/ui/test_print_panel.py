"""The print panel, offscreen: preview follows the choices; save, print and open work."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import page_sizes, read
from pytestqt.qtbot import QtBot
from report_samples import realistic_case

from secondopinion_desktop.reports import build_pdf
from secondopinion_desktop.services import printing
from secondopinion_desktop.storage.errors import StoreError
from secondopinion_desktop.ui import print_panel as panel_module
from secondopinion_desktop.ui.print_panel import PrintPanel


class Renderer:
    """Renders the realistic case and remembers what was asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool, str]] = []
        self.fail_with: Exception | None = None

    def __call__(self, kind: str, large_print: bool, paper: str) -> bytes:
        self.calls.append((kind, large_print, paper))
        if self.fail_with is not None:
            raise self.fail_with
        return build_pdf(realistic_case(), kind, large_print=large_print, paper=paper)


@pytest.fixture
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture
def panel(qtbot: QtBot, renderer: Renderer) -> PrintPanel:
    widget = PrintPanel(renderer, "summary", paper="a4")
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.page_count() > 0)
    return widget


def test_shows_the_default_kind_when_shown(panel: PrintPanel, renderer: Renderer) -> None:
    assert renderer.calls == [("summary", False, "a4")]
    assert panel.kind_box.currentText() == "Visit summary"
    assert "page" in panel.status.text()


def test_choosing_a_kind_refreshes_the_preview(
    qtbot: QtBot, panel: PrintPanel, renderer: Renderer
) -> None:
    panel.kind_box.setCurrentIndex(panel.kind_box.findText("Letter to my primary care doctor"))
    qtbot.waitUntil(lambda: renderer.calls[-1][0] == "pcp-letter")
    assert panel.page_count() == 1
    panel.set_kind("comparison")
    qtbot.waitUntil(lambda: renderer.calls[-1][0] == "comparison")
    assert panel.page_count() > 0


def test_large_print_and_paper_are_passed_on(
    qtbot: QtBot, panel: PrintPanel, renderer: Renderer
) -> None:
    before = panel.page_count()
    panel.large_print.setChecked(True)
    panel.paper_box.setCurrentIndex(panel.paper_box.findData("letter"))
    qtbot.waitUntil(lambda: renderer.calls[-1] == ("summary", True, "letter"))
    assert panel.page_count() > before
    # Two quick changes render once, not twice.
    assert renderer.calls.count(("summary", True, "a4")) == 0


def test_controls_have_labels_and_room(panel: PrintPanel) -> None:
    assert panel.kind_label.buddy() is panel.kind_box
    assert panel.kind_box.accessibleName() == "Printout"
    assert panel.paper_box.accessibleName() == "Paper"
    assert panel.large_print.accessibleName() == "Large print"
    for button in (panel.print_button, panel.save_button, panel.open_button):
        assert button.height() >= 32
        assert button.accessibleName()


def test_save_as_writes_the_pdf(
    panel: PrintPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "my summary"
    monkeypatch.setattr(
        panel_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    saved = panel.save_as()
    assert saved == tmp_path / "my summary.pdf"
    doc = read(saved.read_bytes())
    assert page_sizes(doc) == {(595, 842)}
    assert "Margaret O'Neill" in doc.text


def test_save_as_to_a_missing_folder_says_so(
    panel: PrintPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        panel_module.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "gone" / "x.pdf"), ""),
    )
    monkeypatch.setattr(
        panel_module.QMessageBox, "warning", lambda parent, title, text: messages.append(text)
    )
    assert panel.save_as() is None
    assert messages and "that folder does not exist" in messages[0]


def test_print_hands_the_pdf_file_to_lp(panel: PrintPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    commands: list[list[str]] = []
    sent: list[bytes] = []

    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        commands.append(command)
        if command[-1] == "-a":
            return subprocess.CompletedProcess(command, 0, "Office accepting requests\n", "")
        if command[-1] == "-d":
            return subprocess.CompletedProcess(
                command, 0, "system default destination: Office\n", ""
            )
        sent.append(Path(command[-1]).read_bytes())
        return subprocess.CompletedProcess(command, 0, "request id is Office-1\n", "")

    monkeypatch.setattr(printing.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(printing.subprocess, "run", fake_run)
    assert panel.print_pdf()
    assert commands[-1][:3] == ["/usr/bin/lp", "-d", "Office"]
    assert sent and sent[0] == panel.pdf_bytes()
    assert panel.status.text() == "Sent to the printer."


def test_open_in_viewer_uses_a_private_copy(
    panel: PrintPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        panel_module.QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    assert panel.open_in_viewer()
    path = Path(opened[0])
    assert path.read_bytes().startswith(b"%PDF-")
    assert path.stat().st_mode & 0o077 == 0
    assert path.parent.stat().st_mode & 0o077 == 0


def test_a_failed_render_is_one_plain_message(
    qtbot: QtBot, panel: PrintPanel, renderer: Renderer, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        panel_module.QMessageBox, "warning", lambda parent, title, text: messages.append(text)
    )
    renderer.fail_with = StoreError("There is no case number 7.")
    assert not panel.refresh()
    assert messages == ["The printout could not be made. There is no case number 7."]


def test_without_lp_pages_are_drawn_at_printer_resolution(
    panel: PrintPanel, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(300)
    panel.set_kind("comparison")
    assert panel.refresh()
    assert panel.print_pages(printer)
    printed = read(out.read_bytes())
    assert len(printed.pages) == panel.page_count()
    # Each page is one image filling the printable area at 300 dpi (A4: about 2480 wide).
    widths = [
        int(xobject.get_object()["/Width"])
        for page in printed.reader.pages
        for xobject in page["/Resources"]["/XObject"].values()
    ]
    assert len(widths) == panel.page_count()
    assert min(widths) >= 2300


def test_nothing_to_print_saves_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        panel_module.QMessageBox, "warning", lambda parent, title, text: messages.append(text)
    )
    asked: list[object] = []
    monkeypatch.setattr(
        panel_module.QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", "")
    )
    widget = PrintPanel(lambda kind, large, paper: b"", "summary", paper="a4")
    qtbot.addWidget(widget)
    assert widget.save_as() is None
    assert messages == ["There is nothing to print yet."]
    assert not asked
    assert widget.status.text() == "Nothing to show."
