"""The print panel: choose a printout, preview it, print it, save it or open it elsewhere.

It knows nothing of the store: the window hands it a ``render(kind, large_print, paper)``
callable that returns the PDF bytes. Rendering takes a fraction of a second, so it happens
only when a choice here changes (or on ``refresh()``), never on every keystroke elsewhere.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion_desktop.reports.kinds import DEFAULT_KIND, KINDS, PAPERS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

Renderer = Callable[[str, bool, str], bytes]

MIN_BUTTON_HEIGHT = 32
MAX_RENDER_DPI = 600


class PrintPanel(QWidget):
    """Choice of printout, large print and paper; a live preview; Print, Save as and Open."""

    def __init__(
        self,
        render: Renderer,
        default_kind: str = DEFAULT_KIND,
        parent: QWidget | None = None,
        *,
        paper: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._render = render
        self._data: bytes | None = None
        self._stale = True
        self._temp_dir: tempfile.TemporaryDirectory[str] | None = None
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)

        self.kind_label = QLabel(self.tr("Printout"), self)
        self.kind_box = QComboBox(self)
        names = self._kind_names()
        for kind in KINDS:
            self.kind_box.addItem(names[kind], kind)
        self._labelled(self.kind_box, self.kind_label)

        self.large_print = QCheckBox(self.tr("Large print"), self)
        self.large_print.setAccessibleName(self.large_print.text())

        self.paper_label = QLabel(self.tr("Paper"), self)
        self.paper_box = QComboBox(self)
        paper_names = {"letter": self.tr("Letter"), "a4": self.tr("A4")}
        for size in PAPERS:
            self.paper_box.addItem(paper_names[size], size)
        self._labelled(self.paper_box, self.paper_label)
        if paper is None:
            from secondopinion_desktop.reports.paper import default_paper

            paper = default_paper(QLocale.system().name())
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))

        self.print_button = self._button(self.tr("Print..."), self.print_pdf)
        self.save_button = self._button(self.tr("Save as..."), self.save_as)
        self.open_button = self._button(self.tr("Open in my PDF viewer"), self.open_in_viewer)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of the printout"))
        self.view.setMinimumHeight(420)

        # Two short rows rather than one long one, so nothing is pushed off the page at
        # large text sizes or with longer Spanish words.
        choices = QGridLayout()
        choices.addWidget(self.kind_label, 0, 0)
        choices.addWidget(self.kind_box, 0, 1, 1, 2)
        choices.addWidget(self.paper_label, 1, 0)
        choices.addWidget(self.paper_box, 1, 1)
        choices.addWidget(self.large_print, 1, 2)
        choices.setColumnStretch(2, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.print_button, 0, 0)
        buttons.addWidget(self.save_button, 0, 1)
        buttons.addWidget(self.open_button, 1, 0, 1, 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        # Several changes in a row (or a kind set from code) render once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self._schedule)
        self.large_print.toggled.connect(self._schedule)
        self.paper_box.currentIndexChanged.connect(self._schedule)
        self.set_kind(default_kind)

    # ----- the choices ---------------------------------------------------------------------

    def _kind_names(self) -> dict[str, str]:
        """The window's words for each printout of reports.kinds, in the person's language."""
        return {
            "summary": self.tr("Visit summary"),
            "records-request": self.tr("Letters asking for records"),
            "records-follow-up": self.tr("Letters asking again for late records"),
            "comparison": self.tr("Opinions side by side"),
            "pcp-letter": self.tr("Letter to my primary care doctor"),
            "blank-worksheet": self.tr("Blank worksheet"),
            "companion": self.tr("The companion's copy"),
        }

    def _labelled(self, widget: QWidget, label: QLabel) -> None:
        label.setBuddy(widget)
        widget.setAccessibleName(label.text())
        widget.setMinimumHeight(MIN_BUTTON_HEIGHT)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("."))
        button.setMinimumHeight(MIN_BUTTON_HEIGHT)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def paper(self) -> str:
        return str(self.paper_box.currentData())

    def is_large_print(self) -> bool:
        return self.large_print.isChecked()

    def set_kind(self, kind: str) -> None:
        """Show ``kind`` ("summary", "records-request"...); the preview follows."""
        index = self.kind_box.findData(kind)
        if index < 0:
            raise ValueError(f"unknown printout {kind!r}")
        if index != self.kind_box.currentIndex():
            self.kind_box.setCurrentIndex(index)
        else:
            self._schedule()

    def invalidate(self) -> None:
        """The case changed: render again the next time the panel is shown."""
        self._stale = True
        if self.isVisible():
            self._schedule()

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    # ----- rendering -----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Render the chosen printout now and show it; False (after a message) on failure."""
        self._timer.stop()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self._render(self.kind(), self.is_large_print(), self.paper())
        except Exception as exc:  # any failure becomes one plain message
            QApplication.restoreOverrideCursor()
            self._show_error(self.tr("The printout could not be made."), exc)
            return False
        QApplication.restoreOverrideCursor()
        self._stale = False
        self._load(data)
        return True

    def _load(self, data: bytes) -> None:
        self._data = data
        self.document.close()
        if self._buffer.isOpen():
            self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        if pages == 1:
            self.status.setText(self.tr("1 page to print."))
        elif pages:
            self.status.setText(self.tr("%1 pages to print.").replace("%1", str(pages)))
        else:
            self.status.setText(self.tr("Nothing to show."))

    def page_count(self) -> int:
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes | None:
        """The PDF now shown, rendering it first if the choices changed."""
        if (self._stale or self._data is None) and not self.refresh():
            return None
        if not self._data:
            # No case chosen yet: the window's renderer gives nothing rather than failing.
            self._show_error(self.tr("There is nothing to print yet."))
            return None
        return self._data

    def _show_error(self, summary: str, exc: BaseException | None = None) -> None:
        detail = getattr(exc, "message", None) if exc is not None else None
        text = f"{summary} {detail}" if detail else summary
        QMessageBox.warning(self, self.tr("Printing"), text)

    def _file_name(self) -> str:
        return {
            "summary": self.tr("visit-summary"),
            "records-request": self.tr("records-request-letters"),
            "records-follow-up": self.tr("records-follow-up-letters"),
            "comparison": self.tr("opinions-side-by-side"),
            "pcp-letter": self.tr("letter-to-my-doctor"),
            "blank-worksheet": self.tr("visit-worksheet"),
            "companion": self.tr("companion-copy"),
        }.get(self.kind(), "printout") + ".pdf"

    # ----- the three actions ---------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where, then save the PDF there (atomically, private). The path, or None."""
        data = self.pdf_bytes()
        if data is None:
            return None
        start = str(Path.home() / self._file_name())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the printout"), start, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from secondopinion_desktop.services.printing import WriteFileError, write_file_atomically

        try:
            write_file_atomically(path, data)
        except WriteFileError as exc:
            QMessageBox.warning(self, self.tr("Printing"), exc.message)
            return None
        self.status.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        return path

    def _private_copy(self, data: bytes) -> Path:
        """The PDF in a folder only this person can read, removed when the panel goes."""
        if self._temp_dir is None:
            from secondopinion_desktop.services.print_temp import folder_prefix

            # Named with this process's id, so the next start removes it should a crash leave it.
            self._temp_dir = tempfile.TemporaryDirectory(prefix=folder_prefix())
            os.chmod(self._temp_dir.name, 0o700)
        path = Path(self._temp_dir.name) / self._file_name()
        from secondopinion_desktop.services.printing import write_file_atomically

        write_file_atomically(path, data)
        return path

    def open_in_viewer(self) -> bool:
        data = self.pdf_bytes()
        if data is None:
            return False
        try:
            path = self._private_copy(data)
        except Exception as exc:
            self._show_error(self.tr("The printout could not be opened."), exc)
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_error(
                self.tr("No program to show PDF files was found. Use Save as... instead.")
            )
            return False
        return True

    def print_pdf(self) -> bool:
        """Print: the PDF itself to CUPS when ``lp`` is there (sharpest), else through Qt."""
        data = self.pdf_bytes()
        if data is None:
            return False
        from secondopinion_desktop.services.printing import lp_program

        lp = lp_program()
        if lp is not None:
            return self._print_with_lp(lp, data)
        return self._print_with_qt()

    def _print_with_lp(self, lp: str, data: bytes) -> bool:
        from secondopinion_desktop.services.printing import (
            PrinterRefusedError,
            cups_printers,
            send_to_lp,
        )
        from secondopinion_desktop.storage.errors import StoreError

        printers, default = cups_printers()
        if not printers and default is None:
            self._show_error(
                self.tr("No printer is set up on this computer. Use Save as... instead.")
            )
            return False
        destination = default
        if len(printers) > 1 or (printers and default not in printers):
            current = printers.index(default) if default in printers else 0
            choice, accepted = QInputDialog.getItem(
                self, self.tr("Print"), self.tr("Printer"), printers, current, False
            )
            if not accepted:
                return False
            destination = choice
        elif printers:
            destination = printers[0]
        try:
            send_to_lp(lp, self._private_copy(data), destination)
        except PrinterRefusedError:
            self._show_error(self.tr("The printer did not accept the printout."))
            return False
        except (StoreError, OSError):
            self._show_error(self.tr("The printer could not be reached."))
            return False
        self.status.setText(self.tr("Sent to the printer."))
        return True

    def _print_with_qt(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_pages(printer)

    def print_pages(self, printer: QPrinter) -> bool:
        """Draw every page on ``printer`` at its own resolution, showing progress."""
        from PySide6.QtPrintSupport import QPrinter

        pages = self.document.pageCount()
        progress = QProgressDialog(self.tr("Printing..."), self.tr("Stop"), 0, pages, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            self._show_error(self.tr("The printer could not be reached."))
            return False
        try:
            # The printer's own resolution, up to 600 dpi: sharp on paper, and a page image
            # stays near 140 MB at most instead of half a gigabyte at 1200 dpi.
            dpi = min(printer.resolution(), MAX_RENDER_DPI)
            scale = printer.resolution() / dpi
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for index in range(pages):
                if progress.wasCanceled():
                    return False
                progress.setValue(index)
                if index:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                # Rendered straight at the printer's resolution, so text stays sharp.
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                room = QSize(round(target.width() / scale), round(target.height() / scale))
                fitted = pixels.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(index, fitted)
                on_paper = QRect(
                    target.topLeft(),
                    QSize(round(fitted.width() * scale), round(fitted.height() * scale)),
                )
                painter.drawImage(on_paper, image)
            progress.setValue(pages)
        finally:
            painter.end()
        return True
