"""What every command shares: the plain-error type and opening the store for a command."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from secondopinion_desktop.storage.paths import resolve_data_dir, store_path

if TYPE_CHECKING:
    from secondopinion_desktop.storage.store import Store

# Terminal escape sequences as a whole (CSI, OSC, DCS and friends, two-byte escapes, and
# the one-byte C1 CSI), so that no "[31m" is left behind; then any other C0/C1 control.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A user's mistake or a damaged file: one plain sentence, then exit ``code``."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def terminal_safe(text: str) -> str:
    """``text`` without control characters or escape sequences a terminal would act on.

    Line breaks and tabs stay (messages and columns need them); everything else in C0 and
    C1, escape sequences whole, goes: a case file's text must not recolour, retitle or
    rewrite the terminal of the person who lists it.
    """
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def open_store_for(args: argparse.Namespace) -> Store:
    """Open the store named by ``--data-dir`` / the environment / the platform default
    (made there when there is none yet: for the commands that save information)."""
    from secondopinion_desktop.storage.store import open_store

    return open_store(data_dir_of(args))


def nothing_saved_in(data_dir: Path) -> bool:
    """True when ``data_dir`` holds no store file (or is not there at all).

    A command that only reads then says so and creates nothing, not even the folder. A link
    where the store should be counts as there: opening it refuses the link plainly.
    """
    try:
        os.lstat(store_path(data_dir))
    except FileNotFoundError:
        return True
    except OSError:
        return False  # opening the store says plainly what is wrong
    return False


def open_case_store_for(args: argparse.Namespace, case_id: int) -> Store:
    """The store, for a command that reads case ``case_id``; never made when there is none."""
    data_dir = data_dir_of(args)
    if nothing_saved_in(data_dir):
        raise CommandError(
            f"There is no case number {case_id}: there is no saved information in {data_dir} yet."
        )
    return open_store_for(args)


def say_waiting(message: str) -> None:
    """Tell the person at the keyboard that this command waits for another one."""
    sys.stderr.write(terminal_safe(message) + "\n")
    sys.stderr.flush()


# SQLite's whole numbers stop below 2**63: no case can have a bigger number (and SQLite
# refuses to be asked about one).
_LARGEST_CASE_NUMBER = 2**63 - 1


def parse_case_id(text: str) -> int:
    digits = text.strip()
    # Plain digits only: int() would also take "1_0" as 10 and Arabic-Indic digits.
    if not (digits.isascii() and digits.isdigit()) or not digits.lstrip("0"):
        raise CommandError(f"'{text}' is not a case number; `secondopinion list` shows them.")
    digits = digits.lstrip("0")
    if len(digits) > 19 or int(digits) > _LARGEST_CASE_NUMBER:
        shown = digits if len(digits) <= 40 else digits[:40] + "..."
        raise CommandError(
            f"There is no case number {shown}; `secondopinion list` shows the cases."
        )
    return int(digits)
