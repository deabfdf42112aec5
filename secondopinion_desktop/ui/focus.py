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


def tab_stops(container: QWidget, window: QWidget, reachable_only: bool = True) -> list[QWidget]:
    """The descendants of ``container`` that take Tab focus, in the current focus-chain order.

    With ``reachable_only`` False, hidden and disabled ones are included too, so that putting
    them in order keeps their place for when they are shown or enabled.
    """
    stops: list[QWidget] = []
    seen: set[int] = set()
    widget = container.nextInFocusChain()
    while widget is not None and id(widget) not in seen and widget is not container:
        seen.add(id(widget))
        wanted = takes_tab(widget, window) if reachable_only else _accepts_tab(widget)
        if wanted and container.isAncestorOf(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _accepts_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def chain(widgets: Sequence[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
