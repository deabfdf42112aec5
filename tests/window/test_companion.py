"""The companion's copy: every question with the must-ask ones marked, the companion's role,
room for notes; from the command line (pdf ID --kind companion) and from the print panel."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from windows import WindowFactory

from secondopinion_desktop.model import Appointment, Case, Person, Question
from secondopinion_desktop.reports import build_pdf
from secondopinion_desktop.services.bundle import example_case_text

QUESTIONS = [
    ("Is my diagnosis correct?", True),
    ("Do I need this surgery, or are there medicines instead?", False),
    ("¿Hay ensayos clínicos para mi enfermedad?", False),
    ("What are the risks and benefits of each option?", True),
    ("How long is recovery, and will I need help at home?", False),
]


def pages_of(data: bytes) -> list[str]:
    assert data.startswith(b"%PDF-")
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def a_case() -> Case:
    person = Person(full_name="Rosa Delgado")
    case = Case(title="Knee", person=person)
    for text, must in QUESTIONS:
        case.questions.append(Question(text=text, must_ask=must))
    case.appointments.append(
        Appointment(with_doctor="Dr. Chen", companion_name="Luis Delgado",
                    companion_relationship="son")
    )
    return case


@pytest.mark.parametrize("large_print", [False, True])
def test_every_question_in_order_with_must_ask_marked(large_print: bool) -> None:
    pages = pages_of(
        build_pdf(a_case(), "companion", large_print=large_print, paper="letter",
                  printed_on=date(2026, 11, 25))
    )
    text = flat("\n".join(pages))
    position = 0
    for number, (question, must) in enumerate(QUESTIONS, start=1):
        marked = f"{number}.Mustask:{flat(question)}" if must else f"{number}.{flat(question)}"
        found = text.find(marked, position)
        assert found >= 0, marked
        position = found + len(marked)
    assert len(re.findall(r"\d\.Mustask:", text)) == 2
    assert flat("Must ask: 2 of 5.") in text
    # The role in a few plain lines, the closing check and room for notes.
    for words in (
        "The companion's copy",
        "For Luis Delgado, who is coming with Rosa Delgado",
        "Take notes",
        "If one is forgotten, ask it, or remind Rosa Delgado",
        "Is this the diagnosis?",
        "Are these my choices?",
        "My notes",
    ):
        assert flat(words) in text, words
    assert text.count("Notes:") == len(QUESTIONS)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Rosa Delgado" in page


def test_spanish_copy_is_in_spanish() -> None:
    text = flat("\n".join(pages_of(build_pdf(a_case(), "companion", language="es"))))
    assert flat("La copia de quien me acompaña") in text
    assert flat("Preguntar sin falta: Is my diagnosis correct?") in text
    assert flat("Tome notas") in text
    assert "Takenotes" not in text


def test_a_case_without_questions_leaves_lines_to_write_them() -> None:
    case = Case(title="Knee", person=Person(full_name="Rosa Delgado"))
    text = flat("\n".join(pages_of(build_pdf(case, "companion"))))
    assert flat("No questions have been written down yet.") in text
    assert flat("For the person coming with Rosa Delgado") in text


def test_command_line_prints_the_companion_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secondopinion_desktop import cli

    data_dir = tmp_path / "data"
    example = tmp_path / "example.json"
    example.write_text(example_case_text(), encoding="utf-8")
    assert cli.main(["--data-dir", str(data_dir), "import", str(example)]) == 0
    case_id = capsys.readouterr().out.strip()
    out = tmp_path / "companion.pdf"
    code = cli.main(["--data-dir", str(data_dir), "pdf", case_id, "--kind", "companion",
                     "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    text = flat("\n".join(pages_of(out.read_bytes())))
    from secondopinion_desktop.services.bundle import parse_bundle

    questions = parse_bundle(example_case_text())["case"]["questions"]
    assert questions
    for question in questions:
        assert flat(question["text"]) in text, question["text"]
    marked = len(re.findall(r"\d\.Mustask:", text))
    assert marked == sum(1 for q in questions if q.get("must_ask"))


def test_print_panel_offers_and_previews_the_companion_copy(
    open_window: WindowFactory, qtbot: Any
) -> None:
    window = open_window()
    case_id = window.actions_.import_case_text(example_case_text())
    assert case_id is not None
    window.go_to_step("review")
    panel = window.stack.currentWidget().printout
    names = [panel.kind_box.itemText(i) for i in range(panel.kind_box.count())]
    assert "The companion's copy" in names
    panel.set_kind("companion")
    data = panel.pdf_bytes()
    assert data is not None
    text = flat("\n".join(pages_of(data)))
    for question in window.current_case.questions:
        assert flat(question.text) in text
