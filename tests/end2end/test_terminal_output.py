"""What the commands print holds no control characters or escape sequences from a case file."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli_runs import CliResult

from secondopinion_desktop.commands.common import terminal_safe

Cli = Callable[..., CliResult]
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_list_prints_names_and_titles_without_terminal_controls(
    cli: Cli, tmp_path: Path, example_doc: dict[str, Any]
) -> None:
    example_doc["person"]["full_name"] = "\x1b[31mRosa\x1b[0m D\u00edaz\x07"
    example_doc["case"]["title"] = (
        "\x1b]0;retitled\x07\x1b[2JKnee\r\x08\x00 \x9b31mpain\x1bc שלום 👵"
    )
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(example_doc), encoding="utf-8")
    assert cli("import", str(source)).out == "1\n"
    listed = cli("list")
    assert listed.code == 0
    assert listed.out == "1\tRosa Díaz\tKnee pain שלום 👵\n"
    assert not CONTROLS.search(listed.out.replace("\t", "").replace("\n", ""))


def test_an_error_quoting_a_name_holds_no_escape_sequence(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "\x1b[31mred\x1b[0m.json"
    result = cli("import", str(missing))
    assert result.code == 1
    assert "\x1b" not in result.err
    assert result.err == f"There is no file at {tmp_path}/red.json.\n"


def test_line_breaks_and_tabs_stay() -> None:
    assert terminal_safe("one\ttwo\nthree") == "one\ttwo\nthree"
    assert terminal_safe("\x1bP1;2q data\x1b\\ end \x1b[1;31mX") == " end X"
