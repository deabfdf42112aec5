"""Keyboard focus: the inputs of a page in Tab order, and a sensible order for the window."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    """True if Tab can land on ``widget`` now (visible, enabled, accepts Tab focus)."""
    return (
        widget.isEnabled()
        and widget.isVisibleTo(window)
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_stops(container: QWidget, window: QWidget) -> list[QWidget]:
    """The descendants of ``container`` that Tab visits, in the current focus-chain order."""
    stops: list[QWidget] = []
    seen: set[int] = set()
    widget = container.nextInFocusChain()
    while widget is not None and id(widget) not in seen and widget is not container:
        seen.add(id(widget))
        if container.isAncestorOf(widget) and takes_tab(widget, window):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain(widgets: Sequence[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
