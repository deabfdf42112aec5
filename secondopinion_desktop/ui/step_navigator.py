"""The steps of a case with their ticks, as a list that says which step the person chose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Signal

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget


class StepList(QtWidgets.QListWidget):
    """The list of steps, asking for the height its rows take as laid out."""

    def contents_height(self) -> int:
        """Every row as laid out at the list's width (a long step name wraps onto two lines,
        which the rows' own size hints, and so Qt's adjust-to-contents, do not know)."""
        rows = sum(
            max(self.visualItemRect(self.item(i)).height(), self.sizeHintForRow(i))
            for i in range(self.count())
        )
        return rows + self.frameWidth() * 2 + 4

    def sizeHint(self) -> QtCore.QSize:
        # Asked for, not held to: the column gives the steps their rows before a folded to-do
        # list's spare room, and the window can still be made shorter (they scroll then).
        return QtCore.QSize(super().sizeHint().width(), self.contents_height())


class StepNavigator(QtWidgets.QWidget):
    """The caption "Steps" and the list of steps, each ticked when done.

    It also fills the compact step chooser that stands in for it when the window is narrow.
    It never shows a page itself: it says which step was chosen, and the window shows it.
    """

    step_chosen = Signal(int)  # chosen in the list (the window moves the keyboard on itself)
    step_picked = Signal(int)  # chosen in the compact chooser (the keyboard goes to the page)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser: QtWidgets.QComboBox | None = None
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QtWidgets.QLabel(self.tr("Steps"), self)
        caption.setObjectName("sectionHeading")
        self.list = StepList(self)
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setWordWrap(True)
        caption.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._row_changed)
        layout.addWidget(caption)
        self.list.setSizeAdjustPolicy(QtWidgets.QListWidget.SizeAdjustPolicy.AdjustToContents)
        # Long step names wrap onto a second line instead of being cut short.
        self.list.setTextElideMode(QtCore.Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QtWidgets.QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)

    def use_chooser(self, chooser: QtWidgets.QComboBox) -> None:
        """The compact chooser above the page that stands in for this list when it is folded."""
        self.chooser = chooser
        chooser.activated.connect(self.step_picked)

    def show_steps(
        self, titles: Sequence[str], done: Sequence[bool], after_visit: Sequence[bool]
    ) -> None:
        """The steps in order: their titles, which are done, which come after the visit."""
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        after_header_done = False
        for title, finished, after in zip(titles, done, after_visit, strict=True):
            prefix = "\u2713 " if finished else "\u2003 "
            suffix = self.tr(" (done)") if finished else ""
            text = f"{prefix}{title}{suffix}"
            if after and not after_header_done:
                after_header_done = True
                text = self.tr("After the visit:") + "\n" + text
            item = QtWidgets.QListWidgetItem(text)
            item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole, f"{title}{suffix}")
            self.list.addItem(item)
        self.list.setCurrentRow(max(current, 0))
        self.list.blockSignals(False)
        if self.chooser is None:
            return
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for index, (title, finished) in enumerate(zip(titles, done, strict=True)):
            mark = self.tr(" (done)") if finished else ""
            self.chooser.addItem(
                self.tr("%1 of %2: %3").replace("%1", str(index + 1))
                .replace("%2", str(len(titles))).replace("%3", title + mark)
            )
        self.chooser.setCurrentIndex(self.list.currentRow())
        self.chooser.blockSignals(False)

    def set_current(self, index: int) -> None:
        """Mark step ``index`` as the one shown, without saying it was chosen."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        # The chooser that stands in for the list names the same step (and is read aloud so).
        if self.chooser is not None and self.chooser.currentIndex() != index:
            self.chooser.blockSignals(True)
            self.chooser.setCurrentIndex(index)
            self.chooser.blockSignals(False)

    def current(self) -> int:
        return self.list.currentRow()

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row)
