"""The print panel on the follow-up letter, opened from an overdue request on the Records step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

if TYPE_CHECKING:
    from secondopinion_desktop.ui.pages.base import StepPage

KIND = "records-follow-up"


def open_follow_up_print(page: StepPage) -> QDialog:
    """Show the case's print panel on the follow-up letters, in a window of its own."""
    from secondopinion_desktop.ui.pages.page_parts import case_print_panel

    dialog = QDialog(page)
    dialog.setWindowTitle(QCoreApplication.translate("RecordsPage", "Print a follow-up letter"))
    layout = QVBoxLayout(dialog)
    panel = case_print_panel(page, KIND)
    panel.setParent(dialog)
    layout.addWidget(panel)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    line = page.fontMetrics().lineSpacing()
    dialog.resize(line * 50, line * 36)
    dialog.setProperty("printPanel", panel)
    dialog.show()
    return dialog
