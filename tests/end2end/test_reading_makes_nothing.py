"""Commands that only read, run on a folder that is not there: a plain line, nothing made."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import CliResult, run_cli_process

Cli = Callable[..., CliResult]

NO_CASE = "There is no case number 1: there is no saved information in {folder} yet.\n"
# (command line, exit code, what it says on stderr); "{out}" is a file beside the folder.
READING = [
    (["list"], 0, "No cases yet.\n"),
    (["backups"], 0, "There is no saved information in {folder} yet, so there are no backups.\n"),
    (["check"], 0, None),  # says so on stdout (below)
    (["pdf", "1", "--out", "{out}"], 1, NO_CASE),
    (["ics", "1", "--out", "{out}"], 1, NO_CASE),
    (["export", "1", "--out", "{out}"], 1, NO_CASE),
    (["check-disc", "{disc}", "--case", "1"], 1, NO_CASE),
    (["check-disc", "{disc}", "--case", "1", "--record", "1"], 1, NO_CASE),
    (["backup", "--out", "{out}"], 1, "There is no saved information to back up yet.\n"),
]


@pytest.mark.parametrize(
    ("argv", "code", "said"), READING, ids=[" ".join(a) for a, _, _ in READING]
)
def test_a_command_that_reads_never_makes_the_folder(
    cli: Cli, data_dir: Path, tmp_path: Path, argv: list[str], code: int, said: str | None
) -> None:
    disc = tmp_path / "disc"
    disc.mkdir()
    (disc / "README.TXT").write_text("not images", encoding="utf-8")
    out = tmp_path / "out.file"
    filled = [a.format(out=out, disc=disc) for a in argv]
    result = cli(*filled)
    assert result.code == code, result
    assert "Traceback" not in result.err
    if said is None:
        assert result.out == (
            f"There is no saved information in {data_dir} yet, so there is nothing to check.\n"
        )
        assert result.err == ""
    elif argv[0] == "check-disc":
        assert result.err == said.format(folder=data_dir)
    else:
        assert (result.out, result.err) == ("", said.format(folder=data_dir))
    assert not data_dir.exists()
    assert not out.exists()


def test_the_folder_from_the_environment_is_not_made_either(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run_cli_process("backups", env={"SECONDOPINION_DATA_DIR": str(folder)})
    assert result.code == 0
    assert result.err == (
        f"There is no saved information in {folder} yet, so there are no backups.\n"
    )
    assert not folder.exists()


def test_reading_an_empty_folder_makes_no_store_in_it(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir()
    assert cli("list").err == "No cases yet.\n"
    assert cli("pdf", "1", "--out", str(data_dir.parent / "x.pdf")).code == 1
    assert not (data_dir / "secondopinion.sqlite3").exists()


def test_import_still_makes_the_folder(
    cli: Cli, data_dir: Path, tmp_path: Path, example_text: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    assert cli("import", str(source)).out == "1\n"
    assert (data_dir / "secondopinion.sqlite3").is_file()
    assert (data_dir / "logs" / "secondopinion.log").is_file()


@pytest.mark.parametrize(
    "argv", [["list"], ["check"], ["backups"], ["backup", "--out", "{out}"]], ids=" ".join
)
def test_a_file_where_the_folder_should_be_is_named_plainly(
    cli: Cli, data_dir: Path, tmp_path: Path, argv: list[str]
) -> None:
    data_dir.write_text("not a folder", encoding="utf-8")
    result = cli(*[a.format(out=tmp_path / "out.file") for a in argv])
    assert result.code == 1, result
    assert result.err == (
        f"The folder {data_dir} cannot hold your information: something that is not a folder "
        "is in the way. Nothing was changed.\n"
    )
    assert data_dir.read_text(encoding="utf-8") == "not a folder"
