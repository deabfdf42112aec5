"""An import is preceded by a backup, so a case file can never cost earlier work."""

from __future__ import annotations

from pathlib import Path

from secondopinion_desktop.services.bundle import example_case_text


def test_command_line_import_backs_up_first(run_cli, data_dir: Path, tmp_path: Path) -> None:
    case_file = tmp_path / "case.json"
    case_file.write_text(example_case_text(), encoding="utf-8")
    assert run_cli("--data-dir", str(data_dir), "import", str(case_file)).code == 0
    assert run_cli("--data-dir", str(data_dir), "import", str(case_file)).code == 0
    listed = run_cli("--data-dir", str(data_dir), "backups")
    assert listed.code == 0
    lines = [line for line in listed.out.splitlines() if "before-import" in line]
    assert len(lines) >= 1
    backup = Path(lines[0].split()[0])
    assert backup.exists() and (backup.stat().st_mode & 0o777) == 0o600
    # The newest import backup holds the store as it was before the second import: one case.
    restored = run_cli("--data-dir", str(data_dir), "restore", str(backup))
    assert restored.code == 0
    cases = run_cli("--data-dir", str(data_dir), "list")
    assert len(cases.out.strip().splitlines()) == 1


def test_newest_backup_holds_the_last_imported_case(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:
    case_file = tmp_path / "case.json"
    case_file.write_text(example_case_text(), encoding="utf-8")
    for _ in range(2):
        assert run_cli("--data-dir", str(data_dir), "import", str(case_file)).code == 0
    store = data_dir / "secondopinion.sqlite3"
    store.write_bytes(store.read_bytes()[: store.stat().st_size // 3])  # damaged

    listed = run_cli("--data-dir", str(data_dir), "backups")
    newest = Path(listed.out.splitlines()[0].split("\t")[0])
    assert "after an import" in listed.out.splitlines()[0]
    assert run_cli("--data-dir", str(data_dir), "restore", str(newest)).code == 0
    cases = run_cli("--data-dir", str(data_dir), "list")
    assert cases.code == 0
    assert len(cases.out.strip().splitlines()) == 2


def test_an_import_whose_backup_after_fails_prints_the_case_and_says_so(
    run_cli, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from secondopinion_desktop.storage import backups
    from secondopinion_desktop.storage.errors import DiskFullError
    from secondopinion_desktop.storage.os_problems import DISK_FULL_MESSAGE

    real = backups.take_backup

    def full_after(source, folder, reason, **kwargs):  # type: ignore[no-untyped-def]
        if reason == "after-import":
            raise DiskFullError(DISK_FULL_MESSAGE, folder)
        return real(source, folder, reason, **kwargs)

    monkeypatch.setattr(backups, "take_backup", full_after)
    case_file = tmp_path / "case.json"
    case_file.write_text(example_case_text(), encoding="utf-8")
    done = run_cli("--data-dir", str(data_dir), "import", str(case_file))
    assert done.code == 0
    assert done.out.strip() == "1"  # the new case's number, as always
    assert "The case was added and is saved, but the backup after it" in done.err
    assert "nothing was changed" not in done.err.lower()
    assert "1\t" in run_cli("--data-dir", str(data_dir), "list").out
