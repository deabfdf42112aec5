"""The "Review and print" step: what is still missing, and the summary to print."""

from __future__ import annotations

from typing import Any

from secondopinion_desktop.model.case_queries import primary_care_doctor
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.page_parts import (
    case_print_panel,
    plain_label,
)
from secondopinion_desktop.ui.readiness_panel import ReadinessPanel
from secondopinion_desktop.ui.visit_mode import visit_button_row


class ReviewPage(StepPage):
    key = "review"

    def build(self) -> None:
        self.paragraph(
            self.tr("Before the visit, check what is still missing, then print the visit summary.")
        )
        # Visit mode: the button that opens it, from ui/visit_mode.py.
        self.content.addWidget(visit_button_row(self.inner))
        self.section(self.tr("Already done"))
        self.ready = plain_label(self.inner)
        self.content.addWidget(self.ready)
        self.readiness = ReadinessPanel(self.ctx.go_to_step, self.language, self.inner)
        self.content.addWidget(self.readiness)
        self.section(self.tr("Print the visit summary"))
        # How to use the printout is read where it is printed.
        self.paragraph(
            self.tr(
                "Bring one copy for yourself, one for the person who comes with you, and one to "
                "give the doctor."
            )
        )
        self.paragraph(
            self.tr(
                "The summary ends with a box for the last 15 minutes of the visit. Use it to ask: "
                "\u201cIs this the diagnosis? Are these my choices?\u201d and write the answers."
            )
        )
        self.printout = case_print_panel(self, "summary")
        self.printout.setMinimumHeight(self.fontMetrics().lineSpacing() * 30)
        self.content.addWidget(self.printout)

    def ready_lines(self) -> list[str]:
        """What is already in place, one plain line each (only what is there)."""
        case = self.case
        if case is None:
            return []
        from secondopinion_desktop.model.case_queries import next_appointment, written_questions
        from secondopinion_desktop.model.dates import format_when_here
        from secondopinion_desktop.services.readiness import Missing, readiness

        # What counts as in place is the readiness rule's, so these ticks and the list below
        # cannot disagree.
        state = readiness(case)
        lines: list[str] = []
        if not state.lacks(Missing.NO_DIAGNOSIS):
            lines.append(self.tr("The diagnosis is written down."))
        doctor = primary_care_doctor(case)
        if doctor is not None and (doctor.name or "").strip():
            lines.append(self.tr("Your primary care doctor: %1.").replace("%1", doctor.name or ""))
        if case.insurance is not None and (case.insurance.plan_name or "").strip():
            lines.append(
                self.tr("Insurance: %1.").replace("%1", case.insurance.plan_name or "")
            )
        # Records are worded once on this page: here when the step is done, otherwise by the
        # to-do list below, with the same count.
        if state.done("records"):
            count = state.records
            sentence = (
                self.tr("Records sent: %1 of %2.")
                if not count.not_sent
                else self.tr("Records sent: %1 of %2; the others are asked for.")
            )
            lines.append(sentence.replace("%1", str(count.sent)).replace("%2", str(count.total)))
        questions = written_questions(case)
        if questions:
            must = sum(1 for q in questions if q.must_ask)
            lines.append(
                self.tr("Questions written: %1 (must ask: %2).")
                .replace("%1", str(len(questions)))
                .replace("%2", str(must))
            )
        visit = next_appointment(case)
        if visit is not None and visit.starts_at is not None:
            when = format_when_here(visit.starts_at, self.language)
            lines.append(
                self.tr("Appointment: %1, with %2.")
                .replace("%1", when)
                .replace("%2", visit.with_doctor or self.tr("the doctor"))
                if (visit.with_doctor or "").strip()
                else self.tr("Appointment: %1.").replace("%1", when)
            )
        if visit is not None and (visit.companion_name or "").strip():
            lines.append(
                self.tr("Coming with you: %1.").replace("%1", visit.companion_name or "")
            )
        return lines

    def missing(self) -> list[Any]:
        """What is still missing before the visit (empty when all is ready)."""
        from secondopinion_desktop.services.readiness import readiness

        return readiness(self.case).items if self.case is not None else []

    def _show_ready(self) -> None:
        lines = self.ready_lines()
        self.ready.setText(
            "\n".join(f"\u2713 {line}" for line in lines)
            if lines
            else self.tr("Nothing yet: the list below says where to start.")
        )

    def refresh(self) -> None:
        self._show_ready()
        self.readiness.show_case(self.case)
        self.printout.invalidate()

    def on_saved(self) -> None:
        self._show_ready()
        self.readiness.show_case(self.case)
        self.printout.invalidate()
