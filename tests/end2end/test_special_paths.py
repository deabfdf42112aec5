"""Folder names with #, ?, %, spaces, quotes or accents: every command works on that folder,
nothing is made outside it, and the restore command a damage paragraph offers can be pasted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import (
    REPO,
    CliResult,
    checkpoint,
    pasted_command,
    run_process,
    sha256,
)

EXAMPLE = REPO / "secondopinion_desktop" / "resources" / "examples" / "example-case.json"
TITLE = "Do I need a right knee replacement now?"
NAMES = {
    "hash": "ada #1",
    "question mark": "ada?mode=rw",
    "percent": "ada %41 100%",
    "space": "Ada Example files",
    "quotes": "ada's \"notes\"",
    "accents": "Adélaïde Ñúñez 文件",
}


def _cases_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        conn.close()


def _shell_env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


ALL_AT_ONCE = "ada #1 ?mode=rw %41 's \"notes\" Adélaïde 文件"


@pytest.mark.parametrize("kind", list(NAMES))
def test_each_odd_character_in_the_folder_name_works_in_process(
    kind: str, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    """In this process (quick): import, list, check, export, backup, damage, restore."""
    data_dir = tmp_path / NAMES[kind]
    folder = ["--data-dir", str(data_dir)]

    assert run_cli(*folder, "import", str(EXAMPLE)).out.strip() == "1"
    assert TITLE in run_cli(*folder, "list").out
    assert run_cli(*folder, "check").out.strip() == "Your information is healthy."
    assert run_cli(*folder, "export", "1", "--out", str(data_dir / "c #?.json")).code == 0
    assert TITLE in (data_dir / "c #?.json").read_text(encoding="utf-8")
    copy = data_dir / "copy #?%41.sqlite3"
    assert run_cli(*folder, "backup", "--out", str(copy)).code == 0
    assert _cases_in(copy) == 1
    newest = sorted((data_dir / "backups").iterdir())[-1]
    assert _cases_in(newest) == 1
    store = data_dir / "secondopinion.sqlite3"
    checkpoint(store)
    store.write_bytes(store.read_bytes()[:5000])
    refused = run_cli(*folder, "check")
    assert refused.code == 1 and str(newest) in refused.err
    assert run_cli(*folder, "restore", str(newest)).code == 0
    assert TITLE in run_cli(*folder, "list").out
    assert [p.name for p in tmp_path.iterdir()] == [data_dir.name]


def test_every_command_works_in_a_folder_with_odd_characters(tmp_path: Path) -> None:
    """As separate processes, --smoke included, with every odd character in one name."""
    data_dir = tmp_path / ALL_AT_ONCE
    folder = ["--data-dir", str(data_dir)]

    imported = run_process(*folder, "import", str(EXAMPLE))
    assert (imported.code, imported.out.strip()) == (0, "1"), imported.err
    listed = run_process(*folder, "list")
    assert listed.code == 0 and TITLE in listed.out
    assert run_process(*folder, "check").out.strip() == "Your information is healthy."
    exported = run_process(*folder, "export", "1", "--out", str(data_dir / "case #1?.json"))
    assert exported.code == 0, exported.err
    assert TITLE in (data_dir / "case #1?.json").read_text(encoding="utf-8")
    copy = data_dir / "copy #?%41.sqlite3"
    assert run_process(*folder, "backup", "--out", str(copy)).code == 0
    assert _cases_in(copy) == 1
    store = data_dir / "secondopinion.sqlite3"
    backups = sorted((data_dir / "backups").iterdir())
    assert backups and all(_cases_in(b) in (0, 1) for b in backups)
    assert _cases_in(backups[-1]) == 1  # the after-import backup holds the case
    # Nothing was made outside the folder (a # or ? once sent SQLite to another file).
    assert [p.name for p in tmp_path.iterdir()] == [data_dir.name]

    # Damage the store: the check must see it (it once looked at an empty stray file).
    checkpoint(store)
    store.write_bytes(store.read_bytes()[:5000])
    damaged = sha256(store)
    refused = run_process(*folder, "check")
    assert refused.code == 1 and "could not be opened because" in refused.err
    assert str(backups[-1]) in refused.err
    assert sha256(store) == damaged
    # The paragraph's command, pasted into a shell as it is, brings the case back.
    command = pasted_command(refused.err)
    pasted = subprocess.run(
        command, shell=True, capture_output=True, text=True, cwd=tmp_path, env=_shell_env(),
        timeout=60,
    )
    assert pasted.returncode == 0, pasted.stderr
    assert TITLE in run_process(*folder, "list").out
    kept = [p for p in data_dir.iterdir() if "damaged" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1 and sha256(kept[0]) == damaged
    smoke = run_process(*folder, "--smoke")
    assert smoke.code == 0, smoke.err
    assert [p.name for p in tmp_path.iterdir()] == [data_dir.name]


def test_a_pasted_restore_command_runs_nothing_hidden_in_the_folder_name(tmp_path: Path) -> None:
    data_dir = tmp_path / "x$(touch PWNED)`touch PWNED2`"
    folder = ["--data-dir", str(data_dir)]
    assert run_process(*folder, "import", str(EXAMPLE)).code == 0
    store = data_dir / "secondopinion.sqlite3"
    checkpoint(store)
    store.write_text("not a store\n")

    refused = run_process(*folder, "list")
    assert refused.code == 1
    pasted = subprocess.run(
        pasted_command(refused.err), shell=True, capture_output=True, text=True, cwd=tmp_path,
        env=_shell_env(), timeout=60,
    )

    assert pasted.returncode == 0, pasted.stderr
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "PWNED2").exists()
    assert TITLE in run_process(*folder, "list").out
