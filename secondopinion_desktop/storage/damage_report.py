"""The plain paragraph a person reads when their store cannot be trusted, naming the best backup."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path

from secondopinion_desktop.model.dates import format_long_datetime
from secondopinion_desktop.storage import preflight
from secondopinion_desktop.storage.backups import BackupInfo, newest_good_backup
from secondopinion_desktop.storage.paths import backups_dir, default_data_dir, store_path
from secondopinion_desktop.storage.preflight import inspect_store

# Each problem the check names, as a key the window words in the person's language.
PROBLEM_KEYS = {
    preflight.EMPTY: "empty",
    preflight.CUT_SHORT: "cut_short",
    preflight.NOT_OURS: "not_ours",
    preflight.FOREIGN: "foreign",
    preflight.DAMAGED: "damaged",
    preflight.CHECK_FOUND_DAMAGE: "check_found_damage",
    preflight.MISSING_PART: "missing_part",
    preflight.BAD_TEXT: "bad_text",
    preflight.BAD_VERSION: "bad_version",
}


@dataclass(frozen=True)
class DamageReport:
    """What the window's damaged-store dialog needs: the paragraph, the file, the best backup."""

    store: Path
    problem: str
    paragraph: str
    newest_backup: BackupInfo | None
    # For the window's own words (ui/error_words.py): which paragraph, and its facts. An
    # empty code: only the English paragraph exists.
    code: str = ""
    facts: dict[str, str] = field(default_factory=dict)


def _facts(store: Path, newest: BackupInfo | None, problem: str | None = None) -> dict[str, str]:
    facts = {"store": str(store)}
    if newest is not None and newest.cases is not None:
        facts["cases"] = str(newest.cases)
    if problem is not None:
        facts["problem"] = PROBLEM_KEYS.get(problem, "")
    return facts


def backup_when(info: BackupInfo, language: str = "en") -> str:
    """When a backup was taken, written out in full in the computer's own time zone."""
    return format_long_datetime(info.taken_at.astimezone(), language)


def _cases(count: int | None) -> str:
    if count is None:
        return ""
    return ", holding 1 case" if count == 1 else f", holding {count} cases"


def damaged_paragraph(
    store: Path, problem: str, newest: BackupInfo | None, *, command_line: bool = True
) -> str:
    """One paragraph: what happened, that nothing was changed, where the file is, what to do."""
    opening = (
        f"Your saved information at {store} could not be opened because {problem}. "
        "Nothing has been changed or deleted; the file is still there."
    )
    if newest is None:
        if command_line:
            return (
                f"{opening} There is no backup to bring back. You can use a different folder "
                "with --data-dir, or leave the file as it is."
            )
        return (
            f"{opening} There is no backup to bring back. You can open a different folder, "
            "or quit and keep the file as it is."
        )
    backup = f"The newest good backup is from {backup_when(newest)}{_cases(newest.cases)}"
    if not command_line:
        return f"{opening} {backup}. You can restore it, open a different folder, or quit."
    return (
        f"{opening} {backup}: {newest.path}. To bring it back, run: "
        f"{restore_command(store.parent, newest.path)}. "
        "You can also use a different folder with --data-dir, or leave everything as it is."
    )


def restore_command(data_dir: Path, backup: Path) -> str:
    """The command to paste, shell-quoted: a folder named ``x$(id)`` must run nothing."""
    words = ["secondopinion"]
    if data_dir != default_data_dir():
        words += ["--data-dir", str(data_dir)]
    words += ["restore", str(backup)]
    return shlex.join(words)


def newer_version_message(store: Path) -> str:
    """The paragraph for a store written by a newer version, naming the newest usable backup."""
    opening = (
        f"Your saved information at {store} was made by a newer version of Second Opinion "
        "Companion. Please install the newer version to open it; the file has been left "
        "exactly as it was."
    )
    newest = newest_good_backup(backups_dir(store.parent), readable_only=True)
    if newest is None:
        return f"{opening} There is no backup that this version can open."
    return (
        f"{opening} If you would rather go on with this version, the newest backup it can "
        f"open is from {backup_when(newest)}{_cases(newest.cases)}: {newest.path}. To bring it "
        f"back (what is there now is kept), run: {restore_command(store.parent, newest.path)}."
    )


def newer_report(data_dir: Path) -> DamageReport:
    """For the window: a store from a newer version, and the newest backup this version opens."""
    store = store_path(data_dir)
    opening = (
        f"Your saved information at {store} was made by a newer version of Second Opinion "
        "Companion. Please install the newer version to open it; the file has been left "
        "exactly as it was."
    )
    newest = newest_good_backup(backups_dir(data_dir), readable_only=True)
    if newest is None:
        paragraph = (
            f"{opening} There is no backup that this version can open. You can open a "
            "different folder, or quit and keep the file as it is."
        )
    else:
        paragraph = (
            f"{opening} If you would rather go on with this version, the newest backup it can "
            f"open is from {backup_when(newest)}{_cases(newest.cases)}. You can restore it "
            "(what is there now is kept), open a different folder, or quit."
        )
    code = "store.newer" if newest is not None else "store.newer_no_backup"
    return DamageReport(
        store, "it was made by a newer version", paragraph, newest, code, _facts(store, newest)
    )


def damaged_store_message(store: Path, problem: str) -> str:
    """The command line's paragraph for a damaged ``store`` (looks in ``backups/`` beside it)."""
    return damaged_paragraph(store, problem, newest_good_backup(backups_dir(store.parent)))


def damage_report(data_dir: Path) -> DamageReport | None:
    """For the window: None when the store is healthy or new, else what to tell the person."""
    store = store_path(data_dir)
    found = inspect_store(store)
    if found.healthy:
        return None
    problem = found.problem or "it is damaged"
    newest = newest_good_backup(backups_dir(data_dir))
    facts = _facts(store, newest, problem)
    code = ("store.damaged" if newest is not None else "store.damaged_no_backup")
    return DamageReport(
        store,
        problem,
        damaged_paragraph(store, problem, newest, command_line=False),
        newest,
        code if facts["problem"] else "",
        facts,
    )
