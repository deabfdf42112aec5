"""Rows measured once stay as tall as Qt measures them: after new words, a new width and a new
text size, and for a row too long to keep."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QListView, QListWidget

from secondopinion_desktop.ui.pages.measured_rows import LONGEST_KEPT, MeasuredRows

SHORT = "Do you agree with the diagnosis?"
LONG = "What would happen if I waited six months or a year before deciding on surgery? " * 6


def _wrapping_list(measured: bool) -> QListWidget:
    view = QListWidget()
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    if measured:
        view.setItemDelegate(MeasuredRows(view))
    view.resize(320, 600)
    view.addItems([SHORT, LONG, SHORT])
    view.show()
    return view


def _heights(view: QListWidget) -> list[int]:
    QApplication.processEvents()
    view.doItemsLayout()
    return [view.visualItemRect(view.item(row)).height() for row in range(view.count())]


def _both(qtbot: Any) -> tuple[QListWidget, QListWidget]:
    plain, measured = _wrapping_list(False), _wrapping_list(True)
    qtbot.addWidget(plain)
    qtbot.addWidget(measured)
    return plain, measured


def test_rows_are_as_tall_as_qt_measures_them(qtbot: Any) -> None:
    plain, measured = _both(qtbot)
    assert _heights(measured) == _heights(plain)
    assert _heights(measured)[1] > 2 * _heights(measured)[0]  # the long row wraps


def test_new_words_and_a_new_width_are_measured_again(qtbot: Any) -> None:
    plain, measured = _both(qtbot)
    _heights(measured)
    for view in (plain, measured):
        view.item(0).setText(LONG)
        view.item(1).setText(SHORT)
    narrow = _heights(measured)
    assert narrow == _heights(plain)
    for view in (plain, measured):
        view.resize(640, 600)
    wide = _heights(measured)
    assert wide == _heights(plain)
    assert wide[0] < narrow[0]  # the long words, now in row 0, take fewer lines


def test_a_new_text_size_is_measured_again(qtbot: Any) -> None:
    plain, measured = _both(qtbot)
    before = _heights(measured)
    big = QFont(measured.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    for view in (plain, measured):
        view.setFont(big)
    after = _heights(measured)
    assert after == _heights(plain)
    assert after[0] > before[0]


def test_a_row_too_long_to_keep_is_still_measured(qtbot: Any) -> None:
    plain, measured = _both(qtbot)
    longest = "word " * (LONGEST_KEPT // 5 + 50)
    for view in (plain, measured):
        view.item(2).setText(longest)
    assert _heights(measured) == _heights(plain)
    delegate = measured.itemDelegate()
    assert isinstance(delegate, MeasuredRows)
    assert all(len(words) <= LONGEST_KEPT for words, _width in delegate._sizes)


def test_a_new_style_is_measured_again(qtbot: Any) -> None:
    plain, measured = _both(qtbot)
    before = _heights(measured)
    for view in (plain, measured):
        view.setStyleSheet("QListView::item { padding: 14px; }")
    after = _heights(measured)
    assert after == _heights(plain)
    assert after[0] > before[0]
