"""A damaged store is refused plainly by every command, and its bytes stay exactly as they were."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import REPO, CliResult, checkpoint, command_available, fill_store, sha256

PAGE = 4096


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _overwrite_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = b"\xde\xad\xbe\xef" * 25
    path.write_bytes(bytes(data))


def _flip_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(20261125)
    pages = len(data) // PAGE
    for page in rng.sample(range(1, pages), 3):
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


def _text_file(path: Path) -> None:
    path.write_text("Shopping list: milk, bread, a new pair of glasses.\n" * 40)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "header overwritten": _overwrite_header,
    "random pages overwritten": _flip_pages,
    "a text file in its place": _text_file,
    "an empty file": _empty,
}


def _damaged_store(data_dir: Path, how: str) -> tuple[Path, Path]:
    """A store with 60 cases and one good backup, then damaged; returns (store, backup)."""
    from secondopinion_desktop.storage.backups import take_backup
    from secondopinion_desktop.storage.paths import backups_dir, store_path

    fill_store(data_dir, 60)
    store = store_path(data_dir)
    checkpoint(store)
    backup = take_backup(store, backups_dir(data_dir), "automatic")
    DAMAGE[how](store)
    return store, backup


def _assert_plain_refusal(result: CliResult, store: Path, backup: Path) -> None:
    assert result.code == 1
    assert "Traceback" not in result.err and "Error" not in result.err
    assert f"Your saved information at {store} could not be opened because" in result.err
    assert "Nothing has been changed or deleted" in result.err
    # The paragraph names the newest good backup and how to bring it back.
    assert str(backup) in result.err
    assert "restore" in result.err


@pytest.mark.parametrize("how", list(DAMAGE))
def test_check_refuses_each_kind_of_damage_and_keeps_the_bytes(
    how: str, data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    store, backup = _damaged_store(data_dir, how)
    before = sha256(store)

    result = run_cli("--data-dir", str(data_dir), "check")

    _assert_plain_refusal(result, store, backup)
    assert result.out == ""
    assert store.exists() and sha256(store) == before


@pytest.mark.parametrize("how", list(DAMAGE))
def test_other_commands_refuse_a_damaged_store(
    how: str, data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    store, backup = _damaged_store(data_dir, how)
    before = sha256(store)
    commands = [["backup", "--out", str(tmp_path / "copy.sqlite3")]]
    if command_available("list"):
        commands.append(["list"])
    if command_available("export"):
        commands.append(["export", "1", "--out", str(tmp_path / "case.json")])
    if command_available("import"):
        example = REPO / "resources" / "examples" / "example-case.json"
        commands.append(["import", str(example)])
    if command_available("pdf"):
        commands.append(["pdf", "1", "--out", str(tmp_path / "summary.pdf")])
    if command_available("ics"):
        commands.append(["ics", "1", "--out", str(tmp_path / "visit.ics")])

    for argv in commands:
        result = run_cli("--data-dir", str(data_dir), *argv)
        _assert_plain_refusal(result, store, backup)
        assert sha256(store) == before, argv
    assert not (tmp_path / "copy.sqlite3").exists()


def test_backups_still_lists_beside_a_damaged_store_but_exits_1(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    store, backup = _damaged_store(data_dir, "truncated")

    result = run_cli("--data-dir", str(data_dir), "backups")

    assert result.out.splitlines()[0].startswith(f"{backup}\t")
    _assert_plain_refusal(result, store, backup)


def test_paragraph_without_any_backup_says_so(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    data_dir.mkdir(parents=True)
    store = data_dir / "secondopinion.sqlite3"
    _text_file(store)

    result = run_cli("--data-dir", str(data_dir), "check")

    assert result.code == 1
    assert "There is no backup to bring back" in result.err
    assert "is not a Second Opinion Companion store" in result.err


def test_a_damaged_backup_is_not_named_as_the_good_one(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    from secondopinion_desktop.storage.backups import take_backup
    from secondopinion_desktop.storage.paths import backups_dir, store_path

    store, good = _damaged_store(data_dir, "an empty file")
    newer = backups_dir(data_dir) / "backup-29991231T000000000000Z-automatic.sqlite3"
    _text_file(newer)
    assert take_backup is not None and store_path(data_dir) == store

    result = run_cli("--data-dir", str(data_dir), "check")

    assert str(good) in result.err
    assert str(newer) not in result.err


def test_real_process_prints_no_traceback(data_dir: Path) -> None:
    store, _backup = _damaged_store(data_dir, "random pages overwritten")
    before = sha256(store)

    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "could not be opened because" in done.stderr
    assert sha256(store) == before


def test_check_says_healthy(data_dir: Path, run_cli: Callable[..., CliResult]) -> None:
    fill_store(data_dir, 2)

    result = run_cli("--data-dir", str(data_dir), "check")

    assert (result.code, result.out.strip()) == (0, "Your information is healthy.")
