"""Privacy: private file modes, a log that holds events and never typed text, no network use."""

from __future__ import annotations

import importlib
import json
import logging
import os
import pkgutil
import socket
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import REPO, TYPED, CliResult, command_available, fill_store

import secondopinion_desktop
from secondopinion_desktop.logging_setup import (
    CRASH_MESSAGE,
    close_logging,
    install_excepthook,
    log_error,
    setup_logging,
)
from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path


def _typed_bundle(path: Path) -> Path:
    """The example case with the distinctive typed value in its name, title and diagnosis."""
    example = json.loads((REPO / "resources" / "examples" / "example-case.json").read_text())
    example["person"]["full_name"] = TYPED
    example["case"]["title"] = f"Question from {TYPED}"
    example["case"]["diagnosis"]["current"] = TYPED
    path.write_text(json.dumps(example))
    return path


def _session(data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]) -> None:
    """A command-line session in which the person types the distinctive value everywhere."""
    typed_dir = tmp_path / TYPED
    typed_dir.mkdir()
    fill_store(data_dir, 2, name=TYPED)
    take_backup(store_path(data_dir), backups_dir(data_dir), "automatic")
    d = ("--data-dir", str(data_dir))
    runs = [
        run_cli(*d, "check"),
        run_cli(*d, "backups"),
        run_cli(*d, "backup", "--out", str(typed_dir / f"{TYPED}.sqlite3")),
        run_cli(*d, "backup", "--out", str(tmp_path / "missing" / f"{TYPED}.sqlite3")),
        run_cli(*d, "restore", str(typed_dir / f"{TYPED}-missing.sqlite3")),
    ]
    if command_available("import"):
        runs.append(run_cli(*d, "import", str(_typed_bundle(typed_dir / "case.json"))))
        runs.append(run_cli(*d, "import", str(typed_dir / "no-such-file.json")))
    if command_available("list"):
        runs.append(run_cli(*d, "list"))
    if command_available("export"):
        runs.append(run_cli(*d, "export", TYPED, "--out", str(typed_dir / "out.json")))
        runs.append(run_cli(*d, "export", "1", "--out", str(typed_dir / "case-1.json")))
    assert runs[0].code == 0 and any(r.code == 1 for r in runs)


def test_log_after_a_session_holds_events_and_no_typed_text(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    _session(data_dir, tmp_path, run_cli)
    close_logging()

    logs = list((data_dir / "logs").iterdir())
    text = "".join(p.read_text(encoding="utf-8") for p in logs)
    assert "store opened" in text and "backup" in text  # it does record events
    assert "error of type" in text  # ...and the failures, by type only
    assert TYPED.lower() not in text.lower()
    assert "Zanzibar" not in text and "Quokka" not in text and "7741" not in text
    assert str(tmp_path) not in text  # no paths either: they can hold typed names


def test_files_and_folders_are_private_after_a_session(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    _session(data_dir, tmp_path, run_cli)
    close_logging()

    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, f"{path.relative_to(data_dir)} has mode {oct(mode)}"
    names = {p.name for p in data_dir.rglob("*")}
    assert {"backups", "logs", "secondopinion.log", "secondopinion.sqlite3"} <= names


def test_log_is_private_even_with_an_open_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        log = setup_logging(tmp_path / "data")
        logging.getLogger("secondopinion.test").info("store opened")
    finally:
        os.umask(old)
        close_logging()
    assert log is not None
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_formatter_hides_arguments_and_exception_messages(tmp_path: Path) -> None:
    log = setup_logging(tmp_path)
    logger = logging.getLogger("secondopinion.test")
    try:
        logger.info("opened %s with %d cases", f"/home/{TYPED}/notes", 3)
        try:
            raise ValueError(f"'{TYPED}' is not a date I can read")
        except ValueError as exc:
            logger.exception("while saving")
            log_error(exc)
    finally:
        close_logging()
    assert log is not None
    text = log.read_text()
    assert TYPED not in text
    assert "opened [hidden] with 3 cases" in text
    assert "while saving (error of type ValueError at test_privacy:" in text


def test_excepthook_says_it_plainly_and_logs_only_the_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = setup_logging(tmp_path)
    shown: list[str] = []
    install_excepthook(shown.append)
    try:
        raise KeyError(TYPED)
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        close_logging()
    assert shown == [CRASH_MESSAGE]
    assert TYPED not in capsys.readouterr().err
    assert log is not None
    text = log.read_text()
    assert "error of type KeyError at" in text and TYPED not in text


def test_real_crash_prints_no_traceback_and_no_typed_text(tmp_path: Path) -> None:
    import subprocess

    script = (
        "from secondopinion_desktop.logging_setup import install_excepthook, setup_logging\n"
        f"setup_logging({str(tmp_path)!r}); install_excepthook()\n"
        f"raise RuntimeError({TYPED!r})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.strip() == CRASH_MESSAGE
    assert TYPED not in (tmp_path / "logs" / "secondopinion.log").read_text()


def _all_modules() -> list[str]:
    names = [secondopinion_desktop.__name__]
    for info in pkgutil.walk_packages(secondopinion_desktop.__path__, "secondopinion_desktop."):
        if ".migrations." in info.name or info.name.endswith("__main__"):
            continue  # Alembic's env.py runs only inside a migration; __main__ calls sys.exit
        names.append(info.name)
    return names


def test_nothing_touches_the_network(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[1:2]))
        raise OSError("network use is not allowed in Second Opinion Companion")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    for module in _all_modules():
        importlib.import_module(module)
    _session(data_dir, tmp_path, run_cli)
    if command_available("pdf"):
        run_cli("--data-dir", str(data_dir), "pdf", "1", "--out", str(tmp_path / "s.pdf"))
    if command_available("ics"):
        run_cli("--data-dir", str(data_dir), "ics", "1", "--out", str(tmp_path / "a.ics"))

    assert attempts == []
