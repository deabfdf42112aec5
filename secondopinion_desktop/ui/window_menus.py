"""The window's menus laid out once: which item goes in which menu, and in what order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from secondopinion_desktop.ui.window_actions import WindowActions

# None is a separator (Qt folds two in a row, and one at either end, away).
MenuItem = QAction | QMenu | None


class MenuWindow(Protocol):
    """The menus and the actions the window made for them (ui/main_window.py's MainWindow).

    Each action is made once, by the part that carries it out: the window's own (people and
    cases, the disc check, quit), ui/window_actions.py's (case files, restore, view, help) and
    ui/visit_mode.py's; only this module puts them in menus."""

    file_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    new_person_action: QAction
    new_case_action: QAction
    check_disc_action: QAction
    quit_action: QAction
    visit_mode_action: QAction

    @property
    def actions_(self) -> WindowActions: ...


def fill_menu(menu: QMenu, items: Sequence[MenuItem]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


def lay_out_menus(window: MenuWindow) -> None:
    """Fill File, View and Help (called once, when the window is built)."""
    made = window.actions_
    fill_menu(
        window.file_menu,
        (
            window.new_person_action,
            window.new_case_action,
            window.check_disc_action,
            None,
            made.example_action,
            made.import_action,
            made.export_action,
            None,
            made.restore_action,
            None,
            window.quit_action,
        ),
    )
    fill_menu(
        window.view_menu,
        (
            made.larger_action,
            made.smaller_action,
            made.normal_action,
            None,
            made.contrast_action,
            None,
            made.people_action,
            None,
            made.language_menu,
            None,
            window.visit_mode_action,
        ),
    )
    fill_menu(window.help_menu, (made.where_action, made.about_action))
