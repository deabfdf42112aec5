"""Records step: "Print a follow-up letter..." next to an overdue request opens the letter."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

from pages_helpers import Windows, labelled, type_into
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from secondopinion_desktop.model.dates import format_long_date

from .test_records_clock_and_disc import add_usual, us_date
from .test_records_page import choose, records_page


def test_follow_up_button_shows_only_when_overdue_and_opens_the_letter(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = records_page(window)
    add_usual(qtbot, page)
    page.records.list.setCurrentRow(4)
    type_into(
        qtbot, labelled(page, "Held by (doctor's office or hospital)", QLineEdit),
        "Northside Pathology",
    )
    choose(qtbot, labelled(page, "Where it stands", QComboBox), "Requested")
    recent = date.today() - timedelta(days=10)
    type_into(qtbot, labelled(page, "Requested on", QLineEdit), us_date(recent))
    assert not page.follow_up_button.isVisibleTo(page)

    requested = date.today() - timedelta(days=40)
    field = labelled(page, "Requested on", QLineEdit)
    field.clear()
    type_into(qtbot, field, us_date(requested))
    assert page.follow_up_button.isVisibleTo(page)
    assert page.follow_up_button.text() == "Print a follow-up letter..."

    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = page.follow_up_dialog
    panel = dialog.property("printPanel")
    assert dialog.isVisible()
    assert panel.kind() == "records-follow-up"
    assert panel.kind_box.currentText() == "Letters asking again for late records"
    qtbot.waitUntil(lambda: panel.page_count() > 0, timeout=20000)
    data = panel.pdf_bytes()
    assert data is not None
    flat = "".join(
        (page_.extract_text() or "") for page_ in PdfReader(io.BytesIO(data)).pages
    ).replace("\n", " ")
    flat = " ".join(flat.split())
    assert "Northside Pathology" in flat
    assert f"first asked for on {format_long_date(requested)}" in flat
    dialog.close()
