"""No --out ever lands on saved information: the store, its side files, the lock or backups/."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import run_cli_process, sha256_of

from secondopinion_desktop.cli import main
from secondopinion_desktop.services.out_targets import ProtectedTargetError, check_out_target
from secondopinion_desktop.services.printing import write_file_atomically

STORE = "secondopinion.sqlite3"


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path, example_text: str) -> Path:
    """A data folder with the example case, its backups, a -wal, -shm, -journal and a lock."""
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        side = data_dir / f"{STORE}{suffix}"
        if not side.exists():
            side.write_bytes(b"")
    assert any((data_dir / "backups").iterdir())
    return data_dir


def _targets(data_dir: Path, tmp_path: Path) -> dict[str, Path]:
    backup = sorted((data_dir / "backups").iterdir())[0]
    link = tmp_path / "innocent.json"
    link.symlink_to(data_dir / STORE)
    hard = tmp_path / "hard-link.pdf"
    os.link(data_dir / STORE, hard)
    (tmp_path / "elsewhere").mkdir()
    return {
        "store": data_dir / STORE,
        "wal": data_dir / f"{STORE}-wal",
        "shm": data_dir / f"{STORE}-shm",
        "journal": data_dir / f"{STORE}-journal",
        "lock": data_dir / f"{STORE}.lock",
        "a backup": backup,
        "a new name under backups": data_dir / "backups" / "mine.pdf",
        "a symlink to the store": link,
        "a hard link to the store": hard,
        "a path with ..": tmp_path / "elsewhere" / ".." / data_dir.name / STORE,
    }


def _state(path: Path) -> str | None:
    return sha256_of(path) if path.exists() else None


COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "export": lambda out: ["export", "1", "--out", str(out)],
    "pdf": lambda out: ["pdf", "1", "--out", str(out)],
    "ics": lambda out: ["ics", "1", "--out", str(out)],
    "backup": lambda out: ["backup", "--out", str(out)],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_out_onto_saved_information_is_refused(
    command: str, filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    targets = _targets(filled, tmp_path)
    before = {name: _state(path) for name, path in targets.items()}
    folder_before = sorted(p.name for p in (filled / "backups").iterdir())
    for name, target in targets.items():
        code = main(["--data-dir", str(filled), *COMMANDS[command](target)])
        captured = capsys.readouterr()
        assert code == 1, (command, name)
        assert captured.out == ""
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1, (command, name, captured.err)
        assert "Nothing was changed." in lines[0]
        assert "saved information" in lines[0] or "backups" in lines[0]
        assert "Traceback" not in captured.err
    assert {name: _state(path) for name, path in targets.items()} == before
    assert sorted(p.name for p in (filled / "backups").iterdir()) == folder_before
    # The same command to an ordinary file works: the refusal is about the place only.
    assert main(["--data-dir", str(filled), *COMMANDS[command](tmp_path / "fine.out")]) == 0


def test_the_refusal_as_a_person_sees_it(filled: Path) -> None:
    result = run_cli_process("--data-dir", str(filled), "export", "1", "--out",
                             str(filled / STORE))
    assert result.code == 1 and result.out == ""
    assert result.err == (
        f"{filled / STORE} holds your saved information, so nothing can be written over it; "
        "please choose another file name. Nothing was changed.\n"
    )


def test_another_data_folder_is_protected_too(filled: Path, tmp_path: Path) -> None:
    # Without knowing which folder is in use, the shape of a data folder is enough.
    backup = sorted((filled / "backups").iterdir())[0]
    before = sha256_of(backup)
    for target in (filled / STORE, backup, filled / "backups" / "new.pdf"):
        with pytest.raises(ProtectedTargetError):
            write_file_atomically(target, b"%PDF-1.4")
    assert sha256_of(backup) == before
    assert not (filled / "backups" / "new.pdf").exists()


def test_ordinary_places_are_not_protected(filled: Path, tmp_path: Path) -> None:
    check_out_target(tmp_path / "case.json", filled)
    check_out_target(filled / "my-summary.pdf", filled)  # beside the store, but not the store
    other = tmp_path / "backups"
    other.mkdir()
    check_out_target(other / "visit.pdf", filled)  # a folder named backups elsewhere
