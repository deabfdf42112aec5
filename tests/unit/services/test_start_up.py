"""The window's start without Qt: the folder private and locked before anything, then the store
opened or a plain reason, and a damaged store explained with its newest good backup."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from secondopinion_desktop.services.start_up import StartUp, open_or_explain
from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path


def test_claim_makes_the_folder_private_and_holds_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    first = StartUp(folder)
    assert first.claim() is None
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    second = StartUp(folder)
    reason = second.claim()
    assert second.already_open and reason is not None
    first.release()
    third = StartUp(folder)
    assert third.claim() is None and not third.already_open
    third.release()


def test_a_file_in_the_way_is_a_plain_reason(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    start = StartUp(tmp_path / "data")
    reason = start.claim()
    assert reason is not None and str(tmp_path / "data") in reason
    assert "Nothing was changed" in reason
    assert not start.already_open


def test_open_gives_the_store(tmp_path: Path) -> None:
    start = StartUp(tmp_path / "data")
    assert start.claim() is None
    opening = start.open()
    assert opening.store is not None and opening.reason is None
    opening.store.close()
    start.release()
    assert store_path(tmp_path / "data").exists()


def test_a_damaged_store_is_explained_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    opening = open_or_explain(folder)
    assert opening.store is not None
    opening.store.close()
    backup = take_backup(store_path(folder), backups_dir(folder), "automatic")
    store_path(folder).write_bytes(b"not a store at all\n")

    quick = open_or_explain(folder, explain_damage=False)
    assert quick.store is None and quick.damage is None
    assert quick.reason is not None and "could not be opened because" in quick.reason

    explained = open_or_explain(folder)
    assert explained.store is None and explained.damage is not None
    assert explained.damage.newest_backup is not None
    assert explained.damage.newest_backup.path == backup
    assert store_path(folder).read_bytes() == b"not a store at all\n"


def test_the_folder_is_resolved_and_made_private_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondopinion_desktop.storage import lock, paths, store

    folder = tmp_path / "data"
    made_private: list[Path] = []
    links_checked: list[Path] = []
    resolved: list[object] = []
    real_private, real_links, real_resolve = (
        paths.ensure_private_dir, paths.refuse_links, paths.resolve_data_dir,
    )

    def private(path: Path) -> Path:
        made_private.append(path)
        return real_private(path)

    def links(path: Path) -> None:
        links_checked.append(path)
        real_links(path)

    def resolve(explicit: object = None) -> Path:
        resolved.append(explicit)
        return real_resolve(explicit)  # type: ignore[arg-type]

    for module in (paths, store, lock):
        if hasattr(module, "ensure_private_dir"):
            monkeypatch.setattr(module, "ensure_private_dir", private)
        if hasattr(module, "refuse_links"):
            monkeypatch.setattr(module, "refuse_links", links)
    monkeypatch.setattr(paths, "resolve_data_dir", resolve)

    start = StartUp(folder)
    assert start.claim() is None
    opening = start.open()
    assert opening.store is not None
    opening.store.close()
    start.release()

    assert resolved == [folder]
    assert made_private.count(folder) == 1
    assert links_checked.count(folder) == 1
