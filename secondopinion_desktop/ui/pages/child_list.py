"""A list of things on a case (doctors, records, calls...) with add, remove, reorder and a form."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui.error_words import store_error_words
from secondopinion_desktop.ui.pages.measured_rows import MeasuredRows

if TYPE_CHECKING:
    from secondopinion_desktop.ui.pages.base import StepPage


# A row (and the question before removing it) shows at most this many characters: a
# question or a description may hold 100,000, which the form below shows whole. A list row
# as long as that filled the screen, and measuring it again after each save took 80 ms.
ROW_LONGEST = 300
ROW_TAIL = 70
ZERO_WIDTH_JOINER = "\u200d"
SKIN_TONES = range(0x1F3FB, 0x1F400)
CLUSTER_LONGEST = 32


def shortened(words: str) -> str:
    """``words`` cut in the middle when too long for a row, keeping the end, where a row's
    status or marks are ("[MUST ASK]", "received")."""
    if len(words) <= ROW_LONGEST:
        return words
    # Each cut moves to where a letter (with its marks) or an emoji (with its joined parts)
    # begins: a cut inside one showed a lone accent or half a family beside the "…".
    # (A few steps at most: text made only of marks is cut where it falls.)
    cut = ROW_LONGEST - ROW_TAIL
    for _ in range(CLUSTER_LONGEST):
        if not _joined(words, cut):
            break
        cut -= 1
    head = words[:cut]
    cut = len(words) - ROW_TAIL
    for _ in range(CLUSTER_LONGEST):
        if not _joined(words, cut):
            break
        cut += 1
    tail = words[cut:]
    # Cut between words where there are spaces near the cut.
    space = head.rfind(" ")
    if space > len(head) // 2:
        head = head[:space]
    space = tail.find(" ")
    if 0 <= space < len(tail) // 2:
        tail = tail[space + 1 :]
    return f"{head.rstrip()} \u2026 {tail.lstrip()}"


def _joined(words: str, at: int) -> bool:
    """True when ``words[at]`` belongs to the character before it: a mark on a letter (an
    accent, a Thai or Hindi vowel), an emoji's skin tone, or a part joined by a zero-width
    joiner."""
    return 0 < at < len(words) and (
        unicodedata.category(words[at]) in {"Mn", "Mc", "Me"}
        or ord(words[at]) in SKIN_TONES
        or ZERO_WIDTH_JOINER in (words[at], words[at - 1])
    )


class ChildListEditor(QWidget):
    """Edits ``getattr(owner(), collection)``: a list on top, the chosen item's form below.

    ``build_form(form, target)`` adds the inputs through the page's helpers, with ``target``
    returning the chosen item, so the same inputs follow the selection.
    """

    def __init__(
        self,
        page: StepPage,
        *,
        name: str,
        owner: Callable[[], Any],
        collection: str,
        make_item: Callable[[], Any],
        describe: Callable[[Any], str],
        build_form: Callable[[QFormLayout, Callable[[], Any]], None],
        add_label: str,
        empty_text: str,
        reorderable: bool = False,
        confirm_remove: Callable[[Any], str] | None = None,
        advice: str = "",
    ) -> None:
        super().__init__(page.inner)
        self.page = page
        self.owner = owner
        self.collection = collection
        self.make_item = make_item
        self.describe = describe
        self.confirm_remove = confirm_remove
        self.reorderable = reorderable
        self._current: Any = None
        self._refreshing = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(name, self)
        self.caption.setObjectName("listCaption")
        self.caption.setWordWrap(True)
        outer.addWidget(self.caption)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.caption.setBuddy(self.list)
        self.list.setWordWrap(True)
        # Long rows wrap at the list's width instead of scrolling sideways inside it.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(MeasuredRows(self.list))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 5)
        if reorderable:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.list.model().rowsMoved.connect(self._dragged)
        outer.addWidget(self.list)

        button_row = QWidget(self)
        # A grid re-laid in resizeEvent: one row while the buttons fit, two at large text.
        # (A Python QLayout subclass would do this more neatly, but PySide6 6.12 mis-counts
        # references when its itemAt() returns None, which crashes the app after a while.)
        self._button_grid = QGridLayout(button_row)
        self._button_grid.setContentsMargins(0, 0, 0, 0)
        self._buttons: list[QPushButton] = []
        self.add_button = QPushButton(add_label, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the chosen item from %1").replace("%1", name)
        )
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            self._buttons.append(button)
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if reorderable:
            self.up_button = QPushButton(self.tr("Move up"), self)
            self.down_button = QPushButton(self.tr("Move down"), self)
            self.up_button.setToolTip(self.tr("Alt+Up"))
            self.down_button.setToolTip(self.tr("Alt+Down"))
            for button in (self.up_button, self.down_button):
                button.setAutoDefault(False)
                self._buttons.append(button)
            self.up_button.clicked.connect(lambda: self.move_current(-1))
            self.down_button.clicked.connect(lambda: self.move_current(1))
            self.list.installEventFilter(self)
        self._columns = 0
        self._place_buttons(len(self._buttons))
        # The row asks only for the width of two buttons side by side: laid out in one row
        # when wide, it must not make the page (and so the window's columns) ask for more.
        button_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._button_row = button_row
        self._fit_button_row()
        outer.addWidget(button_row)
        # Advice on what to add sits by the add button, below the list, so the page's
        # introduction stays short enough to show the list itself in the first view.
        self.advice: QLabel | None = None
        if advice:
            self.advice = QLabel(advice, self)
            self.advice.setWordWrap(True)
            self.advice.setTextFormat(Qt.TextFormat.PlainText)
            outer.addWidget(self.advice)

        self.details = QGroupBox(self.tr("Details"), self)
        details_layout = QVBoxLayout(self.details)
        self.form = page.form(details_layout, self.details)
        before = len(page.bindings)
        build_form(self.form, self.current)
        self.item_bindings = page.bindings[before:]
        outer.addWidget(self.details)

        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._row_changed)

    def _place_buttons(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(self._buttons):
            self._button_grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self._buttons) + 1):
            self._button_grid.setColumnStretch(column, 1 if column == columns else 0)

    def _fit_button_row(self) -> None:
        spacing = max(self._button_grid.horizontalSpacing(), 0)
        widths = sorted((b.sizeHint().width() for b in self._buttons), reverse=True)
        self._button_row.setMinimumWidth(sum(widths[:2]) + spacing)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            # The buttons grew or shrank with the text size; they hear of it after this editor.
            QTimer.singleShot(0, self._fit_button_row)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        spacing = max(self._button_grid.horizontalSpacing(), 0)
        needed = sum(b.sizeHint().width() for b in self._buttons) + spacing * len(self._buttons)
        self._place_buttons(len(self._buttons) if needed <= event.size().width() else 2)
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Alt+Up / Alt+Down move the chosen item, so reordering needs no mouse.
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                if event.key() == Qt.Key.Key_Up:
                    self.move_current(-1)
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self.move_current(1)
                    return True
        return super().eventFilter(watched, event)

    # -- state --------------------------------------------------------------------------
    def items(self) -> list[Any]:
        owner = self.owner()
        return list(getattr(owner, self.collection)) if owner is not None else []

    def current(self) -> Any:
        return self._current

    def refresh(self) -> None:
        """Rebuild the list from the case, keeping the chosen item when it is still there."""
        self._refreshing = True
        try:
            items = self.items()
            keep = self._current if self._current in items else (items[0] if items else None)
            self.list.clear()
            for index, item in enumerate(items):
                entry = QListWidgetItem(self._row_words(item))
                entry.setData(Qt.ItemDataRole.UserRole, index)
                self.list.addItem(entry)
            self._current = keep
            if keep is not None:
                self.list.setCurrentRow(items.index(keep))
        finally:
            self._refreshing = False
        self._show_state()
        for binding in self.item_bindings:
            binding.load()

    def _row_words(self, item: Any) -> str:
        return shortened(self.describe(item)) or self.tr("(not named yet)")

    def relabel(self, only: Any = None) -> None:
        """Refresh the visible names after a save, without moving the selection; with
        ``only``, the name of that item alone (the one its form edits)."""
        for row, item in enumerate(self.items()):
            if only is not None and item is not only:
                continue
            entry = self.list.item(row)
            if entry is None:
                continue
            words = self._row_words(item)
            # Each new text makes the list measure its wrapped rows again: only real changes.
            if entry.text() != words:
                entry.setText(words)

    def _show_state(self) -> None:
        has_items = self.list.count() > 0
        self.empty.setVisible(not has_items)
        self.list.setVisible(has_items)
        self.details.setEnabled(self._current is not None)
        self.details.setVisible(self._current is not None)
        self.remove_button.setEnabled(self._current is not None)
        if self.up_button and self.down_button:
            row = self.list.currentRow()
            self.up_button.setEnabled(row > 0)
            self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _row_changed(self, row: int) -> None:
        if self._refreshing:
            return
        for binding in self.item_bindings:
            flush = getattr(binding, "flush", None)
            if flush is not None:
                flush()
        stuck = next((b for b in self.item_bindings if getattr(b, "_dirty", False)), None)
        if stuck is not None and self._current in self.items():
            # Something typed for this item could not be saved (an unreadable date): stay on
            # it, so the typed words are not replaced by the next item's values.
            self._refreshing = True
            self.list.setCurrentRow(self.items().index(self._current))
            self._refreshing = False
            widget = getattr(stuck, "widget", None)
            if isinstance(widget, QWidget):
                widget.setFocus()
            return
        items = self.items()
        self._current = items[row] if 0 <= row < len(items) else None
        for binding in self.item_bindings:
            binding.load()
        self._show_state()

    # -- actions ------------------------------------------------------------------------
    def add_item(self) -> None:
        owner = self.owner()
        if owner is None:
            return
        try:
            item = self.page.ctx.workspace.add(owner, self.collection, self.make_item())
        except SaveError as exc:
            self.page.ctx.report_error(store_error_words(exc))
            return
        self._current = item
        self.refresh()
        self.page.ctx.structure_changed()
        if self.item_bindings:
            widget = getattr(self.item_bindings[0], "widget", None)
            if isinstance(widget, QWidget):
                widget.setFocus()

    def remove_current(self) -> None:
        owner = self.owner()
        item = self._current
        if owner is None or item is None:
            return
        question = (
            self.confirm_remove(item)
            if self.confirm_remove
            else self.tr("Remove \u201c%1\u201d? This cannot be undone.").replace(
                "%1", shortened(self.describe(item)) or self.tr("this item")
            )
        )
        if not self.page.ctx.confirm(question, self.tr("Remove")):
            return
        row = self.items().index(item)
        try:
            self.page.ctx.workspace.remove(owner, self.collection, item)
        except SaveError as exc:
            self.page.ctx.report_error(store_error_words(exc))
            return
        items = self.items()
        self._current = items[min(row, len(items) - 1)] if items else None
        self.refresh()
        self.page.ctx.structure_changed()
        self.list.setFocus()

    def move_current(self, step: int) -> None:
        owner = self.owner()
        row = self.list.currentRow()
        if owner is None or row < 0:
            return
        target = row + step
        if not 0 <= target < self.list.count():
            return
        try:
            self.page.ctx.workspace.move(owner, self.collection, row, target)
        except SaveError as exc:
            self.page.ctx.report_error(store_error_words(exc))
        self.refresh()
        self.list.setFocus()

    def _dragged(self, *_args: Any) -> None:
        # The list widget already shows the new order; mirror it into the store.
        owner = self.owner()
        if owner is None or self._refreshing:
            return
        old = self.items()
        role = Qt.ItemDataRole.UserRole
        order = [self.list.item(row).data(role) for row in range(self.list.count())]
        if sorted(order) != list(range(len(old))):
            self.refresh()
            return
        by_label = [old[index] for index in order]
        collection = getattr(owner, self.collection)
        collection[:] = by_label
        collection.reorder()
        try:
            self.page.ctx.workspace.commit()
        except SaveError as exc:
            self.page.ctx.report_error(store_error_words(exc))
        self.refresh()
