"""The "Decision" step: the plan chosen, with whom, why, and where the case stands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from secondopinion_desktop.model.enums import CaseStatus
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.page_parts import (
    DoctorPicker,
    care_team_doctors,
    notice,
    show_notice,
    shrinkable,
)

if TYPE_CHECKING:
    from secondopinion_desktop.ui.pages.base import PageContext

class NoDecisionYet:
    """Stands in for the decision until something is written, so an empty one is never saved."""

    chosen_plan = None
    with_doctor = None
    why = None
    on = None


class DecisionSaver:
    """Saves decision fields, creating the case's decision on the first value written."""

    def __init__(self, page: DecisionPage, ctx: PageContext) -> None:
        self.page = page
        self.ctx = ctx

    @property
    def language(self) -> str:
        return self.ctx.language

    def save(self, obj: Any, attribute: str, value: Any) -> str | None:
        if isinstance(obj, NoDecisionYet):
            if value is None or self.page.case is None:
                return None
            try:
                obj = self.ctx.workspace.ensure_decision(self.page.case)
            except SaveError as exc:
                return exc.message
        return self.ctx.save(obj, attribute, value)


class DecisionPage(StepPage):
    key = "decision"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "When you have the opinions you need, write down the plan you chose. Being clear "
                "about what you decided, with whom and why, helps you feel confident in it and "
                "explain it to your family and your primary care doctor."
            )
        )
        form = self.form()
        before = len(self.bindings)
        target = self._decision
        self.text(form, self.tr("The plan I chose"), target, "chosen_plan", lines=3)
        self.doctor_line = self.line(form, self.tr("With which doctor"), target, "with_doctor")
        self.picker = DoctorPicker(
            self.doctor_line, self.bindings[-1], self.tr("Choose a doctor from your care team...")
        )
        self._row(form, self.tr("Or choose from your care team"), self.picker)
        self.text(form, self.tr("Why I chose it"), target, "why", lines=4)
        self.date(form, self.tr("Date of the decision"), target, "on")
        saver = DecisionSaver(self, self.ctx)
        for binding in self.bindings[before:]:
            binding.saver = saver

        self.section(self.tr("Where this case stands"))
        status_form = self.form()
        self.status = shrinkable(self.enum_choice(
            status_form, self.tr("Status of this case"), self.case_target(), "status", CaseStatus
        ))
        self.suggestion = notice(self.inner)
        self.content.addWidget(self.suggestion)
        row = QHBoxLayout()
        self.mark_decided = QPushButton(self.tr("Mark as decided"), self.inner)
        self.mark_decided.setAutoDefault(False)
        self.mark_decided.clicked.connect(self._mark_decided)
        row.addWidget(self.mark_decided)
        row.addStretch(1)
        self.content.addLayout(row)

    def _decision(self) -> Any:
        if self.case is None:
            return None
        return self.case.decision if self.case.decision is not None else NoDecisionYet()

    def _has_plan(self) -> bool:
        decision = self.case.decision if self.case is not None else None
        return decision is not None and bool((decision.chosen_plan or "").strip())

    def _mark_decided(self) -> None:
        if self.case is None:
            return
        if self.ctx.save(self.case, "status", CaseStatus.DECIDED) is None:
            for binding in self.bindings:
                if binding.attribute == "status":
                    binding.load()
            self._update_suggestion()

    def _update_suggestion(self) -> None:
        waiting = (
            self.case is not None
            and self._has_plan()
            and self.case.status not in (CaseStatus.DECIDED, CaseStatus.CLOSED)
        )
        text = (
            self.tr(
                "You have written down a plan. If the decision is made, press \u201cMark as "
                "decided\u201d to set the status of this case to \u201cDecision taken\u201d."
            )
            if waiting
            else ""
        )
        show_notice(self.suggestion, text)
        self.mark_decided.setVisible(waiting)

    def refresh(self) -> None:
        self.picker.set_doctors(
            care_team_doctors(self.case, self.language),
            self.tr("No doctors on your care team yet"),
        )
        self._update_suggestion()

    def on_saved(self) -> None:
        self._update_suggestion()
