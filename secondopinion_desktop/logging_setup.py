"""A private, rotating log of events only, and an excepthook that never shows personal data.

What may be logged: events written in the code ("store opened", "backup taken: hourly",
"import finished", "error of type SaveError"). Never names, diagnoses, numbers, paths or anything
the person typed. The formatter enforces this as far as it can: arguments that are not plain
numbers are replaced by ``[hidden]`` and exceptions are reduced to their type and where they
happened (module and line), never their message, which may quote typed text.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

LOGGER_NAME = "secondopinion"
LOG_FILENAME = "secondopinion.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
HIDDEN = "[hidden]"

WINDOW_ERROR_MESSAGE = (
    "Something went wrong inside Second Opinion Companion. What you had saved is safe. "
    "If the window does not behave as it should, please close it and start it again."
)
CRASH_MESSAGE = (
    "Something went wrong inside Second Opinion Companion and it has to stop. "
    "What was saved before is safe. Please start it again."
)

_handler: logging.Handler | None = None


def log_dir_for(data_dir: Path | str | None) -> Path:
    """``<data_dir>/logs`` when a data folder is given, else the platform's user log folder."""
    if data_dir:
        return Path(data_dir).expanduser() / "logs"
    from platformdirs import user_log_dir

    from secondopinion_desktop.storage.paths import APP_NAME

    return Path(user_log_dir(APP_NAME, appauthor=False))


def _safe_arg(value: object) -> object:
    if isinstance(value, bool | int | float):
        return value
    return HIDDEN


def where(tb: TracebackType | None) -> str:
    """``module:line`` of the innermost frame: enough to find the bug, nothing personal."""
    last: TracebackType | None = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return "unknown place"
    module = last.tb_frame.f_globals.get("__name__", "unknown module")
    return f"{module}:{last.tb_lineno}"


def describe_error(
    exc_type: type[BaseException], tb: TracebackType | None
) -> str:
    return f"error of type {exc_type.__name__} at {where(tb)}"


class PrivateFormatter(logging.Formatter):
    """Formats only what the code wrote; everything that could carry personal text is hidden."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        msg = record.msg if isinstance(record.msg, str) else HIDDEN
        args: Any = record.args
        if isinstance(args, tuple):
            safe_args: Any = tuple(_safe_arg(a) for a in args)
        elif isinstance(args, dict):
            safe_args = {k: _safe_arg(v) for k, v in args.items()}
        else:
            safe_args = None
        try:
            safe.msg = msg % safe_args if safe_args else msg
        except (TypeError, ValueError):
            safe.msg = msg
        safe.args = None
        if record.exc_info and record.exc_info[0] is not None:
            safe.msg = f"{safe.msg} ({describe_error(record.exc_info[0], record.exc_info[2])})"
        safe.exc_info = None
        safe.exc_text = None
        safe.stack_info = None
        return super().format(safe)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are 0600 from their first byte.

    A log that cannot be written (a full disk, a folder made read-only) is silently skipped:
    logging's own report would print a traceback on stderr, quoting the record.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        return

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, self.mode.replace("w", "a") or "a", encoding=self.encoding)


def _close_quietly(handler: logging.Handler) -> None:
    # Closing flushes; a log on a full or vanished disk must not turn that into a crash.
    with contextlib.suppress(Exception):
        handler.close()


def _no_log() -> None:
    """Events go nowhere; and nothing to stderr either (logging's last resort prints there)."""
    quiet = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, logging.NullHandler) for h in quiet.handlers):
        quiet.addHandler(logging.NullHandler())
    quiet.propagate = False


def setup_logging(
    data_dir: Path | str | None = None,
    level: int = logging.INFO,
    *,
    make_data_dir: bool = True,
) -> Path | None:
    """Send the app's events to a private rotating log; returns the log file, or None if the
    log folder cannot be written (the app works without a log).

    With ``make_data_dir`` false, a data folder that does not exist is not made for the log:
    a command that only reads leaves a mistyped folder name uncreated (and logs nothing).
    """
    global _handler
    # Never a traceback on stderr from logging itself, whatever handler is in use.
    logging.raiseExceptions = False
    if data_dir and not make_data_dir and not os.path.lexists(Path(data_dir).expanduser()):
        close_logging()
        _no_log()
        return None
    folder = log_dir_for(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        _no_log()
        return None
    handler.setFormatter(PrivateFormatter())
    logger = logging.getLogger(LOGGER_NAME)
    if _handler is not None:
        logger.removeHandler(_handler)
        _close_quietly(_handler)
    _handler = handler
    logger.addHandler(handler)
    logger.setLevel(level)
    # Library loggers (alembic, sqlalchemy) stay out of the file: their messages quote data.
    logger.propagate = False
    return Path(handler.baseFilename)


def close_logging() -> None:
    """Detach and close the log file (tests, and before a data folder changes)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(_handler)
        _close_quietly(_handler)
        _handler = None


def log_event(event: str) -> None:
    """Record one event. ``event`` must be text written in the code, never typed text."""
    logging.getLogger(LOGGER_NAME).info(event)


def log_error(exc: BaseException) -> None:
    """Record that an error of some type happened, and where; never its message."""
    logging.getLogger(LOGGER_NAME).error(describe_error(type(exc), exc.__traceback__))


def install_excepthook(
    show: Callable[[str], None] | None = None, message: str = CRASH_MESSAGE
) -> None:
    """Replace ``sys.excepthook``: log the error's type and place, tell the person plainly.

    ``show`` displays the plain message (the window passes a dialog); by default it goes to
    stderr. The traceback and the exception's message are never printed: they can quote
    what the person typed.
    """

    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.stderr.write("Stopped.\n")
            return
        logging.getLogger(LOGGER_NAME).error(describe_error(exc_type, tb))
        try:
            if show is not None:
                show(message)
            else:
                sys.stderr.write(message + "\n")
        except Exception:  # the message must never cause a second crash report
            sys.stderr.write(message + "\n")

    sys.excepthook = hook
