"""The first-run welcome: what the app is for, where the information stays, and how to begin."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QScrollArea):
    """Shown in the centre of the window while there is no one in the store yet."""

    start_requested = Signal()
    example_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes to the buttons, not to the unnamed frame around them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        self.heading = QLabel(self.tr("Welcome to Second Opinion Companion"), inner)
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        # What the app is for and how to begin come first, so they show without scrolling
        # even at the largest text on a small screen; the reassurance and privacy follow.
        purpose = QLabel(
            self.tr(
                "This app helps you prepare for a second medical opinion, calmly and step by "
                "step: why you want one, who your doctors are, what your insurance says, which "
                "records to send ahead, and the questions to ask. At the end it prints a summary "
                "to bring to the visit."
            ),
            inner,
        )
        purpose.setWordWrap(True)
        purpose.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(purpose)
        choose = QLabel(
            self.tr("To begin, start a case of your own, or look around an example first."), inner
        )
        choose.setWordWrap(True)
        layout.addWidget(choose)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start a case"), inner)
        self.example_button = QPushButton(self.tr("Open an example case"), inner)
        # The default button: Enter presses it while it has the keyboard, as it does at start.
        self.start_button.setDefault(True)
        for button in (self.start_button, self.example_button):
            button.setMinimumHeight(40)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        paragraphs = (
            self.tr(
                "Asking for a second opinion is normal. Good doctors expect it, and no doctor "
                "should be upset that you ask."
            ),
            self.tr(
                "Everything you type stays on this computer and is saved as you go. Nothing is "
                "sent anywhere. Your information is kept in this folder:"
            ),
        )
        for text in paragraphs:
            label = QLabel(text, inner)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.folder_label = QLabel(str(data_dir), inner)
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folder_label.setAccessibleName(self.tr("Folder where your information is kept"))
        self.folder_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.folder_label)
        layout.addStretch(1)
        self.start_button.clicked.connect(self.start_requested)
        self.example_button.clicked.connect(self.example_requested)
        self.setWidget(inner)
