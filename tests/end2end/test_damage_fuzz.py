"""A seeded, time-bounded damage fuzz: eleven kinds of damage, each through check, list,
export, pdf, --smoke and restore.

Each command must exit 1 with one plain paragraph (no traceback), leave the damaged bytes
exactly as they were, and never hang; restore must then bring every case back and keep the
damaged file byte for byte. The seed is printed on failure; set DAMAGE_FUZZ_SEED to repeat or
vary it. The commands run in this process (quick), except --smoke, which needs the window and
runs as processes, several at a time.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from safety_helpers import REPO, CliResult, checkpoint, count_cases_in, fill_store, sha256

from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path

SEED = int(os.environ.get("DAMAGE_FUZZ_SEED", "20261201"))
PAGE = 4096
CASES = 25
COMMAND_SECONDS = 30  # a command taking longer than this is a hang


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _sqlite_sees_damage(data: bytes, scratch: Path) -> bool:
    """Would SQLite's quick check (what every command runs at open) notice this damage?"""
    scratch.write_bytes(data)
    try:
        conn = sqlite3.connect(f"file:{scratch}?mode=ro", uri=True)
        conn.text_factory = bytes
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            return [r[0] for r in rows] != [b"ok"]
        finally:
            conn.close()
    except Exception:  # SQLite refusing to read it at all is damage it sees
        return True
    finally:
        scratch.unlink()


def _until_seen(
    store: Path, rng: random.Random, change: Callable[[bytearray, random.Random], None]
) -> None:
    """Apply ``change`` (drawn from ``rng``) to a copy until SQLite can see the damage."""
    original = store.read_bytes()
    for _attempt in range(50):
        data = bytearray(original)
        change(data, rng)
        if _sqlite_sees_damage(bytes(data), store.with_name("scratch")):
            store.write_bytes(bytes(data))
            return
    raise AssertionError(f"no visible damage found (seed {SEED})")


def _header_bytes(store: Path, rng: random.Random) -> None:
    def change(data: bytearray, r: random.Random) -> None:
        for position in r.sample(range(18), 3):  # the magic string and the page size
            data[position] ^= r.randrange(1, 256)

    _until_seen(store, rng, change)


def _btree_page(store: Path, rng: random.Random) -> None:
    def change(data: bytearray, r: random.Random) -> None:
        page = r.randrange(1, len(data) // PAGE)
        for _ in range(12):
            data[page * PAGE + r.randrange(12)] ^= r.randrange(1, 256)  # the page's header
        for _ in range(12):
            data[page * PAGE + r.randrange(PAGE)] ^= r.randrange(1, 256)

    _until_seen(store, rng, change)


def _truncated(store: Path, rng: random.Random) -> None:
    def change(data: bytearray, r: random.Random) -> None:
        del data[r.randrange(100, len(data) - PAGE) :]

    _until_seen(store, rng, change)


def _zeroed_pages(store: Path, rng: random.Random) -> None:
    def change(data: bytearray, r: random.Random) -> None:
        for page in r.sample(range(1, len(data) // PAGE), 2):
            data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)

    _until_seen(store, rng, change)


def _invalid_utf8(store: Path, rng: random.Random) -> None:
    case = rng.randrange(1, CASES + 1)
    junk = bytes([0xC3, 0x28, rng.choice([0xFF, 0xFE, 0x80])]).hex()
    _sql(store, f"UPDATE cases SET title = CAST(x'4b6e6565{junk}' AS TEXT) WHERE id = {case}")
    checkpoint(store)


def _missing_table(store: Path, rng: random.Random) -> None:
    table = rng.choice(["questions", "records", "appointments", "medications"])
    conn = sqlite3.connect(store)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert table in names, f"no table {table} to drop"
    _sql(store, "PRAGMA foreign_keys=OFF", f"DROP TABLE {table}")
    checkpoint(store)


def _no_alembic_version(store: Path, _rng: random.Random) -> None:
    _sql(store, "DROP TABLE alembic_version")
    checkpoint(store)


def _foreign_sqlite(store: Path, rng: random.Random) -> None:
    store.unlink()
    _sql(store, "CREATE TABLE photos (name TEXT, taken TEXT)",
         f"INSERT INTO photos VALUES ('beach', '{rng.randrange(1990, 2026)}')")


def _not_sqlite(store: Path, rng: random.Random) -> None:
    store.write_bytes(rng.randbytes(rng.randrange(200, 20000)))


def _empty(store: Path, _rng: random.Random) -> None:
    store.write_bytes(b"")


def _newer_version(store: Path, rng: random.Random) -> None:
    _sql(store, f"UPDATE alembic_version SET version_num = '9{rng.randrange(100, 999)}_future'")
    checkpoint(store)


KINDS: dict[str, Callable[[Path, random.Random], None]] = {
    "flipped bytes in the header": _header_bytes,
    "flipped bytes in a b-tree page": _btree_page,
    "truncated": _truncated,
    "zeroed pages": _zeroed_pages,
    "invalid UTF-8 in a cell": _invalid_utf8,
    "a missing table": _missing_table,
    "alembic_version dropped": _no_alembic_version,
    "another program's SQLite file": _foreign_sqlite,
    "not an SQLite file": _not_sqlite,
    "an empty file": _empty,
    "a newer schema version": _newer_version,
}


@contextmanager
def _no_hang(what: str) -> Iterator[None]:
    """Fail (rather than wait forever) when an in-process command takes too long."""

    def stop(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"{what} took more than {COMMAND_SECONDS} s (seed {SEED})")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(COMMAND_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _smoke(data_dir: Path) -> CliResult:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir),
             "--smoke"],
            capture_output=True, text=True, cwd=REPO, timeout=90,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        return CliResult(-1, "", "hung: --smoke did not finish")
    err = "\n".join(
        line for line in done.stderr.splitlines() if "propagateSizeHints" not in line
    )
    return CliResult(done.returncode, done.stdout, err)


def _assert_one_plain_paragraph(kind: str, what: str, result: CliResult, backup: Path) -> None:
    where = f"{kind} / {what} (seed {SEED})"
    assert result.code == 1, (where, result)
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, (where, result.err)
    assert "Traceback" not in result.err and "Something went wrong" not in result.err, where
    if kind == "a newer schema version":
        assert "made by a newer version" in result.err, where
    else:
        assert "could not be opened because" in result.err, where
        assert "Nothing has been changed or deleted" in result.err, where
    assert str(backup) in result.err and "restore" in result.err, where


def test_every_kind_of_damage_is_refused_plainly_and_restore_brings_every_case_back(
    tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    started = time.monotonic()
    base = tmp_path / "base"
    fill_store(base, CASES)
    checkpoint(store_path(base))
    base_backup = take_backup(store_path(base), backups_dir(base), "automatic")

    rng = random.Random(SEED)
    folders: dict[str, Path] = {}
    damaged_hash: dict[str, str] = {}
    for number, (kind, damage) in enumerate(KINDS.items()):
        folder = tmp_path / f"kind-{number}"
        shutil.copytree(base, folder)
        damage(store_path(folder), random.Random(rng.randrange(2**32)))
        folders[kind] = folder
        damaged_hash[kind] = sha256(store_path(folder))

    # --smoke runs as processes, a few at a time, while the other commands run here.
    with ThreadPoolExecutor(max_workers=3) as pool:
        smokes = {kind: pool.submit(_smoke, folder) for kind, folder in folders.items()}
        for kind, folder in folders.items():
            backup = folder / "backups" / base_backup.name
            out = tmp_path / f"out-{folder.name}"
            out.mkdir()
            for what, argv in (
                ("check", ["check"]),
                ("list", ["list"]),
                ("export", ["export", "1", "--out", str(out / "case.json")]),
                ("pdf", ["pdf", "1", "--out", str(out / "summary.pdf")]),
            ):
                with _no_hang(f"{kind} / {what}"):
                    result = run_cli("--data-dir", str(folder), *argv)
                _assert_one_plain_paragraph(kind, what, result, backup)
                assert sha256(store_path(folder)) == damaged_hash[kind], (kind, what, SEED)
            assert list(out.iterdir()) == [], (kind, SEED)
        for kind, future in smokes.items():
            backup = folders[kind] / "backups" / base_backup.name
            _assert_one_plain_paragraph(kind, "--smoke", future.result(), backup)
            assert sha256(store_path(folders[kind])) == damaged_hash[kind], (kind, SEED)

    for kind, folder in folders.items():
        backup = folder / "backups" / base_backup.name
        with _no_hang(f"{kind} / restore"):
            restored = run_cli("--data-dir", str(folder), "restore", str(backup))
        assert restored.code == 0, (kind, SEED, restored)
        assert "Traceback" not in restored.err
        assert count_cases_in(folder) == CASES, (kind, SEED)
        kept = [p for p in folder.iterdir() if p.name.startswith("secondopinion-damaged-")
                and p.suffix == ".sqlite3"]
        assert len(kept) == 1 and sha256(kept[0]) == damaged_hash[kind], (kind, SEED)
        assert run_cli("--data-dir", str(folder), "check").code == 0, (kind, SEED)

    elapsed = time.monotonic() - started
    assert elapsed < 180, f"the fuzz took {elapsed:.0f} s; it should stay near a minute"
