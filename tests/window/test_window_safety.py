"""The window's safety parts: the damaged-store and restore dialogs, one window per store,
restoring from the File menu, and --smoke on a damaged store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from safety_helpers import REPO, checkpoint, count_cases_in, fill_store, sha256
from windows import WindowFactory

from secondopinion_desktop.storage.backups import list_backups, take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path
from secondopinion_desktop.ui.restore_dialog import RestoreDialog, RestoreOption
from secondopinion_desktop.ui.store_problem_dialog import StoreProblemChoice, StoreProblemDialog

PARAGRAPH = (
    "Your saved information at /home/ada/secondopinion.sqlite3 could not be opened because "
    "the file is empty. Nothing has been changed or deleted; the file is still there."
)
WHEN = "Wednesday, November 25, 2026 at 1:00 AM (UTC+00:00)"


def _window_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


# -- the damaged-store dialog ---------------------------------------------------------------


def test_problem_dialog_offers_the_newest_backup_by_date(qtbot: QtBot) -> None:
    dialog = StoreProblemDialog(PARAGRAPH, WHEN)
    qtbot.addWidget(dialog)

    assert dialog.message.text() == PARAGRAPH
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert dialog.restore_button is not None
    assert dialog.restore_button.text() == "Restore the newest backup"
    assert dialog.restore_button.accessibleName() == f"Restore the newest backup (from {WHEN})"
    labels = [dialog.other_button.text(), dialog.quit_button.text()]
    assert labels == ["Open another folder...", "Quit"]
    for button in (dialog.restore_button, dialog.other_button, dialog.quit_button):
        assert button.accessibleName()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is StoreProblemChoice.RESTORE and dialog.result() == 1


def test_problem_dialog_fits_a_small_screen_at_large_text(qtbot: QtBot, tmp_path: Path) -> None:
    from windows import application, settings_for

    from secondopinion_desktop.ui import settings_keys, theme
    from secondopinion_desktop.ui.translations import install_translators

    settings = settings_for(tmp_path)
    settings.setValue(settings_keys.TEXT_SCALE.key, 2.0)
    theme.apply(application(), settings)
    translators = install_translators(application(), "es")
    try:
        when = "miércoles, 2 de diciembre de 2026 a las 02:24 (UTC+00:00)"
        dialog = StoreProblemDialog(PARAGRAPH, when)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.sizeHint().width() <= 1000, dialog.sizeHint()
        message = dialog.message  # the whole paragraph shows, its last line too
        assert message.height() >= message.heightForWidth(message.width())
        assert when in dialog.restore_button.accessibleName()
    finally:
        for translator in translators:
            application().removeTranslator(translator)
        theme.apply(application(), settings_for(tmp_path / "no-such-folder"))


def test_problem_dialog_choices_and_escape(qtbot: QtBot) -> None:
    dialog = StoreProblemDialog(PARAGRAPH, None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None  # nothing to restore: no such button

    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is StoreProblemChoice.OTHER_FOLDER

    escaped = StoreProblemDialog(PARAGRAPH, WHEN)
    qtbot.addWidget(escaped)
    escaped.show()
    qtbot.keyClick(escaped, Qt.Key.Key_Escape)
    assert escaped.choice is StoreProblemChoice.QUIT


# -- the restore dialog ---------------------------------------------------------------------


def _options(tmp_path: Path) -> list[RestoreOption]:
    return [
        RestoreOption(tmp_path / "b2.sqlite3", WHEN, 3),
        RestoreOption(tmp_path / "b1.sqlite3", "Tuesday, November 24, 2026 at 9:00 AM", 1),
    ]


def test_restore_dialog_lists_dates_and_cases_and_asks_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    asked: list[str] = []
    answers = [False, True]

    def confirm(question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    dialog = RestoreDialog(_options(tmp_path), confirm=confirm)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == [f"{WHEN} \u2014 3 cases", "Tuesday, November 24, 2026 at 9:00 AM \u2014 1 case"]
    assert dialog.list.accessibleName() == "Backups, newest first"

    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.result() == 0  # said no: nothing chosen
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.chosen is not None and dialog.chosen.path.name == "b1.sqlite3"
    assert "November 24, 2026" in asked[0] and "backed up first" in asked[0]


def test_restore_dialog_without_backups(qtbot: QtBot) -> None:
    dialog = RestoreDialog([], confirm=lambda _q: True)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()


# -- one window per store, in this process --------------------------------------------------


def test_second_claim_is_refused_and_signals_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    from secondopinion_desktop.ui.single_instance import claim, signal_running_window

    first = claim(tmp_path / "data")
    assert first is not None
    try:
        assert claim(tmp_path / "data") is None
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert signal_running_window(tmp_path / "data")
    finally:
        first.release()
    second = claim(tmp_path / "data")
    assert second is not None
    second.release()


def test_a_request_left_by_a_killed_start_is_not_answered(qtbot: QtBot, tmp_path: Path) -> None:
    from secondopinion_desktop.ui.single_instance import claim, request_path

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    request_path(data).touch()  # a second start killed while it waited
    first = claim(data)
    assert first is not None
    try:
        assert not request_path(data).exists()
        heard: list[bool] = []
        first.activation_requested.connect(lambda: heard.append(True))
        (data / "settings.ini").write_text("[General]\n")  # the folder changes, no one asks
        qtbot.wait(200)
        assert heard == []
    finally:
        first.release()


def test_an_unheard_request_is_taken_back(tmp_path: Path) -> None:
    from secondopinion_desktop.ui.single_instance import signal_running_window

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    assert not signal_running_window(data, timeout_ms=100)  # no window watches this folder
    assert list(data.iterdir()) == []  # nothing left to bring a window forward much later


def test_no_network_module_is_loaded_by_a_whole_window_start(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from secondopinion_desktop.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'data')!r}, '--smoke'])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6.QtNetwork')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO,
        env=_window_env(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"


# -- the real window ------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Not made yet, as in the other safety tests: the store (or the test) makes it."""
    return tmp_path / "data"


@pytest.fixture
def window(open_window: WindowFactory, data_dir: Path) -> Any:
    from secondopinion_desktop.ui.safety_wiring import install_safety

    fill_store(data_dir, 2)
    win = open_window()
    install_safety(win)
    return win


def test_file_menu_restore_brings_the_cases_back(
    window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = take_backup(store_path(data_dir), backups_dir(data_dir), "automatic")
    fill_store(data_dir, 3, name="Added Later")
    window.reload_tree()
    assert window.tree.topLevelItemCount() == 2

    def choose_oldest(dialog: RestoreDialog) -> int:
        assert [o.cases for o in dialog.options] == [2]
        dialog.chosen = dialog.options[-1]
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose_oldest)
    assert window.safety.restore_action.text() == "&Restore from backup..."
    window.safety.restore_action.trigger()

    assert window.tree.topLevelItemCount() == 1
    assert count_cases_in(data_dir) == 2
    kept = [i for i in list_backups(backups_dir(data_dir)) if i.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path != good
    assert "restored" in window.statusBar().currentMessage()


def test_damaged_store_dialog_restore_choice_opens_the_backup(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from secondopinion_desktop.ui import safety_wiring, store_problem_dialog

    fill_store(data_dir, 4)
    store = store_path(data_dir)
    checkpoint(store)
    take_backup(store, backups_dir(data_dir), "automatic")
    store.write_bytes(b"")
    shown: list[tuple[str, str | None]] = []

    def choose_restore(paragraph: str, when: str | None, _parent: Any) -> StoreProblemChoice:
        shown.append((paragraph, when))
        return StoreProblemChoice.RESTORE

    monkeypatch.setattr(store_problem_dialog, "ask_about_damaged_store", choose_restore)
    parent = QWidget()
    qtbot.addWidget(parent)

    opened = safety_wiring.open_store_or_recover(parent, data_dir, smoke=False)

    assert opened is not None
    opened.close()
    assert count_cases_in(data_dir) == 4
    paragraph, when = shown[0]
    assert "because the file is empty" in paragraph and "Nothing has been changed" in paragraph
    assert when is not None and when in paragraph
    aside = [p for p in data_dir.iterdir() if "damaged" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1 and aside[0].stat().st_size == 0


def test_smoke_on_a_damaged_store_prints_the_paragraph_and_exits_1(data_dir: Path) -> None:
    fill_store(data_dir, 1)
    store = store_path(data_dir)
    checkpoint(store)
    backup = take_backup(store, backups_dir(data_dir), "automatic")
    store.write_text("not a store at all\n")
    before = sha256(store)

    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True, text=True, cwd=REPO, env=_window_env(), timeout=60,
    )

    assert done.returncode == 1
    assert "could not be opened because" in done.stderr and str(backup) in done.stderr
    assert "Traceback" not in done.stderr
    assert sha256(store) == before


def test_a_second_window_on_the_same_store_is_refused(data_dir: Path) -> None:
    from secondopinion_desktop.storage.lock import is_locked

    first = subprocess.Popen(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir)],
        cwd=REPO, env=_window_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not (data_dir.exists() and is_locked(data_dir)):
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = subprocess.run(
            [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "--smoke"],
            capture_output=True, text=True, cwd=REPO, env=_window_env(), timeout=60,
        )
        assert second.returncode == 1
        assert "already open for this information" in second.stderr
        assert "brought to the front" in second.stderr
        assert first.poll() is None  # the first window is untouched

        # A plain second start (no --smoke) also exits by itself: nothing waits to be dismissed.
        plain = subprocess.run(
            [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir)],
            capture_output=True, text=True, cwd=REPO, env=_window_env(), timeout=30,
        )
        assert plain.returncode == 1
        assert "brought to the front" in plain.stderr
        assert first.poll() is None
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)

    # After a kill -9 of the first, a new window starts normally.
    again = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True, text=True, cwd=REPO, env=_window_env(), timeout=60,
    )
    assert again.returncode == 0, again.stderr


def test_hourly_backup_in_the_window_only_after_changes(window: Any, data_dir: Path) -> None:
    from secondopinion_desktop.ui.safety_wiring import BACKUP_CHECK_MS, backup_now_if_due

    assert window.safety.backup_timer.isActive() and window.safety.backup_timer.interval() == BACKUP_CHECK_MS
    backup_now_if_due(window)  # the store was written by fill_store and never backed up
    assert len(list_backups(backups_dir(data_dir))) == 1
    backup_now_if_due(window)  # less than an hour later: nothing more
    assert len(list_backups(backups_dir(data_dir))) == 1


def test_closing_after_changes_takes_a_backup_and_lets_go_of_the_store(
    qtbot: QtBot, data_dir: Path, open_window: WindowFactory
) -> None:
    from secondopinion_desktop.storage.lock import is_locked
    from secondopinion_desktop.ui.safety_wiring import finish_safety
    from secondopinion_desktop.ui.single_instance import claim

    fill_store(data_dir, 1)
    instance = claim(data_dir)
    assert instance is not None
    win = open_window()
    win.workspace.add_person("Typed In The Window")
    win.close()

    finish_safety(win, instance)

    taken = list_backups(backups_dir(data_dir), with_case_counts=True)
    assert [(b.reason, b.cases) for b in taken] == [("on-close", 1)]
    assert not is_locked(data_dir)


def test_closing_without_changes_takes_no_backup(
    qtbot: QtBot, data_dir: Path, open_window: WindowFactory
) -> None:
    from secondopinion_desktop.ui.safety_wiring import finish_safety

    fill_store(data_dir, 1)
    win = open_window()
    win.close()

    finish_safety(win, None)

    assert list_backups(backups_dir(data_dir)) == []


def test_damaged_store_other_folder_choice_starts_a_window_there(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from secondopinion_desktop.ui import safety_wiring, store_problem_dialog

    data_dir.mkdir(parents=True)
    store_path(data_dir).write_bytes(b"")
    started: list[list[str]] = []
    monkeypatch.setattr(
        store_problem_dialog, "ask_about_damaged_store",
        lambda *_a: StoreProblemChoice.OTHER_FOLDER,
    )
    monkeypatch.setattr(
        safety_wiring.QFileDialog, "getExistingDirectory",
        lambda *_a, **_k: str(tmp_path / "elsewhere"),
    )
    monkeypatch.setattr(
        safety_wiring.QProcess, "startDetached",
        lambda _program, args: started.append(list(args)) or True,
    )
    parent = QWidget()
    qtbot.addWidget(parent)

    assert safety_wiring.open_store_or_recover(parent, data_dir, smoke=False) is None
    assert started == [["-m", "secondopinion_desktop", "--data-dir", str(tmp_path / "elsewhere")]]
    assert store_path(data_dir).stat().st_size == 0  # the damaged file is left as it was


@pytest.mark.parametrize("kind", ["another program's file", "text that is not UTF-8"])
def test_window_offers_the_backup_for_a_foreign_or_undecodable_store(
    kind: str, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QWidget

    from secondopinion_desktop.ui import safety_wiring, store_problem_dialog

    fill_store(data_dir, 3)
    store = store_path(data_dir)
    checkpoint(store)
    take_backup(store, backups_dir(data_dir), "automatic")
    conn = sqlite3.connect(store)
    if kind == "another program's file":
        conn.execute("DROP TABLE alembic_version")
    else:
        conn.execute("UPDATE cases SET title = CAST(x'c328' AS TEXT) WHERE id = 1")
    conn.commit()
    conn.close()
    checkpoint(store)
    before = sha256(store)
    shown: list[str] = []

    def choose_restore(paragraph: str, _when: str | None, _parent: Any) -> StoreProblemChoice:
        shown.append(paragraph)
        return StoreProblemChoice.RESTORE

    monkeypatch.setattr(store_problem_dialog, "ask_about_damaged_store", choose_restore)
    parent = QWidget()
    qtbot.addWidget(parent)

    opened = safety_wiring.open_store_or_recover(parent, data_dir, smoke=False)

    assert opened is not None
    opened.close()
    assert len(shown) == 1 and "could not be opened because" in shown[0]
    assert count_cases_in(data_dir) == 3
    kept = [p for p in data_dir.iterdir() if "damaged" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1 and sha256(kept[0]) == before


def test_smoke_on_a_newer_store_names_the_backup_and_exits_1(data_dir: Path) -> None:
    import sqlite3

    fill_store(data_dir, 1)
    store = store_path(data_dir)
    checkpoint(store)
    backup = take_backup(store, backups_dir(data_dir), "automatic")
    conn = sqlite3.connect(store)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    checkpoint(store)
    before = sha256(store)

    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True, text=True, cwd=REPO, env=_window_env(), timeout=60,
    )

    assert done.returncode == 1
    assert "made by a newer version" in done.stderr and str(backup) in done.stderr
    assert "Traceback" not in done.stderr
    assert sha256(store) == before


def test_window_offers_the_backup_for_a_store_from_a_newer_version(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QWidget

    from secondopinion_desktop.ui import safety_wiring, store_problem_dialog

    fill_store(data_dir, 2)
    store = store_path(data_dir)
    checkpoint(store)
    take_backup(store, backups_dir(data_dir), "automatic")
    conn = sqlite3.connect(store)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    checkpoint(store)
    before = sha256(store)
    shown: list[tuple[str, str | None]] = []

    def choose_restore(paragraph: str, when: str | None, _parent: Any) -> StoreProblemChoice:
        shown.append((paragraph, when))
        return StoreProblemChoice.RESTORE

    monkeypatch.setattr(store_problem_dialog, "ask_about_damaged_store", choose_restore)
    parent = QWidget()
    qtbot.addWidget(parent)

    opened = safety_wiring.open_store_or_recover(parent, data_dir, smoke=False)

    assert opened is not None
    opened.close()
    [(paragraph, when)] = shown
    assert "made by a newer version" in paragraph and "holding 2 cases" in paragraph
    assert when is not None  # the Restore button names the backup's date
    # A window speaks of its own buttons, not of commands to type.
    assert "run:" not in paragraph and "secondopinion restore" not in paragraph
    assert count_cases_in(data_dir) == 2
    kept = [p for p in data_dir.iterdir() if p.suffix == ".sqlite3" and p != store]
    assert [sha256(p) for p in kept] == [before]  # the newer file is kept, byte for byte
