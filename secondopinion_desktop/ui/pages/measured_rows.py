"""A list's wrapped rows measured once for each text and width, not at every change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

# Rows longer than this are measured each time: keeping their words would hold a copy of a
# long text for every version of it typed.
LONGEST_KEPT = 2_000
# More rows than a long list shows in many edits; past it the sizes are measured afresh.
MOST_KEPT = 4_000
# What changes the measure of every row: a new text size, or a new style (high contrast).
FORGETTING = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.StyleChange)


class MeasuredRows(QStyledItemDelegate):
    """Draws as the list always did, and keeps each row's measured size.

    A list with wrapped rows measures every row again whenever one row's words change (Qt
    lays the whole list out anew), and measuring wrapped text is the slow part: on a list of
    120 questions it was most of what an autosave cost. A size depends only on the words,
    the width they wrap at and the font, so it is kept by words and width and forgotten when
    the style or the font changes.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        # By words and width; the list's rows all have the list's font, and a new font or
        # style forgets them all (eventFilter).
        self._sizes: dict[tuple[str, int], QSize] = {}
        view.installEventFilter(self)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        words = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(words, str) or len(words) > LONGEST_KEPT:
            return super().sizeHint(option, index)
        key = (words, option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= MOST_KEPT:
                self._sizes.clear()
            size = super().sizeHint(option, index)
            self._sizes[key] = size
        return size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view:
            return super().eventFilter(watched, event)  # an editor: the delegate's own handling
        # The view's own events are only listened to: the base class would take the view for
        # an editor and commit it on losing focus.
        if event.type() in FORGETTING:
            self._sizes.clear()
        return False
