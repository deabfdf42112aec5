"""The "Appointment and companion" step: when, where, with whom, who comes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton

from secondopinion_desktop.model.case_queries import records_not_sent
from secondopinion_desktop.model.dates import format_long_date, format_when_here
from secondopinion_desktop.model.enums import VisitMode
from secondopinion_desktop.services.readiness import FAR_AWAY
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.page_parts import (
    DoctorPicker,
    care_team_doctors,
    notice,
    plain_label,
    show_notice,
    shrinkable,
)
from secondopinion_desktop.ui.visit_mode import visit_button_row

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment



def wait_is_long(appointment: Appointment, now: datetime | None = None) -> bool:
    """True when the appointment is more than six weeks ahead."""
    if appointment.starts_at is None:
        return False
    return appointment.starts_at - (now or datetime.now(UTC)) > FAR_AWAY


class AppointmentPage(StepPage):
    key = "appointment"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "In person or by video? Going in person is better when the doctor needs to "
                "examine you, even if it means a longer wait. A video visit can come sooner and "
                "spares you the trip. Either way, the earlier the better: do not let a second "
                "opinion delay treatment you need."
            )
        )
        self.editor = ChildListEditor(
            self,
            name=self.tr("My appointments"),
            owner=self.case_target(),
            collection="appointments",
            make_item=self._new_appointment,
            describe=self._describe,
            build_form=self._build_form,
            add_label=self.tr("Add an appointment"),
            empty_text=self.tr("No appointment yet. Add one when you have booked it."),
        )
        self.content.addWidget(self.editor)
        self.editor.list.currentRowChanged.connect(lambda _row: self._update_current())
        self.section(self.tr("In my calendar"))
        self.paragraph(
            self.tr(
                "Save a calendar file for your next appointment and open it: your calendar "
                "program adds the visit, with a reminder the day before."
            )
        )
        self.paragraph(
            self.tr(
                "The file holds the visit's time and place, your companion's name and phone, "
                "and the records still missing; a calendar that syncs may copy it to the "
                "internet."
            )
        )
        row = QHBoxLayout()
        self.calendar_button = QPushButton(self.tr("Save calendar file..."), self.inner)
        self.calendar_button.setAutoDefault(False)
        self.calendar_button.clicked.connect(self.save_calendar)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.calendar_result = plain_label(self.inner)
        self.calendar_result.setVisible(False)
        self.content.addWidget(self.calendar_result)
        # Visit mode: the button that opens it, from ui/visit_mode.py.
        self.content.addWidget(visit_button_row(self.inner))

    def _new_appointment(self) -> Appointment:
        from secondopinion_desktop.model import Appointment

        return Appointment(mode=VisitMode.IN_PERSON)

    def _describe(self, appointment: Any) -> str:
        parts = []
        if appointment.with_doctor:
            parts.append(self.tr("With %1").replace("%1", appointment.with_doctor))
        if appointment.starts_at is not None:
            parts.append(format_when_here(appointment.starts_at, self.language))
        parts.append(self.describe(appointment.mode))
        return ", ".join(parts)

    def _build_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        parent = form.parentWidget()
        self.with_line = self.line(
            form, self.tr("With which doctor"), target, "with_doctor",
            placeholder=self.tr("Type a name, or choose one from your care team below"),
        )
        self.picker = DoctorPicker(
            self.with_line, self.bindings[-1], self.tr("Choose a doctor from your care team...")
        )
        self._row(form, self.tr("Or choose from your care team"), self.picker)
        self.when = self.datetime(form, self.tr("Date of the appointment"), target, "starts_at")
        self.wait_note = notice(parent)
        form.addRow(self.wait_note)
        self.mode = shrinkable(self.enum_choice(
            form, self.tr("In person or by video"), target, "mode", VisitMode
        ))
        self.place = self.text(
            form, self.tr("Place (the address of the office)"), target, "location", lines=3
        )
        self.link = self.line(
            form, self.tr("Video link (the web address you were sent)"), target, "video_link"
        )
        # The rows that hold the place and the link: only the one that fits the mode shows.
        self.place_row = self.place.parentWidget() or self.place
        self.link_row = self.link.parentWidget() or self.link
        self.records_due = self.date(
            form, self.tr("Records must arrive by"), target, "records_due_on"
        )
        self.records_note = notice(parent)
        form.addRow(self.records_note)
        self.records_button = QPushButton(self.tr("Go to the Records step"), parent)
        self.records_button.setAutoDefault(False)
        self.records_button.clicked.connect(lambda: self.ctx.go_to_step("records"))
        form.addRow(self.records_button)

        heading = QLabel(self.tr("Who comes with me"), parent)
        heading.setObjectName("sectionHeading")
        form.addRow(heading)
        why = QLabel(
            self.tr(
                "Bring a friend or family member: they can take notes while you listen and ask "
                "the questions you forget. Wear your glasses and hearing aids, and bring them "
                "along."
            ),
            parent,
        )
        why.setWordWrap(True)
        form.addRow(why)
        self.line(form, self.tr("Companion's name"), target, "companion_name")
        self.line(form, self.tr("Relationship to me"), target, "companion_relationship",
                  placeholder=self.tr("for example daughter, friend, neighbour"))
        self.line(form, self.tr("Companion's phone"), target, "companion_phone")
        self._form = form

    # -- the calendar file ------------------------------------------------------------------
    def save_calendar(self) -> None:
        """Ask where, then save the .ics of the next appointment there."""
        start = str(Path.home() / self.tr("second-opinion-visit.ics"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save calendar file"), start, self.tr("Calendar files (*.ics)")
        )
        if chosen:
            path = Path(chosen)
            self.write_calendar(path if path.suffix.lower() == ".ics" else Path(f"{chosen}.ics"))

    def write_calendar(self, path: Path) -> bool:
        if self.case is None:
            return False
        from secondopinion_desktop.services.printing import write_ics
        from secondopinion_desktop.storage.errors import StoreError

        try:
            write_ics(self.ctx.workspace.store, self.case.id, path, language=self.language)
        except StoreError as exc:
            self.ctx.report_error(exc.message)
            return False
        self.calendar_result.setText(
            self.tr("Saved %1. Open it to add the visit to your calendar.").replace(
                "%1", str(path)
            )
        )
        self.calendar_result.setVisible(True)
        return True

    # -- what depends on the chosen appointment ------------------------------------------
    def _update_current(self) -> None:
        appointment = self.editor.current()
        if appointment is None or self.case is None:
            return
        virtual = appointment.mode == VisitMode.VIRTUAL
        self._form.setRowVisible(self.place_row, not virtual)
        self._form.setRowVisible(self.link_row, virtual)
        show_notice(self.wait_note, self._wait_text(appointment))
        records_text = self._records_text(appointment)
        show_notice(self.records_note, records_text)
        self.records_button.setVisible(bool(records_text))

    def _wait_text(self, appointment: Appointment) -> str:
        if not wait_is_long(appointment):
            return ""
        return self.tr(
            "Note: this appointment is more than six weeks away. That is a long wait; ask to be "
            "put on a cancellation list, or consider a video visit."
        )

    def _records_text(self, appointment: Appointment) -> str:
        if self.case is None or appointment.records_due_on is None:
            return ""
        missing = len(records_not_sent(self.case))
        if not missing:
            return ""
        return (
            self.tr(
                "Note: your records must arrive by %1, and some are not sent yet (%2 on "
                "your list). Ask for them now; the Records step shows which ones."
            )
            .replace("%1", format_long_date(appointment.records_due_on, self.language))
            .replace("%2", str(missing))
        )

    def warnings(self) -> list[str]:
        """The notes shown for the chosen appointment (for the tests and the readiness panel)."""
        return [box.text() for box in (self.wait_note, self.records_note) if box.isVisibleTo(self)]

    # -- life cycle -----------------------------------------------------------------------
    def _update_calendar(self) -> None:
        dated = self.case is not None and any(
            a.starts_at is not None for a in self.case.appointments
        )
        self.calendar_button.setEnabled(dated)
        self.calendar_button.setToolTip(
            "" if dated else self.tr("Write the date of the appointment first.")
        )

    def set_case(self, case: Any) -> None:
        super().set_case(case)
        self.calendar_result.setVisible(False)

    def refresh(self) -> None:
        self._update_calendar()
        self.picker.set_doctors(
            care_team_doctors(self.case, self.language),
            self.tr("No doctors on your care team yet"),
        )
        self.editor.refresh()
        self._update_current()

    def on_saved(self) -> None:
        self.editor.relabel()
        self._update_current()
        self._update_calendar()
