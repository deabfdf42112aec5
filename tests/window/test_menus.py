"""The menus as the person sees them, laid out once: File, View and Help in their order, and
Restore from backup... ready only once the window's safety duties run."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from window_helpers import WindowFactory

from secondopinion_desktop.ui.safety_wiring import install_safety


def _items(menu: QMenu) -> list[str]:
    return ["---" if a.isSeparator() else a.text().replace("&", "") for a in menu.actions()]


def test_the_menus_list_every_item_once_in_order(open_window: WindowFactory) -> None:
    window = open_window()
    assert _items(window.file_menu) == [
        "New person...", "New case...", "Check an imaging disc...", "---",
        "Open an example case", "Import a case file...", "Export this case...", "---",
        "Restore from backup...", "---", "Quit",
    ]
    assert _items(window.view_menu) == [
        "Larger text", "Smaller text", "Normal size", "---", "High contrast", "---",
        "Show people and cases", "---", "Language", "---", "Visit mode",
    ]
    assert _items(window.help_menu) == ["Where is my information?", "About Second Opinion Companion"]


def test_restore_waits_for_the_safety_duties(open_window: WindowFactory) -> None:
    window = open_window()
    restore = window.actions_.restore_action
    assert not restore.isEnabled()
    safety = install_safety(window)
    assert window.safety is safety and safety.restore_action is restore
    assert restore.isEnabled()
    assert safety.backup_timer.isActive()
