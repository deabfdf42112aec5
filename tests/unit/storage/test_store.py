"""The model and its migrations, and the store file: schema, WAL, foreign keys, private modes."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cli_runs import run_cli_process, sha256_of
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from secondopinion_desktop.model import (
    Appointment,
    Base,
    Case,
    Person,
    Question,
    RecordItem,
    RecordKind,
    VisitMode,
)
from secondopinion_desktop.storage import migrations_runner
from secondopinion_desktop.storage.errors import NewerSchemaError
from secondopinion_desktop.storage.store import Store, open_store


def revision_in(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_new_store_is_built_by_the_migrations_up_to_head(store: Store) -> None:
    assert revision_in(store.path) == migrations_runner.head_revision()
    assert "0001" in migrations_runner.known_revisions()
    conn = sqlite3.connect(store.path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert set(Base.metadata.tables) <= tables


def test_migrated_schema_matches_the_model(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_store_at_the_first_revision_is_upgraded_and_keeps_its_data(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    path = data_dir / "secondopinion.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrations_runner.upgrade(connection, "0001")
        connection.execute(
            text("INSERT INTO people (id, full_name, created_at) VALUES (1, 'Ruth', :now)"),
            {"now": "2026-01-02T03:04:05+00:00"},
        )
        connection.execute(
            text("INSERT INTO cases (id, person_id, title, status, created_at, updated_at) "
                 "VALUES (7, 1, 'Knee', 'booked', :now, :now)"),
            {"now": "2026-01-02T03:04:05+00:00"},
        )
    engine.dispose()
    assert revision_in(path) == "0001"

    store = open_store(data_dir)
    try:
        assert revision_in(path) == migrations_runner.head_revision()
        with store.session() as session:
            case = session.get(Case, 7)
            assert case is not None and case.title == "Knee" and case.person.full_name == "Ruth"
    finally:
        store.close()


@pytest.fixture
def newer_store(data_dir: Path) -> Path:
    """A healthy store whose schema revision this version of the app has never heard of."""
    store = open_store(data_dir)
    with store.session() as session:
        session.add(Person(full_name="Ruth", cases=[Case(title="Knee")]))
    store.close()
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    # Closing the last connection folds the WAL back into the file, as a newer app's would.
    assert not Path(f"{store.path}-wal").exists()
    return store.path


def test_newer_store_is_refused_and_left_byte_for_byte(data_dir: Path, newer_store: Path) -> None:
    before = sha256_of(newer_store)
    files_before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(NewerSchemaError) as caught:
        open_store(data_dir)
    assert "newer version" in caught.value.message
    assert sha256_of(newer_store) == before
    # No backup, no new store; SQLite's read-only look may leave an empty WAL index beside it.
    extra = set(p.name for p in data_dir.iterdir()) - set(files_before)
    assert extra <= {"secondopinion.sqlite3-wal", "secondopinion.sqlite3-shm"}
    wal = data_dir / "secondopinion.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("command", [["list"], ["export", "1", "--out", "x.json"]])
def test_newer_store_through_the_command_line(
    data_dir: Path, newer_store: Path, tmp_path: Path, command: list[str]
) -> None:
    before = sha256_of(newer_store)
    argv = [a if a != "x.json" else str(tmp_path / "x.json") for a in command]
    result = run_cli_process("--data-dir", str(data_dir), *argv)
    assert result.code == 1
    assert "made by a newer version" in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    assert sha256_of(newer_store) == before
    assert not (tmp_path / "x.json").exists()


def test_store_and_folder_are_private_even_with_an_open_umask(tmp_path: Path) -> None:
    data_dir = tmp_path / "nested" / "data"
    old = os.umask(0o022)
    try:
        store = open_store(data_dir)
        with store.session() as session:
            session.add(Person(full_name="Ruth"))
        modes = {
            p.name: stat.S_IMODE(p.stat().st_mode)
            for p in data_dir.iterdir()
            if p.name.startswith("secondopinion.sqlite3")
        }
        store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert modes["secondopinion.sqlite3"] == 0o600
    assert set(modes.values()) == {0o600}
    assert stat.S_IMODE((data_dir / "secondopinion.sqlite3").stat().st_mode) == 0o600


def test_loose_modes_are_tightened_when_the_store_opens(data_dir: Path) -> None:
    open_store(data_dir).close()
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "secondopinion.sqlite3", 0o644)
    open_store(data_dir).close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "secondopinion.sqlite3").stat().st_mode) == 0o600


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Case(person_id=424242, title="nobody's"))
    # The file on disk says WAL too, so other readers see it the same way.
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_deleting_a_person_removes_their_cases_in_the_database(store: Store) -> None:
    with store.session() as session:
        person = Person(full_name="Ruth")
        case = Case(title="Knee", person=person)
        case.questions.append(Question(text="Why now?"))
        session.add(person)
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM people"))
        assert connection.execute(text("SELECT count(*) FROM questions")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM cases")).scalar() == 0


def test_codes_are_stored_as_their_plain_values_and_lists_keep_order(store: Store) -> None:
    with store.session() as session:
        case = Case(title="Knee", person=Person(full_name="Ruth"))
        case.records.extend([RecordItem(kind=RecordKind.IMAGING_DISC),
                             RecordItem(kind=RecordKind.OFFICE_NOTES)])
        case.records.insert(0, RecordItem(kind=RecordKind.OTHER))
        session.add(case)
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT kind, status, position FROM records ORDER BY position")
        ).all()
    assert [tuple(r) for r in rows] == [
        ("other", "needed", 0), ("imaging_disc", "needed", 1), ("office_notes", "needed", 2)
    ]


def test_appointment_times_keep_their_offset_and_naive_ones_are_refused(store: Store) -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    with store.session() as session:
        case = Case(title="Knee", person=Person(full_name="Ruth"))
        case.appointments.append(
            Appointment(starts_at=datetime(2027, 1, 14, 10, 30, tzinfo=india),
                        mode=VisitMode.VIRTUAL, records_due_on=date(2027, 1, 7))
        )
        session.add(case)
    with store.session() as session:
        visit = session.scalars(select(Appointment)).one()
        assert visit.starts_at is not None
        assert visit.starts_at.utcoffset() == timedelta(hours=5, minutes=30)
    with pytest.raises(StatementError, match="UTC offset"), store.session() as session:
        case = Case(title="Hip", person=Person(full_name="Ana"))
        case.appointments.append(Appointment(starts_at=datetime(2027, 1, 14, 10, 30)))
        session.add(case)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Appointment)) == 1


def _store_at_first_revision(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    path = data_dir / "secondopinion.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrations_runner.upgrade(connection, "0001")
        connection.execute(
            text("INSERT INTO people (id, full_name, created_at) VALUES (1, 'Ruth', :now)"),
            {"now": "2026-01-02T03:04:05+00:00"},
        )
        connection.execute(
            text("INSERT INTO cases (id, person_id, title, status, created_at, updated_at) "
                 "VALUES (7, 1, 'Knee', 'booked', :now, :now)"),
            {"now": "2026-01-02T03:04:05+00:00"},
        )
        connection.execute(
            text("INSERT INTO records (id, case_id, position, kind, status, held_by, requested_on)"
                 " VALUES (3, 7, 0, 'pathology_slides', 'requested', 'Northside Pathology',"
                 " '2026-10-20')")
        )
    engine.dispose()
    return path


def record_columns(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[1] for row in conn.execute("PRAGMA table_info(records)")}
    finally:
        conn.close()


def test_upgrade_to_the_records_clock_keeps_every_record(data_dir: Path) -> None:
    from secondopinion_desktop.model import RecordItem

    path = _store_at_first_revision(data_dir)
    store = open_store(data_dir)
    try:
        assert revision_in(path) == "0002"
        with store.session() as session:
            record = session.get(RecordItem, 3)
            assert record is not None
            assert (record.held_by, record.requested_on) == ("Northside Pathology", date(2026, 10, 20))
            assert (record.received_on, record.extended_until, record.courier) == (None, None, None)
    finally:
        store.close()
    assert any(p.name.startswith("before-upgrade") or "before-upgrade" in p.name
               for p in (data_dir / "backups").iterdir())


def test_an_upgrade_that_fails_halfway_leaves_the_old_schema(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _store_at_first_revision(data_dir)
    real_upgrade = migrations_runner.upgrade

    def upgrade_then_fail(connection: object, target: str = "head") -> None:
        real_upgrade(connection, target)  # type: ignore[arg-type]
        raise OSError("the power went")

    monkeypatch.setattr(migrations_runner, "upgrade", upgrade_then_fail)
    with pytest.raises(OSError):
        migrations_runner.upgrade_in_one_transaction(path)
    assert revision_in(path) == "0001"
    assert "received_on" not in record_columns(path)


def test_a_new_store_that_does_not_fit_on_the_disk_leaves_nothing_half_built(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typing import Any

    from sqlalchemy import event

    from secondopinion_desktop.storage import store as store_module
    from secondopinion_desktop.storage.errors import DiskFullError

    real_make_engine = store_module.make_engine

    def small_disk_engine(path: Path) -> Any:
        # Room for two pages: the migrations fail as on a full disk (SQLITE_FULL).
        engine = real_make_engine(path)
        event.listen(
            engine, "connect", lambda conn, _record: conn.execute("PRAGMA max_page_count=2")
        )
        return engine

    monkeypatch.setattr(store_module, "make_engine", small_disk_engine)
    with pytest.raises(DiskFullError):
        open_store(data_dir)
    # The half-built file and its -wal and -shm would keep the disk full after the refusal.
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".")) == []
    assert not (data_dir / "secondopinion.sqlite3").exists()
