"""Handing a PDF to CUPS: the printers lpstat lists, and lp taking or refusing the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondopinion_desktop.services.printing import (
    PrinterRefusedError,
    PrinterUnreachableError,
    cups_printers,
    send_to_lp,
)


def fake_program(folder: Path, name: str, body: str) -> Path:
    program = folder / name
    program.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    program.chmod(0o700)
    return program


def test_lp_gets_the_file_and_the_printer(tmp_path: Path) -> None:
    seen = tmp_path / "seen.txt"
    lp = fake_program(tmp_path, "lp", f'echo "$@" > "{seen}"')
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    send_to_lp(str(lp), pdf, "Office")
    assert seen.read_text(encoding="utf-8").split() == ["-d", "Office", str(pdf)]
    send_to_lp(str(lp), pdf, None)
    assert seen.read_text(encoding="utf-8").split() == [str(pdf)]


def test_a_refusal_and_a_missing_lp_are_told_apart(tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    refusing = fake_program(tmp_path, "lp", "echo 'lp: The printer or class does not exist.' >&2; exit 1")
    with pytest.raises(PrinterRefusedError) as refused:
        send_to_lp(str(refusing), pdf, "Gone")
    assert refused.value.message == "The printer did not accept the printout."
    with pytest.raises(PrinterUnreachableError) as unreachable:
        send_to_lp(str(tmp_path / "no-such-lp"), pdf, None)
    assert unreachable.value.message == "The printer could not be reached."


def test_printers_and_the_default_come_from_lpstat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_program(
        tmp_path, "lpstat",
        'if [ "$1" = "-a" ]; then echo "Office accepting requests since Mon"; '
        'echo "Upstairs accepting requests since Tue"; '
        'else echo "system default destination: Upstairs"; fi',
    )
    monkeypatch.setenv("PATH", str(tmp_path))
    assert cups_printers() == (["Office", "Upstairs"], "Upstairs")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert cups_printers() == ([], None)
