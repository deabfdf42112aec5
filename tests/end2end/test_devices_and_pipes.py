"""A device or a named pipe given where a file belongs: refused plainly, never waited on.

An --out that names a device, a pipe or a link to one is refused, and left what it was.

Every file the app writes goes to a temporary file renamed over the name given: over a named
pipe or a device (``/dev/null`` for a person with the rights to replace it) the rename would
put an ordinary file in its place.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import CliResult, run_cli_process

Cli = Callable[..., CliResult]

COMMANDS = [
    ["export", "1", "--out", "{out}"],
    ["pdf", "1", "--out", "{out}"],
    ["ics", "1", "--out", "{out}"],
    ["backup", "--out", "{out}"],
]


@pytest.fixture
def one_case(cli: Cli, tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    assert cli("import", str(source)).code == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("through_a_link", [False, True], ids=["pipe", "link to a pipe"])
@pytest.mark.parametrize("argv", COMMANDS, ids=[a[0] for a in COMMANDS])
def test_a_pipe_as_out_is_refused_and_stays_a_pipe(
    cli: Cli, one_case: None, tmp_path: Path, argv: list[str], through_a_link: bool
) -> None:
    folder = tmp_path / "outs"
    folder.mkdir()
    pipe = folder / "pipe"
    os.mkfifo(pipe)
    out = pipe
    if through_a_link:
        out = folder / "link"
        out.symlink_to(pipe)
    result = cli(*[a.format(out=out) for a in argv])
    assert result.code == 1, result
    assert result.err == (
        f"Could not save {out}: that name is not an ordinary file (it is a device or a pipe); "
        "please choose a file name.\n"
    )
    assert stat.S_ISFIFO(os.stat(out).st_mode)  # still the pipe, not a file in its place
    assert sorted(p.name for p in folder.iterdir()) == sorted({"pipe", out.name})


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="no /proc here")
def test_a_backup_into_a_place_without_room_for_files_is_not_called_a_full_disk(
    cli: Cli, one_case: None
) -> None:
    # /proc reports no size at all; that is not a full disk, and freeing space would not help.
    result = cli("backup", "--out", "/proc/self/backup.sqlite3")
    assert result.code == 1, result
    assert "disk is full" not in result.err
    assert result.err.startswith("The backup could not be written to /proc/self/backup.sqlite3")
    assert len(result.err.splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_importing_a_pipe_is_refused_at_once(cli: Cli, tmp_path: Path) -> None:
    # Opening a pipe no program writes to waits forever: the command must not hang.
    pipe = tmp_path / "case.json"
    os.mkfifo(pipe)

    result = run_cli_process("--data-dir", str(tmp_path / "data"), "import", str(pipe), timeout=20)
    assert result.code == 1, result
    assert result.err == (
        f"The file {pipe} could not be read: it is not an ordinary file (it is a device or a "
        "pipe).\n"
    )
    assert not (tmp_path / "data" / "secondopinion.sqlite3").exists()
