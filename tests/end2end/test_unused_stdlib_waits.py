"""A start and the commands load no asyncio, no OpenSSL: they load only when really used."""

from __future__ import annotations

from pathlib import Path

from cli_runs import run_cli_imports, run_cli_process

# What SQLAlchemy imports but a synchronous, offline store never uses
# (secondopinion_desktop/storage/stdlib_on_demand.py).
NEVER_FOR_THE_STORE = ("asyncio", "ssl", "_ssl", "_hashlib", "importlib.metadata", "concurrent")


def _never_for_the_store(modules: set[str]) -> list[str]:
    return sorted(
        m for m in modules if any(m == n or m.startswith(n + ".") for n in NEVER_FOR_THE_STORE)
    )


def _with_example_case(data_dir: Path, example_text: str, tmp_path: Path) -> None:
    case_file = tmp_path / "example case.json"
    case_file.write_text(example_text, encoding="utf-8")
    imported = run_cli_process("--data-dir", str(data_dir), "import", str(case_file))
    assert imported.code == 0, imported.err


def test_the_window_and_list_open_the_store_without_them(
    data_dir: Path, example_text: str, tmp_path: Path
) -> None:
    _with_example_case(data_dir, example_text, tmp_path)

    smoke, modules = run_cli_imports("--smoke", "--data-dir", str(data_dir))
    assert smoke.code == 0, smoke.err
    assert "sqlalchemy.orm" in modules  # the store was really opened
    assert _never_for_the_store(modules) == []

    listed, modules = run_cli_imports("--data-dir", str(data_dir), "list")
    assert listed.code == 0, listed.err
    assert listed.out.startswith("1\t")
    assert _never_for_the_store(modules) == []


def test_a_command_that_needs_a_hash_gets_it(
    data_dir: Path, example_text: str, tmp_path: Path
) -> None:
    # The calendar file's event id is a name-based UUID (SHA-1): hashlib loads when asked.
    _with_example_case(data_dir, example_text, tmp_path)
    out = tmp_path / "visit #1.ics"
    done, modules = run_cli_imports("--data-dir", str(data_dir), "ics", "1", "--out", str(out))
    assert done.code == 0, done.err
    assert "hashlib" in modules
    text = out.read_text(encoding="utf-8")
    assert "UID:" in text and "@secondopinion.local" in text
    assert _never_for_the_store(modules) == ["_hashlib"]  # OpenSSL's hashes, when asked for
