"""An import is all or nothing: a failure or a kill halfway leaves no part of the case."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from cli_runs import PROJECT_ROOT
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from secondopinion_desktop.model import Case, Medication, Person, Question, RecordItem
from secondopinion_desktop.services.bundle import export_case_json, import_bundle, parse_bundle
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.storage.store import Store, open_store


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("people", "medications", "cases", "reasons", "care_team", "insurance",
                          "insurance_calls", "records", "questions", "appointments")
        }
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


class Boom(RuntimeError):
    pass


def test_failure_halfway_leaves_nothing(store: Store, example_doc: dict[str, Any]) -> None:
    inserted: list[int] = []

    def fail_on_third_question(_mapper: Any, _conn: Any, _target: Question) -> None:
        inserted.append(1)
        if len(inserted) == 3:
            raise Boom("disk pulled out")

    event.listen(Question, "after_insert", fail_on_third_question)
    try:
        with pytest.raises(Boom):
            import_bundle(store, example_doc)
    finally:
        event.remove(Question, "after_insert", fail_on_third_question)
    # Rows for the person, medications and records were written before the failure...
    assert len(inserted) == 3
    # ...and none of them stayed.
    assert set(row_counts(store.path).values()) == {0}
    assert integrity(store.path) == ["ok"]


def test_database_failure_is_a_plain_save_error(
    store: Store, example_doc: dict[str, Any]
) -> None:
    def locked(_mapper: Any, _conn: Any, _target: RecordItem) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))

    event.listen(RecordItem, "after_insert", locked)
    try:
        with pytest.raises(SaveError) as caught:
            import_bundle(store, example_doc)
    finally:
        event.remove(RecordItem, "after_insert", locked)
    assert "Traceback" not in caught.value.message
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Medication)) == 0


def test_a_bad_file_changes_nothing(store: Store, example_doc: dict[str, Any]) -> None:
    import_bundle(store, example_doc)
    before = row_counts(store.path)
    example_doc["case"]["questions"][9]["asked"] = "no"
    with pytest.raises(Exception, match=r"case\.questions\[9\]\.asked"):
        import_bundle(store, example_doc)
    assert row_counts(store.path) == before


KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sqlalchemy import event
    from secondopinion_desktop.model import Question
    from secondopinion_desktop.services.bundle import import_bundle, parse_bundle
    from secondopinion_desktop.storage.store import open_store

    store = open_store(Path(sys.argv[1]))
    document = parse_bundle(Path(sys.argv[2]).read_bytes())
    seen = []

    @event.listens_for(Question, "after_insert")
    def pause(mapper, connection, target):
        seen.append(target)
        if len(seen) == 5:
            # Well inside the transaction: person, lists, records and half the questions
            # are written but not committed.
            print("inside", flush=True)
            time.sleep(120)

    import_bundle(store, document)
    print("finished", flush=True)
    """
)


def test_killed_halfway_leaves_a_healthy_store_without_the_case(
    tmp_path: Path, data_dir: Path, example_text: str
) -> None:
    bundle = tmp_path / "case.json"
    bundle.write_text(example_text, encoding="utf-8")
    script = tmp_path / "killed_import.py"
    script.write_text(KILLED_IMPORT, encoding="utf-8")
    # One whole case is already there and must survive untouched.
    store = open_store(data_dir)
    first_id = import_bundle(store, parse_bundle(example_text))
    store.close()

    child = subprocess.Popen(
        [sys.executable, str(script), str(data_dir), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inside"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    store_file = data_dir / "secondopinion.sqlite3"
    assert integrity(store_file) == ["ok"]
    counts = row_counts(store_file)
    assert counts["cases"] == 1 and counts["people"] == 1
    assert counts["questions"] == 10 and counts["records"] == 6

    store = open_store(data_dir)
    try:
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 1
            assert export_case_json(session, first_id) == example_text
            assert [c.id for c in session.scalars(select(Case))] == [first_id]
        # The store takes the next import whole.
        second_id = import_bundle(store, json.loads(example_text))
        with store.session() as session:
            assert export_case_json(session, second_id) == example_text
    finally:
        store.close()


KILLED_WHILE_CREATING = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from secondopinion_desktop.storage import migrations_runner
    from secondopinion_desktop.storage.store import open_store

    real_upgrade = migrations_runner.upgrade

    def slow_upgrade(connection, target="head"):
        real_upgrade(connection, target)
        # The tables exist (SQLite committed each one) but the store is not finished.
        print("inside", flush=True)
        time.sleep(120)

    migrations_runner.upgrade = slow_upgrade
    open_store(Path(sys.argv[1]))
    """
)


def test_first_import_killed_while_the_store_is_made_leaves_a_usable_folder(
    tmp_path: Path, data_dir: Path, example_text: str
) -> None:
    script = tmp_path / "killed_create.py"
    script.write_text(KILLED_WHILE_CREATING, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(data_dir)], stdout=subprocess.PIPE, text=True,
        cwd=PROJECT_ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inside"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # No half-made store under the real name...
    assert not (data_dir / "secondopinion.sqlite3").exists()
    # ...so the next start makes a whole one and takes the case.
    store = open_store(data_dir)
    try:
        case_id = import_bundle(store, parse_bundle(example_text))
        with store.session() as session:
            assert export_case_json(session, case_id) == example_text
    finally:
        store.close()
    assert integrity(store.path) == ["ok"]


def test_database_failure_in_the_windows_session_is_plain_and_rolled_back(
    store: Store, example_doc: dict[str, Any]
) -> None:
    def locked(_mapper: Any, _conn: Any, _target: RecordItem) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))

    with store.sessions() as session:
        event.listen(RecordItem, "after_insert", locked)
        try:
            with pytest.raises(SaveError, match="nothing was added"):
                import_bundle(session, example_doc)
        finally:
            event.remove(RecordItem, "after_insert", locked)
        # The session is usable again at once, and holds nothing of the failed case.
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        case_id = import_bundle(session, example_doc)
        session.commit()
    with store.session() as session:
        assert [c.id for c in session.scalars(select(Case))] == [case_id]
