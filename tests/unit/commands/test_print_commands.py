"""The pdf and ics commands and the atomic write: private files, plain failures, no leftovers."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from pdf_checks import page_sizes, read, squash

from secondopinion_desktop.services.bundle import example_case_text
from secondopinion_desktop.services.printing import WriteFileError, write_file_atomically


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="", LC_PAPER="")
    return subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


Runner = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_here(capsys: pytest.CaptureFixture[str]) -> Iterator[Runner]:
    """Like cli() but in this process, which is much faster than starting a new one."""
    from secondopinion_desktop import cli as cli_module

    old_umask = os.umask(0o022)
    os.umask(old_umask)

    def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        argv = ["--data-dir", str(data_dir), *args]
        try:
            code = cli_module.main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, captured.out, captured.err)

    yield run
    os.umask(old_umask)


@pytest.fixture(scope="module")
def store_with_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A data folder holding the example case; the case number."""
    root = tmp_path_factory.mktemp("printing")
    example = root / "example.json"
    example.write_text(example_case_text(), encoding="utf-8")
    data_dir = root / "data"
    done = cli(data_dir, "import", str(example))
    assert done.returncode == 0, done.stderr
    return data_dir, done.stdout.strip()


def test_pdf_command_writes_a_private_pdf(
    store_with_case: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, case_id = store_with_case
    out = tmp_path / "summary.pdf"
    done = cli(data_dir, "pdf", case_id, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    doc = read(out.read_bytes())
    assert squash("Margaret Ellen Okafor") in doc.flat()
    # en_US uses Letter paper when --paper is not given.
    assert page_sizes(doc) == {(612, 792)}
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_pdf_command_options(
    store_with_case: tuple[Path, str], tmp_path: Path, run_here: Runner
) -> None:
    data_dir, case_id = store_with_case
    out = tmp_path / "letters.pdf"
    done = run_here(
        data_dir,
        "pdf",
        case_id,
        "--out",
        str(out),
        "--kind",
        "records-request",
        "--large-print",
        "--paper",
        "a4",
    )
    assert done.returncode == 0, done.stderr
    doc = read(out.read_bytes())
    assert page_sizes(doc) == {(595, 842)}
    assert squash("45 CFR 164.524") in doc.flat()


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("missing/folder/out.pdf", "that folder does not exist"),
        ("/proc/summary.pdf", "Could not save /proc/summary.pdf"),
    ],
)
# In this process, for speed; test_unwritable_path_through_a_new_process runs the real thing.
def test_pdf_command_unwritable_path_is_one_plain_sentence(
    store_with_case: tuple[Path, str], tmp_path: Path, where: str, expected: str, run_here: Runner
) -> None:
    data_dir, case_id = store_with_case
    target = Path(where) if where.startswith("/") else tmp_path / where
    done = run_here(data_dir, "pdf", case_id, "--out", str(target))
    assert done.returncode == 1
    assert expected in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not target.exists()


def test_pdf_command_unknown_case(
    store_with_case: tuple[Path, str], tmp_path: Path, run_here: Runner
) -> None:
    data_dir, _ = store_with_case
    done = run_here(data_dir, "pdf", "999", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert "There is no case number 999" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_ics_command_writes_one_event(
    store_with_case: tuple[Path, str], tmp_path: Path, run_here: Runner
) -> None:
    data_dir, case_id = store_with_case
    out = tmp_path / "visit.ics"
    done = run_here(data_dir, "ics", case_id, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    calendar = Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    assert events[0].decoded("dtstart").tzinfo is not None
    assert list(events[0].walk("VALARM"))


def test_ics_command_without_an_appointment(tmp_path: Path, run_here: Runner) -> None:
    import json

    document = json.loads(example_case_text())
    document["case"]["appointments"] = []
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(document), encoding="utf-8")
    data_dir = tmp_path / "data"
    case_id = run_here(data_dir, "import", str(bare)).stdout.strip()
    out = tmp_path / "visit.ics"
    done = run_here(data_dir, "ics", case_id, "--out", str(out))
    assert done.returncode == 1
    assert "no appointment with a date" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


# ----- the atomic write itself -----------------------------------------------------------


def test_atomic_write_replaces_whole_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_file_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_atomic_write_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteFileError, match="that folder does not exist"):
        write_file_atomically(tmp_path / "nope" / "out.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_to_a_folder_name(tmp_path: Path) -> None:
    with pytest.raises(WriteFileError, match="that name is a folder"):
        write_file_atomically(tmp_path, b"x")


def test_atomic_write_proc(tmp_path: Path) -> None:
    with pytest.raises(WriteFileError) as caught:
        write_file_atomically(Path("/proc/out.pdf"), b"x")
    assert caught.value.message.startswith("Could not save /proc/out.pdf: ")
    assert "does not exist" not in caught.value.message  # /proc is there; it only holds no files
    assert not Path("/proc/out.pdf").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_atomic_write_no_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(WriteFileError, match="you do not have permission"):
            write_file_atomically(locked / "out.pdf", b"x")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_atomic_write_failure_midway_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the old file")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(WriteFileError, match="the disk is full"):
        write_file_atomically(target, b"new")
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_unwritable_path_through_a_new_process(store_with_case: tuple[Path, str]) -> None:
    data_dir, case_id = store_with_case
    done = cli(data_dir, "pdf", case_id, "--out", "/proc/summary.pdf")
    assert done.returncode == 1
    assert done.stderr.startswith("Could not save /proc/summary.pdf")
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("out", ["C:\\reports\\", "C:\\reports\\.", "C:\\reports/..", "C:"])
def test_an_out_name_for_a_folder_is_refused_with_windows_paths(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], out: str
) -> None:
    # Windows is reasoned about here: os.sep is "\\" and ntpath splits on both separators.
    import ntpath

    from secondopinion_desktop import cli as cli_module

    monkeypatch.setattr(cli_module.os, "sep", "\\")
    monkeypatch.setattr(cli_module.os, "path", ntpath)
    parser = cli_module.build_parser()
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["pdf", "1", "--out", out])
    assert stopped.value.code == 2
    assert "names a folder" in capsys.readouterr().err
    assert parser.parse_args(["pdf", "1", "--out", "C:\\reports\\visit.pdf"]).out == (
        "C:\\reports\\visit.pdf"
    )


def test_a_folder_typed_with_a_backslash_before_the_quote_is_refused_on_windows(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # cmd.exe: pdf 1 --out "C:\My reports\" --kind visit gives Python the one argument
    # 'C:\My reports" --kind visit': the \" is a quote inside the name, not its end.
    import ntpath

    from secondopinion_desktop import cli as cli_module

    monkeypatch.setattr(cli_module.os, "sep", "\\")
    monkeypatch.setattr(cli_module.os, "path", ntpath)
    with pytest.raises(SystemExit) as stopped:
        cli_module.build_parser().parse_args(["pdf", "1", "--out", 'C:\\My reports" --kind visit'])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "is not a file name" in err and "before the closing quote" in err
