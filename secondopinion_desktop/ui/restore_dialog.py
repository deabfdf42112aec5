"""File > Restore from backup...: choose a backup by its date, see how many cases it holds, confirm.

A pure widget over plain data (:class:`RestoreOption`); the caller lists the backups and does
the restoring. After ``exec()`` returns Accepted, :attr:`RestoreDialog.chosen` is the backup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RestoreOption:
    """One backup as the list shows it: its file, its date written long, its number of cases."""

    path: Path
    when: str
    cases: int | None


class RestoreDialog(QDialog):
    """A list of backups, newest first, and a Restore button that asks for confirmation.

    ``confirm`` asks the final question and returns True to go ahead; by default a message box.
    """

    def __init__(
        self,
        options: Sequence[RestoreOption],
        parent: QWidget | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = list(options)
        self.chosen: RestoreOption | None = None
        self._confirm = confirm or self._ask
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))

        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if self.options:
            intro.setText(
                self.tr(
                    "Choose the backup to bring back. Your information as it is now will be "
                    "backed up first, so nothing is lost."
                )
            )
        else:
            intro.setText(
                self.tr("There are no backups yet. One is made every hour while you work.")
            )
        layout.addWidget(intro)

        caption = QLabel(self.tr("&Backups, newest first:"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        caption.setBuddy(self.list)
        for option in self.options:
            item = QListWidgetItem(self._label(option))
            item.setData(PATH_ROLE, str(option.path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._label(option))
            self.list.addItem(item)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore this backup..."), self)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._restore_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda _item: self._restore_chosen())
        if self.options:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(560, 400)

    def _cases_text(self, cases: int | None) -> str:
        if cases is None:
            return self.tr("number of cases unknown")
        if cases == 1:
            return self.tr("1 case")
        return self.tr("%1 cases").replace("%1", str(cases))

    def _label(self, option: RestoreOption) -> str:
        return f"{option.when} \u2014 {self._cases_text(option.cases)}"

    def _ask(self, question: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Please confirm"))
        box.setText(question)
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep what I have"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is yes

    def question_for(self, option: RestoreOption) -> str:
        return (
            self.tr(
                "Replace your information with the backup from %1 (%2)? Your information as "
                "it is now will be backed up first, so you can come back to it."
            )
            .replace("%1", option.when)
            .replace("%2", self._cases_text(option.cases))
        )

    def _restore_chosen(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.options):
            return
        option = self.options[row]
        if self._confirm(self.question_for(option)):
            self.chosen = option
            self.accept()
