"""The store check catches what it used to miss: odd SQLite output, another program's file, a
missing table, text that is not UTF-8, and any failure while looking; restore fixes each."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import REPO, CliResult, checkpoint, count_cases_in, fill_store, sha256

from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path
from secondopinion_desktop.storage.preflight import inspect_store

EXAMPLE = REPO / "secondopinion_desktop" / "resources" / "examples" / "example-case.json"
PAGE = 4096


def _store_with_backup(data_dir: Path, cases: int = 5) -> tuple[Path, Path]:
    fill_store(data_dir, cases)
    store = store_path(data_dir)
    checkpoint(store)
    return store, take_backup(store, backups_dir(data_dir), "automatic")


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _foreign(store: Path) -> None:
    store.unlink()
    _sql(store, "CREATE TABLE recipes (name TEXT, minutes INTEGER)",
         "INSERT INTO recipes VALUES ('soup', 40)")


def _no_version(store: Path) -> None:
    _sql(store, "DROP TABLE alembic_version")


def _missing_table(store: Path) -> None:
    _sql(store, "PRAGMA foreign_keys=OFF", "DROP TABLE questions")


def _bad_text(store: Path) -> None:
    _sql(store, "UPDATE cases SET title = CAST(x'4b6e6565c328ff' AS TEXT) WHERE id = 1")


KINDS: dict[str, tuple[Callable[[Path], None], str]] = {
    "another program's SQLite file": (_foreign, "belongs to another program"),
    "no alembic_version": (_no_version, "belongs to another program"),
    "a missing table": (_missing_table, "a part of the file is missing"),
    "text that is not UTF-8": (_bad_text, "some of the text inside the file is damaged"),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_is_refused_plainly_left_byte_identical_and_restore_fixes_it(
    kind: str, data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    store, backup = _store_with_backup(data_dir)
    damage, words = KINDS[kind]
    damage(store)
    checkpoint(store)
    before = sha256(store)
    folder = ["--data-dir", str(data_dir)]

    for argv in (["check"], ["list"], ["export", "1", "--out", str(tmp_path / "c.json")],
                 ["import", str(EXAMPLE)], ["pdf", "1", "--out", str(tmp_path / "s.pdf")]):
        result = run_cli(*folder, *argv)
        assert result.code == 1, (argv, result)
        assert words in result.err and str(backup) in result.err, argv
        assert "Traceback" not in result.err and "Something went wrong" not in result.err
        assert len(result.err.strip().splitlines()) == 1, argv
        assert sha256(store) == before, argv  # never migrated, adopted or written
    assert not (tmp_path / "c.json").exists() and not (tmp_path / "s.pdf").exists()

    restored = run_cli(*folder, "restore", str(backup))

    assert restored.code == 0, restored.err
    assert count_cases_in(data_dir) == 5
    kept = [p for p in data_dir.iterdir() if "damaged" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1 and sha256(kept[0]) == before


def test_an_empty_sqlite_file_is_not_adopted(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    data_dir.mkdir()
    store = store_path(data_dir)
    _sql(store, "PRAGMA user_version = 3")  # a valid SQLite header, no tables at all
    before = sha256(store)

    result = run_cli("--data-dir", str(data_dir), "list")

    assert result.code == 1 and "belongs to another program" in result.err
    assert sha256(store) == before


def test_damage_that_makes_sqlite_answer_in_broken_text_is_still_just_damage(
    tmp_path: Path,
) -> None:
    """quick_check can answer with bytes that are not UTF-8 (about 1 damage in 80 here)."""
    data_dir = tmp_path / "data"
    fill_store(data_dir, 60)
    store = store_path(data_dir)
    checkpoint(store)
    original = store.read_bytes()
    target = tmp_path / "damaged.sqlite3"
    undecodable = 0
    for seed in range(400):
        rng = random.Random(seed)
        data = bytearray(original)
        page = rng.randrange(1, len(data) // PAGE)
        for _ in range(20):
            data[page * PAGE + rng.randrange(PAGE)] = rng.randrange(256)
        target.write_bytes(bytes(data))
        conn = sqlite3.connect(target)
        try:
            conn.execute("PRAGMA quick_check").fetchall()
        except UnicodeDecodeError:
            undecodable += 1
        except sqlite3.DatabaseError:
            pass
        finally:
            conn.close()
        found = inspect_store(target)  # must never raise
        assert found.exists
        assert found.healthy or found.problem
        assert target.read_bytes() == bytes(data)
    assert undecodable > 0  # the trap was really there


def test_any_failure_while_looking_means_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., CliResult]
) -> None:
    from secondopinion_desktop.storage import preflight

    store, backup = _store_with_backup(data_dir)

    def broken(_path: Path) -> sqlite3.Connection:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(preflight, "connect_readonly", broken)
    result = run_cli("--data-dir", str(data_dir), "check")

    assert result.code == 1
    assert "could not be opened because SQLite could not read the file" in result.err
    assert "nobody foresaw" not in result.err
    assert inspect_store(store).healthy is False and backup.exists()


def test_a_newer_version_store_names_the_newest_backup_this_version_can_open(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    store, backup = _store_with_backup(data_dir)
    _sql(store, "UPDATE alembic_version SET version_num = '9999_future'")
    checkpoint(store)
    newer_backup = take_backup(store, backups_dir(data_dir), "automatic")
    before = sha256(store)

    result = run_cli("--data-dir", str(data_dir), "list")

    assert result.code == 1
    assert "made by a newer version" in result.err
    assert str(backup) in result.err and str(newer_backup) not in result.err
    assert sha256(store) == before
    assert run_cli("--data-dir", str(data_dir), "restore", str(backup)).code == 0
    assert count_cases_in(data_dir) == 5


@pytest.mark.parametrize("failure", ["malformed", "undecodable"])
def test_damage_that_shows_only_while_reading_is_the_plain_paragraph(
    failure: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    run_cli: Callable[..., CliResult],
) -> None:
    """Damage SQLite's quick check cannot see (it does not read every value) is still plain."""
    from secondopinion_desktop.services import cases

    store, backup = _store_with_backup(data_dir)
    if failure == "undecodable":
        _bad_text(store)
        checkpoint(store)
        # As if the check had missed it: only the read finds it.
        from secondopinion_desktop.storage import preflight

        monkeypatch.setattr(preflight, "_text_is_sound", lambda *_a: True)
    else:
        real = cases.list_cases

        def malformed(session: object) -> object:
            error = sqlite3.DatabaseError("database disk image is malformed")
            error.sqlite_errorcode = 11  # type: ignore[attr-defined]
            from sqlalchemy.exc import DatabaseError

            raise DatabaseError("SELECT", {}, error)

        assert real is not None
        monkeypatch.setattr(cases, "list_cases", malformed)

    result = run_cli("--data-dir", str(data_dir), "list")

    assert result.code == 1
    assert "could not be opened because" in result.err and str(backup) in result.err
    assert "Knee" not in result.err  # the damaged text itself is never quoted
    assert len(result.err.strip().splitlines()) == 1


def test_restore_works_when_the_store_is_missing_or_the_folder_is_gone(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    store, backup = _store_with_backup(data_dir)
    store.unlink()

    assert run_cli("--data-dir", str(data_dir), "restore", str(backup)).code == 0
    assert count_cases_in(data_dir) == 5

    elsewhere = tmp_path / "kept" / "copy.sqlite3"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(backup.read_bytes())
    fresh = tmp_path / "not yet made" / "data"
    restored = run_cli("--data-dir", str(fresh), "restore", str(elsewhere))
    assert restored.code == 0, restored.err
    assert count_cases_in(fresh) == 5
