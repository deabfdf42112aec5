"""The "Medical records" step: a checklist of records to gather and send ahead (G8)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton

from secondopinion_desktop.model.enums import RecordKind, RecordStatus, SentVia
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.base import StepPage
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


class RecordsPage(StepPage):
    """Each record with its kind, who holds it, where it stands, and when and how it was sent."""

    key = "records"

    def title(self) -> str:
        return self.tr("Medical records")

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Send all your records to the second-opinion doctor ahead of the visit, so they "
                "can study them. Your patient portal may already hold many of them."
            )
        )
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
        return " - ".join(parts)

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
        self.date(form, self.tr("Sent on"), target, "sent_on")
        self.enum_choice(
            form, self.tr("How it was sent"), target, "via", SentVia,
            allow_none=self.tr("Not chosen"),
        )
        self.text(form, self.tr("Notes"), target, "notes", lines=3)

    def refresh(self) -> None:
        self.usual_note.setText("")
        self.records.refresh()

    def on_saved(self) -> None:
        self.records.relabel()
