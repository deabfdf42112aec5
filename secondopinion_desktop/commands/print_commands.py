"""The print commands: ``pdf CASE_ID --out FILE`` and ``ics CASE_ID --out FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from secondopinion_desktop.commands.common import (
    EXIT_OK,
    data_dir_of,
    open_case_store_for,
    parse_case_id,
)


def _checked_out(args: argparse.Namespace) -> Path:
    """The --out file, refused before the store is even opened when it is saved information."""
    from secondopinion_desktop.services.out_targets import check_out_target

    out = Path(args.out).expanduser()
    check_out_target(out, data_dir_of(args))
    return out


def run_pdf(args: argparse.Namespace) -> int:
    from secondopinion_desktop.services.printing import write_pdf

    case_id = parse_case_id(args.case_id)
    out = _checked_out(args)
    store = open_case_store_for(args, case_id)
    try:
        write_pdf(
            store,
            case_id,
            out,
            args.kind,
            large_print=bool(args.large_print),
            paper=args.paper,
        )
    finally:
        store.close()
    return EXIT_OK


def run_ics(args: argparse.Namespace) -> int:
    from secondopinion_desktop.services.printing import write_ics

    case_id = parse_case_id(args.case_id)
    out = _checked_out(args)
    store = open_case_store_for(args, case_id)
    try:
        write_ics(store, case_id, out)
    finally:
        store.close()
    return EXIT_OK
