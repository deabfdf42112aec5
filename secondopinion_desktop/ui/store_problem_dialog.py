"""The dialog shown when the saved information is damaged: what happened, and three choices.

A pure widget: it takes the paragraph to show and the date of the newest good backup (already
written out in words), and reports the person's choice. It never touches the store itself.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StoreProblemChoice(StrEnum):
    RESTORE = "restore"
    OTHER_FOLDER = "other_folder"
    QUIT = "quit"


class StoreProblemDialog(QDialog):
    """One plain paragraph and the choices: restore the newest backup, open another folder, quit.

    ``newest_backup_when`` is None when there is no good backup; the restore choice is then
    left out. After ``exec()``, :attr:`choice` says what the person chose (Escape means quit).
    """

    def __init__(
        self, paragraph: str, newest_backup_when: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Escape or the close button leave this as it is: change nothing and quit.
        self.choice = StoreProblemChoice.QUIT
        self.setWindowTitle(self.tr("Your information could not be opened"))
        self.setAccessibleName(self.tr("Your information could not be opened"))
        self.setModal(True)

        layout = QVBoxLayout(self)
        self.message = QLabel(paragraph, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths are data, never markup
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("What happened"))
        self.message.setAccessibleDescription(paragraph)
        # About 45 characters a line, never wider than the screen: the paragraph's height is
        # then known when the dialog is sized (a wrapped label otherwise comes out cut short).
        line = self.message.fontMetrics().averageCharWidth() * 45
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        self.message.setMinimumWidth(max(480, min(line, screen - 80)))
        layout.addWidget(self.message)

        # One under the other, each as wide as the paragraph: easy to find and to hit.
        buttons = QVBoxLayout()
        self.restore_button: QPushButton | None = None
        if newest_backup_when is not None:
            label = self.tr("Restore the newest backup (from %1)").replace(
                "%1", newest_backup_when
            )
            # The date is in the paragraph above and in the spoken name: on the button itself
            # it made the dialog wider than a 1024-pixel screen at large text.
            self.restore_button = QPushButton(self.tr("Restore the newest backup"), self)
            self.restore_button.setAccessibleName(label)
            self.restore_button.setToolTip(label)
            self.restore_button.clicked.connect(lambda: self._choose(StoreProblemChoice.RESTORE))
            buttons.addWidget(self.restore_button)
        self.other_button = QPushButton(self.tr("Open another folder..."), self)
        self.other_button.setAccessibleName(self.tr("Open another folder"))
        self.other_button.clicked.connect(lambda: self._choose(StoreProblemChoice.OTHER_FOLDER))
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.clicked.connect(lambda: self._choose(StoreProblemChoice.QUIT))
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)

        # Its whole height (adjustSize would stop at two thirds of a small screen and cut the
        # paragraph's last line).
        hint = self.sizeHint()
        height = self.screen().availableGeometry().height() if self.screen() else hint.height()
        self.resize(hint.width(), min(hint.height(), height))
        default = self.restore_button or self.quit_button
        default.setDefault(True)
        default.setFocus()

    def _choose(self, choice: StoreProblemChoice) -> None:
        self.choice = choice
        if choice is StoreProblemChoice.QUIT:
            self.reject()
        else:
            self.accept()


def ask_about_damaged_store(
    paragraph: str, newest_backup_when: str | None, parent: QWidget | None = None
) -> StoreProblemChoice:
    """Show the dialog and wait for the person's choice."""
    dialog = StoreProblemDialog(paragraph, newest_backup_when, parent)
    dialog.exec()
    return dialog.choice
