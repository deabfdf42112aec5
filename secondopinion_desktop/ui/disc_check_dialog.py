"""The imaging-disc check in the window: a folder read on a worker thread, then plain words.

The reading is services/disc_check.py's; this module only runs it off the GUI thread (a plain
threading.Thread whose progress and result come back through queued Qt signals), lets the
person cancel, and words the findings in the window's language, as commands/disc_commands.py
does in English for the command line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from secondopinion_desktop.services.disc_check import DiscFindings, DiscWarning


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# DICOM modality codes in the words a person uses; anything else is shown as its code.
MODALITY_WORDS = {
    "CT": QT_TRANSLATE_NOOP("DiscWords", "CT scan"),
    "MR": QT_TRANSLATE_NOOP("DiscWords", "MRI"),
    "CR": QT_TRANSLATE_NOOP("DiscWords", "X-ray"),
    "DX": QT_TRANSLATE_NOOP("DiscWords", "X-ray"),
    "US": QT_TRANSLATE_NOOP("DiscWords", "ultrasound"),
    "MG": QT_TRANSLATE_NOOP("DiscWords", "mammogram"),
    "PT": QT_TRANSLATE_NOOP("DiscWords", "PET scan"),
    "NM": QT_TRANSLATE_NOOP("DiscWords", "nuclear medicine scan"),
    "XA": QT_TRANSLATE_NOOP("DiscWords", "angiogram"),
    "RF": QT_TRANSLATE_NOOP("DiscWords", "fluoroscopy"),
    "SC": QT_TRANSLATE_NOOP("DiscWords", "captured pictures"),
    "OT": QT_TRANSLATE_NOOP("DiscWords", "other images"),
}


class DiscWords(QObject):
    """The findings in plain sentences, in the window's language (through ``self.tr``)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def _date(self, value: date) -> str:
        from secondopinion_desktop.model.dates import format_long_date

        return format_long_date(value, self.language)

    def modality(self, code: str) -> str:
        words = MODALITY_WORDS.get(code)
        return QCoreApplication.translate("DiscWords", words) if words else code

    def describe(self, findings: DiscFindings) -> list[str]:
        """The findings in plain lines, the most important first."""
        lines: list[str] = []
        if findings.found_images:
            studies = len(findings.studies)
            lines.append(
                (
                    self.tr("Images found: %1 in 1 study.")
                    if studies == 1
                    else self.tr("Images found: %1 in %2 studies.").replace("%2", str(studies))
                ).replace("%1", str(findings.images))
            )
            for study in findings.studies:
                when = self._date(study.on) if study.on else self.tr("date not given")
                kinds = ", ".join(self.modality(m) for m in study.modalities) or self.tr("images")
                about = f" \u201c{study.description}\u201d" if study.description else ""
                count = (
                    self.tr("1 image")
                    if study.images == 1
                    else self.tr("%1 images").replace("%1", str(study.images))
                )
                lines.append(f"\u2022 {when}: {kinds}{about}, {count}")
        for patient in findings.patients:
            if patient.name or patient.birth_date:
                name = patient.name or self.tr("(no name on the disc)")
                if patient.birth_date:
                    lines.append(
                        self.tr("The disc is for: %1, born %2.")
                        .replace("%1", name)
                        .replace("%2", self._date(patient.birth_date))
                    )
                else:
                    lines.append(self.tr("The disc is for: %1.").replace("%1", name))
        lines.extend(self.warning(w) for w in findings.warnings)
        if findings.found_images and not findings.warnings:
            lines.append(self.tr("The disc looks right: it holds the images themselves."))
        return lines

    def warning(self, warning: DiscWarning) -> str:
        facts = warning.facts
        match warning.code:
            case "no_images":
                viewer, pictures = facts.get("viewer_files"), facts.get("pictures")
                if viewer and pictures:
                    held = self.tr(" It holds only a viewer program and pictures or documents.")
                elif viewer:
                    held = self.tr(" It holds only a viewer program.")
                elif pictures:
                    held = self.tr(" It holds only pictures or documents.")
                else:
                    held = ""
                return (
                    self.tr("Warning: no medical images (DICOM) were found on this disc.")
                    + held
                    + self.tr(
                        " Ask the imaging office for a true DICOM disc with the images themselves."
                    )
                )
            case "unreadable_files":
                return self.tr(
                    "Warning: %1 file(s) could not be read; the disc may be damaged. Ask for a "
                    "new copy."
                ).replace("%1", str(facts["count"]))
            case "missing_files":
                return self.tr(
                    "Warning: the disc's index names %1 file(s) that are not on it. Ask for a "
                    "new copy."
                ).replace("%1", str(facts["count"]))
            case "name_differs":
                return (
                    self.tr(
                        "Warning: the disc carries the name %1, not %2. Check that it is yours "
                        "before you bring it."
                    )
                    .replace("%1", str(facts["on_disc"]))
                    .replace("%2", str(facts["person"]))
                )
            case "birth_date_differs":
                return (
                    self.tr("Warning: the disc carries the birth date %1, not %2.")
                    .replace("%1", self._date(facts["on_disc"]))
                    .replace("%2", self._date(facts["person"]))
                )
            case "several_people":
                return self.tr(
                    "Warning: the disc holds images of more than one person: %1."
                ).replace("%1", ", ".join(facts["names"]))
            case "stopped_at_limit":
                return self.tr(
                    "Warning: the disc holds very many files; only the first ones were checked."
                )
            case "cancelled":
                return self.tr("The check was stopped before the end.")
        return warning.code

    def summary(self, on: date, studies: int, images: int) -> str:
        """The one line a record shows for its last check."""
        study_words = (
            self.tr("1 study")
            if studies == 1
            else self.tr("%1 studies").replace("%1", str(studies))
        )
        image_words = (
            self.tr("1 image") if images == 1 else self.tr("%1 images").replace("%1", str(images))
        )
        return (
            self.tr("Disc checked on %1: %2, %3.")
            .replace("%1", self._date(on))
            .replace("%2", study_words)
            .replace("%3", image_words)
        )


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class DiscCheckDialog(QDialog):
    """Runs one check with a progress bar and Cancel, then shows the findings in words."""

    def __init__(
        self,
        language: str,
        *,
        person_name: str | None = None,
        birth_date: date | None = None,
        on_result: Callable[[DiscFindings], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check an imaging disc"))
        self.words = DiscWords(language)
        self.person_name = person_name
        self.birth_date = birth_date
        self.on_result = on_result
        self.findings: DiscFindings | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Reading the disc..."), self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.last_progress: tuple[int, int] = (0, 0)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("How much of the disc has been read"))
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.findings_box = QPlainTextEdit(self)
        self.findings_box.setReadOnly(True)
        self.findings_box.setTabChangesFocus(True)
        self.findings_box.setAccessibleName(self.tr("What the disc holds"))
        # Room for a few studies and warnings at any text size, within a 1024x768 screen.
        metrics = self.findings_box.fontMetrics()
        self.findings_box.setMinimumSize(
            min(metrics.averageCharWidth() * 60, 900), min(metrics.lineSpacing() * 9, 520)
        )
        self.findings_box.hide()
        layout.addWidget(self.findings_box)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        # Closing the window mid-check stops the worker rather than leave it reading.
        self.finished.connect(lambda _result: self._stop.set())

    # -- running ------------------------------------------------------------------------
    def start(self, path: Path | str) -> None:
        """Read ``path`` on a worker thread; the dialog stays responsive meanwhile."""
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._work, args=(Path(path),), name="disc-check", daemon=True
        )
        self._thread.start()

    def _work(self, path: Path) -> None:
        from secondopinion_desktop.services.disc_check import DiscNotFound, check_disc

        try:
            findings = check_disc(
                path,
                person_name=self.person_name,
                birth_date=self.birth_date,
                progress=lambda done, total: self._relay.progressed.emit(done, total),
                cancelled=self._stop.is_set,
            )
        except DiscNotFound as exc:
            self._relay.failed.emit(exc.code)
            return
        except OSError:
            self._relay.failed.emit("unreadable")
            return
        self._relay.finished.emit(findings)

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, seconds: float = 30.0) -> None:
        """Wait for the worker (tests, and closing the dialog mid-check)."""
        if self._thread is not None:
            self._thread.join(seconds)

    def cancel(self) -> None:
        if self.running():
            self._stop.set()
            self.status.setText(self.tr("Stopping..."))
        else:
            self.reject()

    # -- results, on the GUI thread -----------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(
            self.tr("Reading the disc: %1 of %2 files.")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _finished(self, findings: DiscFindings) -> None:
        self.findings = findings
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.hide()
        self.status.setText(
            self.tr("The check was stopped before the end.")
            if findings.cancelled
            else self.tr("The disc has been read.")
        )
        self.findings_box.setPlainText("\n".join(self.words.describe(findings)))
        self.findings_box.show()
        self._show_close()
        if self.on_result is not None and not findings.cancelled:
            self.on_result(findings)

    def _failed(self, code: str) -> None:
        self.progress.hide()
        self.status.setText(
            self.tr("That folder could not be found. Choose the disc or the folder again.")
            if code == "not_found"
            else self.tr(
                "That is not a folder. Choose the disc itself, or a folder copied from it."
            )
            if code == "not_a_folder"
            else self.tr("The disc could not be read. Try again, or ask for a new copy.")
        )
        self._show_close()

    def _show_close(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    def result_text(self) -> str:
        return self.findings_box.toPlainText()


def choose_disc_folder(parent: QWidget) -> str:
    """Ask for the disc or a folder copied from it; an empty string when the person cancels."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("DiscCheckDialog", "Choose the disc or its folder")
    )
