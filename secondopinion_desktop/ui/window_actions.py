"""The window's menus beyond people and cases: case files, text size, contrast, language, help."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QWidget,
)

from secondopinion_desktop.ui import settings_keys as keys
from secondopinion_desktop.ui import theme

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case
    from secondopinion_desktop.services.start_up import Store
    from secondopinion_desktop.services.workspace import Workspace

Shortcut = QKeySequence | QKeySequence.StandardKey | str
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("es", "Español"))


class ActionWindow(Protocol):
    """What the menus need of the main window (ui/main_window.py's MainWindow, a QWidget):
    the dependency runs one way, from the window to its menus."""

    data_dir: Path
    settings: QSettings
    store: Store | None
    current_case: Case | None
    file_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    quit_action: QAction

    @property
    def language(self) -> str: ...

    @property
    def workspace(self) -> Workspace: ...

    def statusBar(self) -> QStatusBar: ...

    def text_size_changed(self) -> None: ...

    def bring_back(self, column: Literal["people", "steps"]) -> None: ...

    def arrange(self) -> None: ...

    def report_error(self, message: str) -> None: ...

    def reload_tree(self, select_case_id: int | None = None) -> None: ...

    def flush_all(self) -> None: ...


class WindowActions(QObject):
    """Makes the window's menu items beyond people and cases (ui/window_menus.py lays them
    out) and carries them out."""

    def __init__(self, window: ActionWindow) -> None:
        assert isinstance(window, QWidget)
        super().__init__(window)
        self.window = window
        self.widget: QWidget = window  # the parent of the actions and of every box shown
        self._build_file_items()
        self._build_view_menu()
        self._build_help_menu()

    # -- building -----------------------------------------------------------------------
    def _action(self, text: str, slot: object, *shortcuts: Shortcut) -> QAction:
        action = QAction(text, self.widget)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        return action

    def _build_file_items(self) -> None:
        self.example_action = self._action(self.tr("Open an &example case"), self.open_example)
        self.import_action = self._action(self.tr("&Import a case file..."), self.import_file)
        # No Ctrl+S: everything is saved as it is typed, and a file dialog would surprise.
        self.export_action = self._action(self.tr("&Export this case..."), self.export_file)
        # Carried out by ui/safety_wiring.py's WindowSafety, which enables it once the store
        # is open.
        self.restore_action = QAction(
            QCoreApplication.translate("Safety", "&Restore from backup..."), self.widget
        )
        for action in (
            self.example_action, self.import_action, self.export_action, self.restore_action
        ):
            action.setEnabled(False)

    def _build_view_menu(self) -> None:
        self.larger_action = self._action(
            self.tr("&Larger text"), self.larger_text, "Ctrl++", "Ctrl+="
        )
        self.smaller_action = self._action(
            self.tr("&Smaller text"), self.smaller_text, "Ctrl+-"
        )
        self.normal_action = self._action(self.tr("&Normal size"), self.normal_text, "Ctrl+0")
        self.contrast_action = QAction(self.tr("&High contrast"), self.widget)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(theme.high_contrast(self.window.settings))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.people_action = QAction(self.tr("Show &people and cases"), self.widget)
        self.people_action.setCheckable(True)
        self.people_action.setShortcut(QKeySequence("Ctrl+L"))
        shown = keys.read(self.window.settings, keys.SHOW_PEOPLE)
        self.people_action.setChecked(shown)
        self.people_action.toggled.connect(self.show_people)
        # Owned here, not made by the parent menu: see MainWindow._menu.
        self.language_menu = QMenu(self.tr("&Language"), self.widget)
        self.language_group = QActionGroup(self.widget)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self.widget)
            action.setCheckable(True)
            action.setChecked(code == self.window.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _build_help_menu(self) -> None:
        self.where_action = self._action(self.tr("&Where is my information?"), self.show_where)
        self.about_action = self._action(
            self.tr("&About Second Opinion Companion"), self.show_about
        )

    def store_opened(self) -> None:
        self.example_action.setEnabled(True)
        self.import_action.setEnabled(True)
        self.case_changed()

    def case_changed(self) -> None:
        self.export_action.setEnabled(self.window.current_case is not None)

    # -- text size and contrast -----------------------------------------------------------
    def larger_text(self) -> None:
        self.set_text_scale(theme.larger(theme.text_scale(self.window.settings)))

    def smaller_text(self) -> None:
        self.set_text_scale(theme.smaller(theme.text_scale(self.window.settings)))

    def normal_text(self) -> None:
        self.set_text_scale(1.0)

    def set_text_scale(self, scale: float) -> None:
        scale = min(theme.MAX_SCALE, max(theme.MIN_SCALE, scale))
        keys.write(self.window.settings, keys.TEXT_SCALE, scale)
        self.restyle()
        # The columns fold by themselves when the larger text leaves the page too little room.
        message = self.tr("Text size: %1%").replace("%1", str(round(scale * 100)))
        self.window.statusBar().showMessage(message, 8000)

    def set_high_contrast(self, on: bool) -> None:
        keys.write(self.window.settings, keys.HIGH_CONTRAST, bool(on))
        self.restyle()
        self.window.statusBar().showMessage(
            self.tr("High contrast is on.") if on else self.tr("High contrast is off."), 4000
        )

    def restyle(self) -> None:
        """Apply the settings to the whole window now; layouts reflow and pages scroll."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        # Multi-line boxes were sized in lines of the old text size; keep the same lines.
        boxes = self.widget.findChildren(QPlainTextEdit)
        lines = {
            id(box): max(1, round((box.minimumHeight() - 16) / box.fontMetrics().lineSpacing()))
            for box in boxes
            if box.minimumHeight() > 16
        }
        theme.apply(app, self.window.settings)
        for box in boxes:
            if id(box) in lines:
                box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines[id(box)] + 16)
        self.window.text_size_changed()

    def show_people(self, on: bool) -> None:
        """Show or hide the list of people; hiding it gives a step more room at large sizes."""
        keys.write(self.window.settings, keys.SHOW_PEOPLE, bool(on))
        if on:
            self.window.bring_back("people")
        else:
            self.window.arrange()

    # -- language -------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        keys.write(self.window.settings, keys.LANGUAGE, code)
        if code == self.window.language:
            return
        QMessageBox.information(
            self.widget,
            self.tr("Language"),
            self.tr(
                "The new language will be used the next time you open Second Opinion "
                "Companion. Your information is saved; you can close the app and open it again "
                "now."
            ),
        )

    # -- case files -------------------------------------------------------------------------
    def open_example(self) -> None:
        from secondopinion_desktop.services.bundle import example_case_text

        self.import_case_text(example_case_text())

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Import a case file"),
            str(Path.home()),
            self.tr("Case files (*.json);;All files (*)"),
        )
        if not path:
            return
        from secondopinion_desktop.services.case_transfer import read_case_file

        try:
            raw = read_case_file(Path(path))
        except OSError:
            self.window.report_error(
                self.tr("The file %1 could not be read.").replace("%1", path)
            )
            return
        self.import_case_text(raw)

    def import_case_text(self, raw: str | bytes) -> int | None:
        """Add the case in a case file's text; open it and return its number, or say why not."""
        if self.window.store is None:
            return None
        from secondopinion_desktop.services.bundle import parse_bundle
        from secondopinion_desktop.services.case_transfer import import_case
        from secondopinion_desktop.storage.errors import NotBackedUpError, SaveError, StoreError
        from secondopinion_desktop.ui.error_words import store_error_words

        workspace = self.window.workspace
        try:
            document = parse_bundle(raw)
            case_id = import_case(self.window.store, document, workspace)
        except NotBackedUpError as exc:
            # The case was added: it opens, and the person is told the backup is missing.
            assert exc.case_id is not None
            self.window.reload_tree(select_case_id=exc.case_id)
            self.problem(self.tr("The case was added, without a backup"), store_error_words(exc))
            return exc.case_id
        except SaveError as exc:
            self.window.report_error(store_error_words(exc))
            return None
        except StoreError as exc:
            workspace.session.rollback()
            self.problem(self.tr("This case file cannot be opened"), store_error_words(exc))
            return None
        self.window.reload_tree(select_case_id=case_id)
        self.window.statusBar().showMessage(self.tr("The case was added."), 4000)
        return case_id

    def export_file(self) -> None:
        case = self.window.current_case
        if case is None:
            return
        self.window.flush_all()
        suggested = Path.home() / (safe_file_name(case.title or "case") + ".json")
        path, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Export this case"),
            str(suggested),
            self.tr("Case files (*.json)"),
        )
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        message = self.export_case_to(case.id, Path(path))
        if message is not None:
            self.problem(self.tr("The case was not exported"), message)
            return
        self.window.statusBar().showMessage(
            self.tr("The case was saved to %1").replace("%1", path), 6000
        )

    def export_case_to(self, case_id: int, path: Path) -> str | None:
        """Write the case file; None when done, else one plain sentence saying why not."""
        from secondopinion_desktop.services.case_transfer import export_case
        from secondopinion_desktop.services.out_targets import ProtectedTargetError
        from secondopinion_desktop.services.printing import WriteFileError

        try:
            export_case(self.window.workspace.session, case_id, path, self.window.data_dir)
        except ProtectedTargetError as exc:
            return protected_target_message(exc.kind)
        except (WriteFileError, OSError):
            return self.tr(
                "The file could not be written there. Choose another folder, such as your "
                "Documents folder."
            )
        return None

    def problem(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- help -------------------------------------------------------------------------------
    def show_where(self) -> None:
        box = QMessageBox(self.widget)
        box.setWindowTitle(self.tr("Where is my information?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Everything you type is kept on this computer, in this folder:\n\n%1\n\n"
                "Nothing is sent anywhere. Copies are kept in its \u201cbackups\u201d folder."
            ).replace("%1", str(self.window.data_dir))
        )
        open_button = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.data_dir)))

    def show_about(self) -> None:
        from secondopinion_desktop import __version__

        QMessageBox.about(
            self.widget,
            self.tr("About Second Opinion Companion"),
            self.tr(
                "Second Opinion Companion, version %1.\n\n"
                "It helps you prepare for a second medical opinion and print a summary to bring "
                "along. It works without the internet and keeps everything on this computer.\n\n"
                "It does not give medical advice; your doctors do."
            ).replace("%1", __version__),
        )


def protected_target_message(kind: str) -> str:
    """The refusal of a save over saved information, in the person's language."""
    if kind == "backups":
        return QCoreApplication.translate(
            "WindowActions",
            "That place is the folder of your backups, so nothing can be saved there. "
            "Please choose another place, such as your Documents folder. Nothing was changed."
        )
    return QCoreApplication.translate(
        "WindowActions",
        "That file holds your saved information, so nothing can be saved over it. "
        "Please choose another file name. Nothing was changed."
    )


def safe_file_name(title: str) -> str:
    """A file name from a case title: letters, digits, spaces and dashes only."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    cleaned = " ".join(kept.split())[:60]
    return cleaned or "case"

