"""Records step: the right-of-access clock, courier and return fields, and the disc check."""

from __future__ import annotations

import json
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from dicom_discs import (
    damage,
    disc_with_dicomdir,
    disc_without_dicomdir,
    two_studies,
    viewer_only_disc,
)
from pages_helpers import Windows, labelled, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.model.enums import RecordKind, RecordStatus
from secondopinion_desktop.ui.disc_check_dialog import DiscCheckDialog
from secondopinion_desktop.ui.pages.records_page import RecordsPage

from .test_records_page import choose, labels, records_page

COURIER_FIELDS = ("Courier", "Tracking number", "Return by", "Returned on")


def us_date(value: date) -> str:
    return f"{value.month}/{value.day}/{value.year}"


def visible_names(page: RecordsPage) -> set[str]:
    return {
        w.accessibleName() for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)
    }


def add_usual(qtbot: Any, page: RecordsPage) -> None:
    qtbot.mouseClick(page.usual_button, Qt.MouseButton.LeftButton)


def test_the_keyboard_sets_the_new_fields_and_they_reach_the_case_file(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = records_page(window)
    add_usual(qtbot, page)
    page.records.list.setCurrentRow(0)  # office notes: no courier, no return
    assert not visible_names(page) & set(COURIER_FIELDS)
    assert {"Received on", "Extension notice on", "Extended until"} <= visible_names(page)
    page.records.list.setCurrentRow(5)  # pathology slides
    assert set(COURIER_FIELDS) <= visible_names(page)

    requested = date.today() - timedelta(days=10)
    type_into(
        qtbot, labelled(page, "Held by (doctor's office or hospital)", QLineEdit),
        "Northside Pathology",
    )
    choose(qtbot, labelled(page, "Where it stands", QComboBox), "Requested")
    type_into(qtbot, labelled(page, "Requested on", QLineEdit), us_date(requested))
    deadline = requested + timedelta(days=30)
    assert page.deadline_label.isVisibleTo(page)
    assert page.deadline_label.text() == (
        f"They must answer by {format_long_date(deadline)} (30 days from your request)."
    )
    type_into(qtbot, labelled(page, "Extension notice on", QLineEdit), us_date(date.today()))
    extended = requested + timedelta(days=50)
    type_into(qtbot, labelled(page, "Extended until", QLineEdit), us_date(extended))
    assert page.deadline_label.text() == (
        f"They must answer by {format_long_date(extended)} (extended by their written notice)."
    )
    type_into(qtbot, labelled(page, "Courier", QLineEdit), "FedEx")
    type_into(qtbot, labelled(page, "Tracking number", QLineEdit), "7712 3456")
    type_into(qtbot, labelled(page, "Return by", QLineEdit), "12/20/2026")
    type_into(qtbot, labelled(page, "Received on", QLineEdit), us_date(date.today()))
    # Received: the clock has stopped, so no deadline is shown any more.
    assert not page.deadline_label.isVisibleTo(page)
    type_into(qtbot, labelled(page, "Returned on", QLineEdit), "12/22/2026")

    window = windows.restart(window)
    page = records_page(window)
    case = window.current_case
    assert case is not None
    slides = case.records[5]
    assert slides.kind == RecordKind.PATHOLOGY_SLIDES
    assert (slides.extension_notice_on, slides.extended_until) == (date.today(), extended)
    assert (slides.courier, slides.tracking_number) == ("FedEx", "7712 3456")
    assert (slides.return_by, slides.returned_on) == (date(2026, 12, 20), date(2026, 12, 22))
    assert slides.received_on == date.today()

    from secondopinion_desktop.services.bundle import export_case_json

    with window.workspace.store.session() as session:
        exported = json.loads(export_case_json(session, case.id))
    [record] = [r for r in exported["case"]["records"] if r["kind"] == "pathology_slides"]
    assert record["courier"] == "FedEx"
    assert record["tracking_number"] == "7712 3456"
    assert record["return_by"] == "2026-12-20"
    assert record["returned_on"] == "2026-12-22"
    assert record["extended_until"] == extended.isoformat()
    assert record["received_on"] == date.today().isoformat()


def test_an_overdue_request_says_so_and_the_panel_names_the_holder(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = records_page(window)
    add_usual(qtbot, page)
    page.records.list.setCurrentRow(4)
    requested = date.today() - timedelta(days=40)
    type_into(
        qtbot, labelled(page, "Held by (doctor's office or hospital)", QLineEdit),
        "Northside Pathology",
    )
    choose(qtbot, labelled(page, "Where it stands", QComboBox), "Requested")
    type_into(qtbot, labelled(page, "Requested on", QLineEdit), us_date(requested))
    deadline = format_long_date(requested + timedelta(days=30))
    assert page.deadline_label.text() == (
        f"They had to answer by {deadline}, and that day has passed. Call them, or write to "
        "them again."
    )
    sentences = [link.text_shown() for link in window.readiness.links]
    assert (
        f"Northside Pathology had until {deadline} to answer your request of "
        f"{format_long_date(requested)}. Ask them again: call them, or print a follow-up letter "
        "on the Medical records step."
    ) in sentences


def wait_done(qtbot: Any, dialog: DiscCheckDialog) -> None:
    qtbot.waitUntil(lambda: dialog.close_button.isVisibleTo(dialog), timeout=20000)


def disc_button(page: RecordsPage) -> QPushButton:
    return labelled(page, "Check this disc...", QPushButton)


def test_a_good_disc_checked_from_its_record_keeps_the_result_on_it(
    qtbot: Any, windows: Windows, tmp_path: Path
) -> None:
    window = windows.open()
    page = records_page(window)
    add_usual(qtbot, page)
    page.records.list.setCurrentRow(0)
    assert not page.disc_button.isVisibleTo(page)  # only an imaging disc has the button
    page.records.list.setCurrentRow(3)
    assert disc_button(page).isEnabled()
    disc = disc_with_dicomdir(tmp_path / "disc", two_studies(name="EXAMPLE^ANA"))
    page.check_this_disc(str(disc))
    dialog = page.disc_dialog
    wait_done(qtbot, dialog)
    # Progress came back to the window (a connection made here could miss a fast disc).
    done, total = dialog.last_progress
    assert total > 0 and done == total
    text = dialog.result_text()
    assert "Images found: 5 in 2 studies." in text
    assert "CT scan \u201cCT KNEE RIGHT\u201d, 3 images" in text
    assert "MRI \u201cMRI KNEE\u201d, 2 images" in text
    assert f"{format_long_date(date(2026, 10, 20))}:" in text
    assert f"The disc is for: ANA EXAMPLE, born {format_long_date(date(1950, 3, 14))}." in text
    assert "The disc looks right: it holds the images themselves." in text
    assert dialog.close_button.hasFocus()
    summary = f"Disc checked on {format_long_date(date.today())}: 2 studies, 5 images."
    assert labels(page)[3].endswith(summary)
    assert page.disc_line.text() == summary
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()

    window = windows.restart(window)
    case = window.current_case
    assert case is not None
    record = case.records[3]
    assert (record.disc_checked_on, record.disc_studies, record.disc_images) == (
        date.today(), 2, 5
    )


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda folder: viewer_only_disc(folder),
            "Warning: no medical images (DICOM) were found on this disc. It holds only a viewer "
            "program and pictures or documents. Ask the imaging office for a true DICOM disc "
            "with the images themselves.",
        ),
        (
            lambda folder: disc_without_dicomdir(folder, two_studies(name="SMITH^JOHN")),
            "Warning: the disc carries the name JOHN SMITH, not Ana Example. Check that it is "
            "yours before you bring it.",
        ),
        (
            lambda folder: (
                disc_without_dicomdir(folder), damage(folder / "IMAGES" / "IM0002"), folder
            )[-1],
            "Warning: 1 file(s) could not be read; the disc may be damaged. Ask for a new copy.",
        ),
    ],
    ids=["viewer-only", "someone else's", "damaged"],
)
def test_the_menu_check_words_each_problem(
    qtbot: Any, windows: Windows, tmp_path: Path, build: Any, expected: str
) -> None:
    window = windows.open()
    folder = build(tmp_path / "disc")
    window.check_disc(str(folder))
    dialog = window.disc_dialog
    wait_done(qtbot, dialog)
    assert expected in dialog.result_text().splitlines()


def test_cancel_stops_the_check_and_keeps_nothing(
    qtbot: Any, windows: Windows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondopinion_desktop.services import disc_check

    real = disc_check.check_disc
    hold = threading.Event()

    def slow_check(path: Any, **kwargs: Any) -> Any:
        progress = kwargs.pop("progress")

        def held(done: int, total: int) -> None:
            progress(done, total)
            hold.wait(10)  # the worker waits here until the test has pressed Cancel

        return real(path, progress=held, **kwargs)

    monkeypatch.setattr(disc_check, "check_disc", slow_check)
    window = windows.open()
    page = records_page(window)
    add_usual(qtbot, page)
    page.records.list.setCurrentRow(3)
    page.check_this_disc(str(disc_without_dicomdir(tmp_path / "disc")))
    dialog = page.disc_dialog
    qtbot.waitUntil(lambda: "Reading the disc:" in dialog.status.text(), timeout=10000)
    assert dialog.running()
    # The window answers while the worker is busy: the progress came through the event loop.
    assert dialog.cancel_button.isVisibleTo(dialog)
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Space)
    assert dialog.status.text() == "Stopping..."
    hold.set()
    wait_done(qtbot, dialog)
    assert dialog.status.text() == "The check was stopped before the end."
    case = window.current_case
    assert case is not None
    assert case.records[3].disc_checked_on is None
    assert case.records[3].status == RecordStatus.NEEDED


def test_a_folder_that_is_not_there_is_said_plainly(
    qtbot: Any, windows: Windows, tmp_path: Path
) -> None:
    window = windows.open()
    window.check_disc(str(tmp_path / "nowhere"))
    dialog = window.disc_dialog
    wait_done(qtbot, dialog)
    assert dialog.status.text() == (
        "That folder could not be found. Choose the disc or the folder again."
    )


def test_the_panel_words_a_late_deadline_and_records_not_sent_on(
    qtbot: Any, windows: Windows
) -> None:
    from datetime import UTC, datetime

    from secondopinion_desktop.services.readiness import Missing, ReadinessItem

    panel = windows.open().readiness
    late = ReadinessItem(
        Missing.REQUEST_LATE_FOR_VISIT, "records", due_on=date(2026, 12, 12),
        starts_at=datetime(2026, 12, 3, 15, 0, tzinfo=UTC), holder="Northside Pathology",
        kind=RecordKind.PATHOLOGY_REPORT,
    )
    assert panel.sentence(late) == (
        "Northside Pathology has until December 12, 2026 to answer your request, so the records "
        "may not arrive before your visit on December 3, 2026: call them, or ask the "
        "appointment office whether to move the visit."
    )
    unnamed = ReadinessItem(
        Missing.REQUEST_OVERDUE, "records", due_on=date(2026, 11, 19),
        requested_on=date(2026, 10, 20), kind=RecordKind.TEST_RESULTS,
    )
    assert panel.sentence(unnamed).startswith(
        "The office that holds \u201cLab and test results\u201d had until November 19, 2026 to "
        "answer your request of October 20, 2026."
    )
    received = ReadinessItem(
        Missing.RECEIVED_NOT_SENT, "records", due_on=date(2026, 11, 3),
        kind=RecordKind.OFFICE_NOTES,
    )
    assert panel.sentence(received) == (
        "\u201cOffice notes\u201d came on November 3, 2026: send them on to the second-opinion "
        "doctor."
    )


def test_the_button_and_the_menu_work_from_the_keyboard(
    qtbot: Any, windows: Windows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondopinion_desktop.ui import disc_check_dialog

    disc = disc_with_dicomdir(tmp_path / "disc", two_studies(name="EXAMPLE^ANA"))
    asked: list[Any] = []

    def chosen(parent: Any) -> str:
        asked.append(parent)
        return str(disc)

    # The folder dialog is the system's; here it answers at once with the test's disc.
    monkeypatch.setattr(disc_check_dialog, "choose_disc_folder", chosen)
    window = windows.open()
    page = records_page(window)
    add_usual(qtbot, page)
    page.records.list.setCurrentRow(3)
    button = disc_button(page)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = page.disc_dialog
    wait_done(qtbot, dialog)
    assert asked == [page]
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert labels(page)[3].endswith("2 studies, 5 images.")

    window.check_disc_action.trigger()
    wait_done(qtbot, window.disc_dialog)
    assert asked[-1] is window
    assert "Images found: 5 in 2 studies." in window.disc_dialog.result_text()
