"""The "Medical records" step: a checklist of records to gather and send ahead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from secondopinion_desktop.model.case_queries import is_answered, is_sent
from secondopinion_desktop.model.enums import RecordKind, RecordStatus, SentVia
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.reflow import let_choices_narrow

if TYPE_CHECKING:
    from secondopinion_desktop.model import RecordItem

# What a second-opinion doctor nearly always wants to see, in the order offices send them.
USUAL_KINDS: tuple[RecordKind, ...] = (
    RecordKind.OFFICE_NOTES,
    RecordKind.TEST_RESULTS,
    RecordKind.IMAGING_REPORT,
    RecordKind.IMAGING_DISC,
    RecordKind.PATHOLOGY_REPORT,
    RecordKind.PATHOLOGY_SLIDES,
    RecordKind.MEDICATION_LIST,
)
# Records that travel by courier and often must go back to the holder.
COURIER_KINDS = frozenset({RecordKind.PATHOLOGY_SLIDES, RecordKind.IMAGING_DISC})


class RecordsPage(StepPage):
    """Each record with its kind, who holds it, where it stands, and when and how it was sent."""

    key = "records"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Send all your records to the second-opinion doctor ahead of the visit, so they "
                "can study them. Your patient portal may already hold many of them."
            )
        )
        row = QHBoxLayout()
        self.usual_button = QPushButton(self.tr("Add the usual records"), self.inner)
        self.usual_button.setAutoDefault(False)
        self.usual_button.clicked.connect(self.add_usual_records)
        self.usual_note = QLabel("", self.inner)
        self.usual_note.setWordWrap(True)
        self.usual_note.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.usual_button)
        row.addWidget(self.usual_note, 1)
        self.content.addLayout(row)
        # What to ask for, under the button that starts the list: the introduction above stays
        # short enough that the button is in the first view even at the largest text.
        self.section(self.tr("When you ask for records"))
        self.paragraph(
            "\n".join(
                (
                    self.tr(
                        "\u2022 Ask for a disc with the scans themselves, in the format hospitals "
                        "use to share them (called DICOM), not only the written report."
                    ),
                    self.tr(
                        "\u2022 Pathology slides and blocks are released when you sign an "
                        "authorization; give the courier details."
                    ),
                    self.tr(
                        "\u2022 By law, a doctor's office must act on your request for records "
                        "within 30 days."
                    ),
                )
            )
        )

        self.records = ChildListEditor(
            self,
            name=self.tr("Records to gather and send"),
            owner=self.case_target(),
            collection="records",
            make_item=self._new_record,
            describe=self.describe_record,
            build_form=self._record_form,
            add_label=self.tr("Add a record"),
            empty_text=self.tr(
                "No records listed yet. \u201cAdd the usual records\u201d starts the list for you."
            ),
            reorderable=True,
        )
        self.content.addWidget(self.records)
        self.records.list.currentRowChanged.connect(lambda _row: self.show_record_state())
        self.records.details.setTitle(self.tr("The chosen record"))
        let_choices_narrow(self.inner)

    def _missing_usual_kinds(self) -> list[RecordKind]:
        listed = {item.kind for item in self.case.records} if self.case is not None else set()
        return [kind for kind in USUAL_KINDS if kind not in listed]

    def _new_record(self) -> RecordItem:
        from secondopinion_desktop.model import RecordItem

        missing = self._missing_usual_kinds()
        kind = missing[0] if missing else RecordKind.OTHER
        return RecordItem(kind=kind, status=RecordStatus.NEEDED)

    def add_usual_records(self) -> None:
        from secondopinion_desktop.model import RecordItem

        case = self.case
        if case is None:
            return
        missing = self._missing_usual_kinds()
        if not missing:
            self.usual_note.setText(self.tr("All the usual records are already on the list."))
            return
        try:
            for kind in missing:
                case.records.append(RecordItem(kind=kind, status=RecordStatus.NEEDED))
            self.ctx.workspace.commit()
        except SaveError as exc:
            self.ctx.report_error(exc.message)
            self.records.refresh()
            return
        if len(missing) == 1:
            note = self.tr("Added 1 record. Fill in who holds it.")
        else:
            note = self.tr("Added %1 records. Fill in who holds each one.").replace(
                "%1", str(len(missing))
            )
        self.usual_note.setText(note)
        self.records.refresh()
        self.ctx.structure_changed()

    def describe_record(self, item: RecordItem) -> str:
        parts = [self.describe(item.kind)]
        if item.description:
            parts[0] += self.tr(": %1").replace("%1", item.description)
        if item.held_by:
            parts.append(self.tr("held by %1").replace("%1", item.held_by))
        parts.append(self.describe(item.status))
        if item.kind == RecordKind.IMAGING_DISC and item.disc_checked_on is not None:
            parts.append(self._disc_summary(item))
        return " - ".join(parts)

    def _disc_summary(self, item: RecordItem) -> str:
        from secondopinion_desktop.ui.disc_check_dialog import DiscWords

        assert item.disc_checked_on is not None
        return DiscWords(self.language).summary(
            item.disc_checked_on, item.disc_studies or 0, item.disc_images or 0
        )

    def _record_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.enum_choice(form, self.tr("Kind of record"), target, "kind", RecordKind)
        self.line(
            form, self.tr("Description"), target, "description",
            placeholder=self.tr("for example MRI of the right knee, May 2026"),
        )
        self.line(
            form, self.tr("Held by (doctor's office or hospital)"), target, "held_by"
        )
        self.enum_choice(form, self.tr("Where it stands"), target, "status", RecordStatus)
        self.date(form, self.tr("Requested on"), target, "requested_on")
        self.deadline_label = QLabel("", form.parentWidget())
        self.deadline_label.setObjectName("deadlineByLaw")
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.deadline_label)
        # Offered only while the chosen request is past its deadline (see show_record_state).
        self.follow_up_button = QPushButton(
            self.tr("Print a follow-up letter..."), form.parentWidget()
        )
        self.follow_up_button.setAutoDefault(False)
        self.follow_up_button.clicked.connect(lambda: self.print_follow_up())
        form.addRow(self.follow_up_button)
        self.date(form, self.tr("Extension notice on"), target, "extension_notice_on")
        self.date(form, self.tr("Extended until"), target, "extended_until")
        self.date(form, self.tr("Received on"), target, "received_on")
        self.date(form, self.tr("Sent on"), target, "sent_on")
        self.enum_choice(
            form, self.tr("How it was sent"), target, "via", SentVia,
            allow_none=self.tr("Not chosen"),
        )
        # Slides and discs only: the rows are hidden for other kinds (see _show_kind_rows).
        self.courier_rows: list[QWidget] = []
        for widget in (
            self.line(form, self.tr("Courier"), target, "courier"),
            self.line(form, self.tr("Tracking number"), target, "tracking_number"),
            self.date(form, self.tr("Return by"), target, "return_by"),
            self.date(form, self.tr("Returned on"), target, "returned_on"),
        ):
            box = widget.parentWidget()
            assert box is not None  # _row puts each input in its captioned box
            self.courier_rows.append(box)
        self.disc_button = QPushButton(self.tr("Check this disc..."), form.parentWidget())
        self.disc_button.setAutoDefault(False)
        self.disc_button.clicked.connect(lambda: self.check_this_disc())
        self.disc_line = QLabel("", form.parentWidget())
        self.disc_line.setWordWrap(True)
        self.disc_line.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.disc_button)
        form.addRow(self.disc_line)
        self.text(form, self.tr("Notes"), target, "notes", lines=3)
        self._form = form

    # -- the chosen record's clock, courier rows and disc ----------------------------------
    def _chosen(self) -> RecordItem | None:
        chosen: RecordItem | None = self.records.current()
        return chosen

    def show_record_state(self) -> None:
        """Show the deadline by law, and the rows only slides and discs have."""
        item = self._chosen()
        kind = item.kind if item is not None else None
        for row in self.courier_rows:
            self._form.setRowVisible(row, kind in COURIER_KINDS)
        is_disc = kind == RecordKind.IMAGING_DISC
        self._form.setRowVisible(self.disc_button, is_disc)
        has_check = is_disc and item is not None and item.disc_checked_on is not None
        self._form.setRowVisible(self.disc_line, has_check)
        if has_check and item is not None:
            self.disc_line.setText(self._disc_summary(item))
        deadline = self.deadline_words(item)
        self.deadline_label.setText(deadline)
        self._form.setRowVisible(self.deadline_label, bool(deadline))
        self._form.setRowVisible(self.follow_up_button, self.is_overdue(item))

    def is_overdue(self, item: RecordItem | None) -> bool:
        """True when the request is past its deadline by law and nothing has come."""
        from datetime import date as date_type

        from secondopinion_desktop.model.records_clock import ClockState, request_clock

        if item is None or item.received_on is not None or is_answered(item):
            return False
        clock = request_clock(
            requested_on=item.requested_on,
            received_on=None,
            today=date_type.today(),
            notice_on=item.extension_notice_on,
            extended_until=item.extended_until,
        )
        return clock.state == ClockState.OVERDUE

    def print_follow_up(self) -> None:
        """Open the print panel on the follow-up letters (every field is saved as it is typed)."""
        from secondopinion_desktop.ui.pages.follow_up_print import open_follow_up_print

        self.follow_up_dialog = open_follow_up_print(self)

    def deadline_words(self, item: RecordItem | None) -> str:
        """The deadline by law in plain words, for a request not yet answered."""
        from secondopinion_desktop.model.dates import format_long_date
        from secondopinion_desktop.model.records_clock import (
            RESPONSE_DAYS,
            ClockState,
            request_clock,
        )

        if item is None or item.requested_on is None:
            return ""
        if item.received_on is not None or is_sent(item):
            return ""
        from datetime import date as date_type

        clock = request_clock(
            requested_on=item.requested_on,
            received_on=None,
            today=date_type.today(),
            notice_on=item.extension_notice_on,
            extended_until=item.extended_until,
        )
        assert clock.deadline is not None
        when = format_long_date(clock.deadline, self.language)
        if clock.state == ClockState.OVERDUE:
            return self.tr(
                "They had to answer by %1, and that day has passed. Call them, or write to "
                "them again."
            ).replace("%1", when)
        if clock.extended:
            return self.tr(
                "They must answer by %1 (extended by their written notice)."
            ).replace("%1", when)
        return (
            self.tr("They must answer by %1 (%2 days from your request).")
            .replace("%1", when)
            .replace("%2", str(RESPONSE_DAYS))
        )

    def check_this_disc(self, folder: str | None = None) -> None:
        """Check the chosen record's disc and keep the result on it."""
        from secondopinion_desktop.ui.disc_check_dialog import choose_disc_folder

        item = self._chosen()
        if item is None or item.kind != RecordKind.IMAGING_DISC:
            return
        path = folder or choose_disc_folder(self)
        if not path:
            return
        self.open_disc_check(path, keep_on=item)

    def open_disc_check(self, path: str, keep_on: RecordItem | None = None) -> None:
        from secondopinion_desktop.ui.disc_check_dialog import DiscCheckDialog

        person = self.case.person if self.case is not None else None

        def keep(findings: Any) -> None:
            if keep_on is None:
                return
            from datetime import date as date_type

            from secondopinion_desktop.services.disc_results import record_disc_check

            record_disc_check(keep_on, findings, date_type.today())
            try:
                self.ctx.workspace.commit()
            except SaveError as exc:
                self.ctx.report_error(exc.message)
            self.records.relabel()
            self.show_record_state()

        self.disc_dialog = DiscCheckDialog(
            self.language,
            person_name=person.full_name if person is not None else None,
            birth_date=person.date_of_birth if person is not None else None,
            on_result=keep,
            parent=self,
        )
        self.disc_dialog.setModal(True)
        self.disc_dialog.show()
        self.disc_dialog.start(path)

    def refresh(self) -> None:
        self.usual_note.setText("")
        self.records.refresh()
        self.show_record_state()

    def on_saved(self) -> None:
        self.records.relabel()
        self.show_record_state()
