"""The case commands: ``list``, ``import FILE`` and ``export CASE_ID --out FILE``.

``list`` prints one case a line on stdout, ``<case number>\\t<person>\\t<title>``, so scripts
can read it; when there are no cases, stdout stays empty and "No cases yet." goes to stderr
for the person at the keyboard. ``import`` prints the new case number alone on stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from secondopinion_desktop.commands.common import (
    EXIT_OK,
    CommandError,
    data_dir_of,
    nothing_saved_in,
    open_case_store_for,
    open_store_for,
    parse_case_id,
    say_waiting,
    terminal_safe,
)


def _one_line(text: str) -> str:
    """Names and titles on one line, with no tab to break the columns, nothing a terminal
    would act on."""
    return " ".join(terminal_safe(text).split()) if text else ""


def run_list(args: argparse.Namespace) -> int:
    from secondopinion_desktop.services.cases import list_cases

    if nothing_saved_in(data_dir_of(args)):
        # Listing never makes a store (or a folder) where nothing was saved.
        sys.stderr.write("No cases yet.\n")
        return EXIT_OK
    store = open_store_for(args)
    try:
        with store.session() as session:
            lines = list_cases(session)
    finally:
        store.close()
    if not lines:
        sys.stderr.write("No cases yet.\n")
        return EXIT_OK
    for line in lines:
        person = _one_line(line.person_name) or "(no name)"
        title = _one_line(line.title) or "(no title)"
        sys.stdout.write(f"{line.case_id}\t{person}\t{title}\n")
    return EXIT_OK


def _reason(exc: OSError) -> str:
    return (exc.strerror or "it could not be used").lower()


def read_case_file(name: str) -> bytes:
    """The bytes of a case file, or a plain sentence saying why it cannot be read."""
    from secondopinion_desktop.services import case_transfer

    path = Path(name).expanduser()
    try:
        if path.is_dir():
            raise CommandError(f"{path} is a folder, not a case file.")
        data = case_transfer.read_case_file(path)
    except FileNotFoundError:
        raise CommandError(f"There is no file at {path}.") from None
    except PermissionError:
        raise CommandError(f"The file {path} could not be read: permission denied.") from None
    except OSError as exc:
        raise CommandError(f"The file {path} could not be read: {_reason(exc)}.") from None
    return data


def run_import(args: argparse.Namespace) -> int:
    from secondopinion_desktop.services.bundle_validate import parse_bundle

    # Read and check the whole file before the store (or even the ORM) is touched: a bad file
    # changes nothing, and is refused quickly.
    document = parse_bundle(read_case_file(args.file))
    from secondopinion_desktop.services.case_transfer import import_case
    from secondopinion_desktop.services.change_lock import store_change
    from secondopinion_desktop.storage.errors import NotBackedUpError

    # Never beside a restore: it would replace the file this import writes into.
    with store_change(data_dir_of(args), on_wait=say_waiting):
        store = open_store_for(args)
        try:
            case_id = import_case(store, document)  # backed up before and after
        except NotBackedUpError as exc:
            # The case is there: its number is printed as always, and the missing backup said.
            assert exc.case_id is not None
            case_id = exc.case_id
            sys.stderr.write(exc.message + "\n")
        finally:
            store.close()
        # Reported while the lock is held: no restore can remove the case before this is said.
        try:
            sys.stdout.write(f"{case_id}\n")
            sys.stdout.flush()
        except OSError as exc:
            # The case is saved: never let this read as "something went wrong" (or be
            # imported again because of it).
            reason = (exc.strerror or "it was refused").lower()
            raise CommandError(
                f"The case was added as case number {case_id}, but its number could not be "
                f"printed ({reason})."
            ) from None
    return EXIT_OK


def check_out_path(path: Path) -> None:
    """Refuse, before any work, a file name that cannot be written."""
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name to write to.")
    if not path.parent.is_dir():
        raise CommandError(f"The folder {path.parent} does not exist.")


def run_export(args: argparse.Namespace) -> int:
    from secondopinion_desktop.services.case_transfer import check_export_target, export_case
    from secondopinion_desktop.services.printing import WriteFileError

    case_id = parse_case_id(args.case_id)
    out = Path(args.out).expanduser()
    data_dir = data_dir_of(args)
    check_export_target(out, data_dir)
    check_out_path(out)
    store = open_case_store_for(args, case_id)
    try:
        with store.session() as session:
            export_case(session, case_id, out, data_dir)
    except WriteFileError as exc:
        raise CommandError(exc.message) from None
    finally:
        store.close()
    return EXIT_OK
