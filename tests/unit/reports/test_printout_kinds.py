"""The printouts and paper sizes are listed once: the command line and the docs follow it."""

from __future__ import annotations

import re
from pathlib import Path

from secondopinion_desktop.cli import build_parser
from secondopinion_desktop.reports.kinds import DEFAULT_KIND, KINDS, PAPERS

ROOT = Path(__file__).resolve().parents[3]


def pdf_choices() -> dict[str, list[str]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    pdf = sub.choices["pdf"]  # type: ignore[index]
    return {a.dest: list(a.choices or []) for a in pdf._actions if a.dest in ("kind", "paper")}


def test_the_command_line_offers_every_printout_and_paper() -> None:
    choices = pdf_choices()
    assert choices["kind"] == list(KINDS)
    assert choices["paper"] == list(PAPERS)
    assert build_parser().parse_args(["pdf", "1", "--out", "x.pdf"]).kind == DEFAULT_KIND


def test_the_readme_lists_the_same_printouts_and_papers() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    kinds = re.search(r"--kind ([a-z|-]+)\]", readme)
    papers = re.search(r"--paper ([a-z0-9|]+)\]", readme)
    assert kinds is not None and papers is not None
    assert kinds[1].split("|") == list(KINDS)
    assert papers[1].split("|") == list(PAPERS)


def test_the_printouts_guide_names_every_printout_once() -> None:
    guide = (ROOT / "docs" / "printouts.md").read_text(encoding="utf-8")
    sentence = re.search(r"`--kind` is one of (.+?)\. ", guide, re.DOTALL)
    assert sentence is not None
    assert re.findall(r"`([a-z-]+)`", sentence[1]) == list(KINDS)
