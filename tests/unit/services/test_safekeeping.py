"""The one backup rule both faces follow: before and after an import, hourly after changes,
on close after changes, and before a restore."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from secondopinion_desktop.services.bundle import example_case_text, parse_bundle
from secondopinion_desktop.services.case_transfer import import_case
from secondopinion_desktop.services.safekeeping import (
    backup_if_due,
    backup_on_close,
    backups_of,
    restore_backup,
)
from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.backups import count_cases
from secondopinion_desktop.storage.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def _reasons(store: Store) -> list[str]:
    return [info.reason for info in backups_of(store.data_dir)]


@pytest.mark.parametrize("through_window", [False, True], ids=["command line", "window"])
def test_an_import_is_backed_up_before_and_after(store: Store, through_window: bool) -> None:
    document = parse_bundle(example_case_text())
    workspace = Workspace(store) if through_window else None
    try:
        import_case(store, document, workspace)
        assert _reasons(store) == ["after-import", "before-import"]
        second = import_case(store, document, workspace)
        if workspace is not None:
            # The backup after the import holds every change: closing owes no other backup.
            assert workspace.changes_since_backup == 0
    finally:
        if workspace is not None:
            workspace.close()
    found = backups_of(store.data_dir)
    assert [info.reason for info in found][:2] == ["after-import", "before-import"]
    # The newest backup holds both cases, the one before the second import only the first.
    assert count_cases(found[0].path) == 2
    assert count_cases(found[1].path) == 1
    assert second > 0


def test_a_refused_case_file_takes_no_backup_after(store: Store) -> None:
    from secondopinion_desktop.storage.errors import StoreError

    document = dict(parse_bundle(example_case_text()))
    document["person"] = "not a person"
    with pytest.raises(StoreError):
        import_case(store, document)
    assert "after-import" not in _reasons(store)


@pytest.mark.parametrize("through_window", [False, True], ids=["command line", "window"])
def test_a_failed_backup_after_an_import_says_the_case_was_added(
    store: Store, through_window: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondopinion_desktop.storage import backups
    from secondopinion_desktop.storage.errors import DiskFullError, NotBackedUpError
    from secondopinion_desktop.storage.os_problems import DISK_FULL_MESSAGE

    real = backups.take_backup

    def full_after(source: Path, folder: Path, reason: str, **kwargs: object) -> Path:
        if reason == "after-import":
            raise DiskFullError(DISK_FULL_MESSAGE, folder)
        return real(source, folder, reason, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "take_backup", full_after)
    workspace = Workspace(store) if through_window else None
    try:
        with pytest.raises(NotBackedUpError) as caught:
            import_case(store, parse_bundle(example_case_text()), workspace)
    finally:
        if workspace is not None:
            workspace.close()
    assert caught.value.case_id is not None and caught.value.case_id > 0
    assert "The case was added and is saved" in caught.value.message
    assert "nothing was changed" not in caught.value.message.lower()
    assert caught.value.code == "import.not_backed_up"
    with store.session() as session:
        from secondopinion_desktop.model import Case

        assert session.get(Case, caught.value.case_id) is not None


def test_hourly_backup_only_when_due_and_changed(store: Store) -> None:
    with store.session() as session:
        from secondopinion_desktop.model import Person

        session.add(Person(full_name="Ada Example"))
    assert backup_if_due(store) is not None
    assert backup_if_due(store) is None  # less than an hour later
    assert _reasons(store) == ["automatic"]


def test_closing_backs_up_only_after_changes(store: Store) -> None:
    with store.session() as session:
        from secondopinion_desktop.model import Person

        session.add(Person(full_name="Ada Example"))
    assert backup_on_close(store, 0) is None
    assert _reasons(store) == []
    assert backup_on_close(store, 3) is not None
    assert _reasons(store) == ["on-close"]


def test_a_restore_keeps_what_was_there_first(store: Store) -> None:
    import_case(store, parse_bundle(example_case_text()))
    older = backups_of(store.data_dir)[0].path  # after the first import: one case
    import_case(store, parse_bundle(example_case_text()))
    store.close()
    result = restore_backup(store.data_dir, older)
    assert result.previous_kept_at is not None
    assert count_cases(result.previous_kept_at) == 2
    assert _reasons(store)[0] == "before-restore"
    assert count_cases(store.path) == 1
