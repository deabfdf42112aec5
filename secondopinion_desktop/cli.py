"""The ``secondopinion`` command: starts the window, or runs one headless command."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from secondopinion_desktop import __version__

# Each command lives in its own module and is imported only when used, so that
# `secondopinion list` never pays for Qt and `secondopinion` (the window) never pays for
# ReportLab before the first export.
COMMANDS: dict[str, str] = {
    "list": "secondopinion_desktop.commands.case_commands:run_list",
    "import": "secondopinion_desktop.commands.case_commands:run_import",
    "export": "secondopinion_desktop.commands.case_commands:run_export",
    "pdf": "secondopinion_desktop.commands.print_commands:run_pdf",
    "ics": "secondopinion_desktop.commands.print_commands:run_ics",
    "check": "secondopinion_desktop.commands.safety_commands:run_check",
    "backup": "secondopinion_desktop.commands.safety_commands:run_backup",
    "backups": "secondopinion_desktop.commands.safety_commands:run_backups",
    "restore": "secondopinion_desktop.commands.safety_commands:run_restore",
    "check-disc": "secondopinion_desktop.commands.disc_commands:run_check_disc",
}
# Only the commands that save information may make a data folder that is not there yet;
# the others (list, pdf, backups...) leave a mistyped folder name uncreated.
MAKE_DATA_DIR = frozenset({"import", "restore"})

class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(2)


def _folder_name(text: str) -> str:
    # An empty name would fall back to the usual folder: `--data-dir "$FOLDER"` with FOLDER
    # unset would then import into (or restore over) the person's own information.
    if not text:
        raise argparse.ArgumentTypeError(
            "the folder's name is empty; give the folder that holds your information."
        )
    return text


def _file_name(text: str) -> str:
    # A name ending in a separator means a folder: the path would drop the separator and write
    # a file named like the folder (which did not exist yet) instead.
    if not text:
        raise argparse.ArgumentTypeError("the file's name is empty; give a file to write to.")
    # So does one whose last part is "." or ".." ("reports/." is the folder reports, and
    # "C:" a drive's folder on Windows): the path keeps only the folder's name as well. A
    # name ending in a separator has an empty last part.
    if os.path.basename(text) in ("", ".", ".."):
        raise argparse.ArgumentTypeError(
            f"{text} names a folder; give a file name in it to write to."
        )
    # On Windows, --out "C:\Reports\" arrives as C:\Reports" (the C runtime reads the \" before
    # the closing quote as a quote in the name), which no Windows file name may hold.
    if os.sep == "\\" and '"' in text:
        raise argparse.ArgumentTypeError(
            f"{text} is not a file name (a folder typed with \\ before the closing quote); "
            "give a file name in the folder to write to."
        )
    return text


def build_parser() -> argparse.ArgumentParser:
    # The printouts' own list; reports/__init__ imports no ReportLab, so this stays cheap.
    from secondopinion_desktop.reports.kinds import DEFAULT_KIND, KINDS, PAPERS

    parser = _Parser(
        prog="secondopinion",
        description="Second Opinion Companion. With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"secondopinion {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", type=_folder_name, help="folder that holds your information"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="open the window, wait until it is idle, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, type=_folder_name,
                       help="folder that holds your information")
        return p

    add("list", "list the cases, one a line, the case number first")
    p = add("import", "add a case from a case file (.json); prints the new case number")
    p.add_argument("file", metavar="FILE")
    p = add("export", "write one case to a case file (.json)")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--out", required=True, metavar="FILE", type=_file_name)
    p = add("pdf", "print a case to a PDF file")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--out", required=True, metavar="FILE", type=_file_name)
    p.add_argument("--kind", choices=list(KINDS), default=DEFAULT_KIND)
    p.add_argument("--large-print", action="store_true")
    p.add_argument("--paper", choices=PAPERS, default=None)
    p = add("ics", "write the next appointment to a calendar file (.ics)")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--out", required=True, metavar="FILE", type=_file_name)
    add("check", "check that your saved information is healthy")
    p = add("backup", "copy your saved information to a file")
    p.add_argument("--out", required=True, metavar="FILE", type=_file_name)
    add("backups", "list the automatic backups, newest first")
    p = add("restore", "replace your saved information with a backup (the current one is kept)")
    p.add_argument("file", metavar="FILE")
    p = add("check-disc", "check that an imaging disc (or a folder copied from it) holds images")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--case", metavar="CASE_ID", help="compare with this case's person")
    p.add_argument("--record", metavar="N", type=int,
                   help="keep the result on the case's record number N (an imaging disc)")
    return parser


def _resolve(target: str) -> Callable[[argparse.Namespace], int]:
    module_name, func_name = target.split(":")
    func: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(module_name), func_name
    )
    return func


def run_command(args: argparse.Namespace) -> int:
    from secondopinion_desktop.commands.common import CommandError, terminal_safe
    from secondopinion_desktop.logging_setup import install_excepthook, log_error, setup_logging
    from secondopinion_desktop.storage.errors import StoreError
    from secondopinion_desktop.storage.paths import DATA_DIR_ENV

    # Events only (never typed text) go to a private log; a crash shows a plain sentence.
    setup_logging(
        getattr(args, "data_dir", None) or os.environ.get(DATA_DIR_ENV),
        make_data_dir=args.command in MAKE_DATA_DIR,
    )
    install_excepthook()
    try:
        code = _resolve(COMMANDS[args.command])(args)
        sys.stdout.flush()  # here, not at exit: a full disk behind stdout is then said plainly
        return code
    except BrokenPipeError:
        # The reader went away (`secondopinion list | head -1`): nothing more can be said to
        # it, and Python's own flush at exit must not fail again.
        _stdout_to_nowhere()
        return 1
    except OSError as exc:
        if not _is_stdout_problem(exc):
            raise
        _stdout_to_nowhere()
        log_error(exc)
        reason = (exc.strerror or "it was refused").lower()
        sys.stderr.write(f"What this command prints could not be written ({reason}).\n")
        return 1
    except CommandError as exc:
        log_error(exc)
        sys.stderr.write(terminal_safe(exc.message) + "\n")
        return exc.code
    except StoreError as exc:
        log_error(exc)
        sys.stderr.write(terminal_safe(exc.message) + "\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("Stopped.\n")
        return 1


def _is_stdout_problem(exc: OSError) -> bool:
    """Did ``exc`` come from writing to stdout? (The commands turn every other failure to
    write into their own plain sentence, naming the file.)"""
    no_room = (errno.ENOSPC, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC))
    return exc.filename is None and exc.errno in no_room


def _stdout_to_nowhere() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    # Everything this process creates (store, backups, PDFs, logs) is private by default.
    os.umask(0o077)
    # Before anything imports SQLAlchemy: the standard modules it imports but the store never
    # uses (asyncio, hashlib with OpenSSL) load only if something really uses them.
    from secondopinion_desktop.storage.stdlib_on_demand import defer_unused_modules

    defer_unused_modules()
    args = build_parser().parse_args(argv)
    if args.command is None:
        # Before the window's modules: PySide6 would otherwise keep the source of every module
        # imported after it (the store's libraries) in memory.
        from secondopinion_desktop.ui.pyside_scan import light_import_scan

        light_import_scan()
        from secondopinion_desktop.ui.app import run_window

        return run_window(data_dir=args.data_dir, smoke=args.smoke)
    return run_command(args)


def main_window() -> int:
    return main([])


if __name__ == "__main__":
    sys.exit(main())
