"""Inputs that reflow at large text sizes: tick boxes whose words wrap, choices that narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from secondopinion_desktop.ui.fields import CheckBinding, Target, error_label

if TYPE_CHECKING:
    from secondopinion_desktop.ui.pages.base import StepPage


class _ClickableLabel(QLabel):
    """The words beside a tick box: clicking them ticks the box, as with a plain QCheckBox."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
        super().mouseReleaseEvent(event)


class CheckRow(QWidget):
    """A QCheckBox (``.box``) with its words in a wrapping label (``.label``).

    A QCheckBox never wraps its text, so a long reason at 200% text size would make the whole
    page wider than the window. The box carries the words as its accessible name.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text.replace("&", ""))
        self.label = _ClickableLabel(text, self.box, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def text(self) -> str:
        return self.label.text()


def bound_check_row(
    page: StepPage, form: QFormLayout, text: str, target: Target, attribute: str
) -> CheckRow:
    """Like ``StepPage.check``, but the words wrap: a yes/no field that saves when ticked."""
    parent = form.parentWidget()
    row = CheckRow(text, parent)
    problem = error_label(parent)
    form.addRow(row)
    form.addRow(problem)
    page.bindings.append(CheckBinding(row.box, page.ctx, target, attribute, problem))
    return row


def let_choices_narrow(root: QWidget, shortest: int = 12) -> None:
    """Let every drop-down under ``root`` be narrower than its longest entry.

    By default a QComboBox is as wide as its longest entry, which at 200% text size can make a
    page wider than the window; the open list still shows every entry in full.
    """
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(shortest)
