"""The Records step's clock, courier fields and disc check, and their to-do items, in Spanish."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dicom_discs import disc_with_dicomdir, two_studies, viewer_only_disc
from translation_files import Message
from window_helpers import settle

from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.services.readiness import Missing, ReadinessItem
from secondopinion_desktop.ui.pages.records_page import RecordsPage

from .test_spanish_window import english_only, visible_texts


def records_page(window: Any) -> RecordsPage:
    window.go_to_step("records")
    page = window.stack.currentWidget()
    assert isinstance(page, RecordsPage)
    return page


def test_the_records_step_shows_the_clock_and_disc_parts_in_spanish(
    qtbot: Any, spanish_window: Any, messages: list[Message], tmp_path: Path
) -> None:
    window = spanish_window
    english = english_only(messages)
    page = records_page(window)
    disc_row = next(
        i for i, r in enumerate(page.records.items()) if r.kind.value == "imaging_disc"
    )
    page.records.list.setCurrentRow(disc_row)
    settle(window)
    shown = [text for _kind, text in visible_texts(page)]
    for label in ("Recibido el", "Aviso de prórroga el", "Mensajería", "Número de rastreo",
                  "Devolver a más tardar el", "Revisar este disco..."):
        assert label in shown
    assert page.deadline_label.text() == (
        "Deben responder a más tardar el 12 de diciembre de 2026 (30 días desde su solicitud)."
    )
    assert [text for text in shown if text in english] == []

    person = window.current_case.person
    page.check_this_disc(str(disc_with_dicomdir(tmp_path / "good", two_studies())))
    dialog = page.disc_dialog
    qtbot.waitUntil(lambda: dialog.close_button.isVisibleTo(dialog), timeout=20000)
    lines = dialog.result_text().splitlines()
    assert lines[0] == "Imágenes encontradas: 5 en 2 estudios."
    assert lines[1] == "\u2022 20 de octubre de 2026: tomografía (TAC) \u201cCT KNEE RIGHT\u201d, 3 imágenes"
    assert lines[3] == "El disco es de: ROSA DIAZ, nacido o nacida el 14 de marzo de 1950."
    assert lines[4].startswith(f"Atención: el disco lleva el nombre ROSA DIAZ, no {person.full_name}.")
    assert dialog.status.text() == "El disco se ha leído."
    assert dialog.close_button.text() == "Cerrar"
    today = format_long_date(date.today(), "es")
    assert page.disc_line.text() == f"Disco revisado el {today}: 2 estudios, 5 imágenes."
    dialog.accept()

    window.check_disc(str(viewer_only_disc(tmp_path / "viewer")))
    dialog = window.disc_dialog
    qtbot.waitUntil(lambda: dialog.close_button.isVisibleTo(dialog), timeout=20000)
    assert dialog.result_text() == (
        "Atención: no se encontraron imágenes médicas (DICOM) en este disco. Solo contiene un "
        "programa para verlas y fotos o documentos. Pida a la oficina de imágenes un verdadero "
        "disco DICOM con las imágenes mismas."
    )
    assert dialog.windowTitle() == "Revisar un disco de imágenes"
    dialog.accept()


def test_the_clock_items_are_worded_in_spanish(spanish_window: Any) -> None:
    from secondopinion_desktop.model.enums import RecordKind

    panel = spanish_window.readiness
    overdue = ReadinessItem(
        Missing.REQUEST_OVERDUE, "records", due_on=date(2026, 11, 19),
        requested_on=date(2026, 10, 20), holder="Northside Pathology",
        kind=RecordKind.PATHOLOGY_REPORT,
    )
    assert panel.sentence(overdue) == (
        "Northside Pathology tenía hasta el 19 de noviembre de 2026 para responder a su "
        "solicitud del 20 de octubre de 2026. Vuelva a pedírselo: llámelos, o imprima una "
        "carta de seguimiento en el paso Expedientes médicos."
    )
    back = ReadinessItem(
        Missing.RECORD_TO_COME_BACK, "records", due_on=date(2026, 12, 20),
        kind=RecordKind.PATHOLOGY_SLIDES,
    )
    assert panel.sentence(back) == (
        "Hay que devolver \u201cLaminillas y bloques de patología\u201d a más tardar el 20 de "
        "diciembre de 2026: pida al consultorio del médico de la segunda opinión que haga la "
        "devolución, y anote cuándo se hizo."
    )
    # The example case's office notes came on November 3 and have not been sent on.
    texts = [link.text_shown() for link in panel.links]
    assert (
        "Recibió \u201cNotas de consulta\u201d el 3 de noviembre de 2026: falta enviar ese "
        "expediente al médico de la segunda opinión."
    ) in texts
