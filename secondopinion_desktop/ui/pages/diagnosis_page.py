"""The "About the diagnosis" step: what the doctor said, and why another opinion."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLineEdit

from secondopinion_desktop.model.enums import ReasonCode
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.reflow import CheckRow

if TYPE_CHECKING:
    from secondopinion_desktop.model import Reason


class DiagnosisPage(StepPage):
    """The diagnosis so far, the proposed treatment, and a checklist of reasons."""

    key = "diagnosis"

    def build(self) -> None:
        self.reason_rows: dict[ReasonCode, CheckRow] = {}
        self.reason_boxes: dict[ReasonCode, QCheckBox] = {}
        self.reason_details: dict[ReasonCode, QLineEdit] = {}
        self._syncing = False

        self.reassurance = self.paragraph(
            self.tr(
                "Asking for a second opinion is normal. Good doctors expect it, and it is not a "
                "sign of distrust. It helps you be sure of your diagnosis and your choices."
            )
        )
        self.urgency = self.paragraph(
            self.tr(
                "The earlier the better: a second opinion should not delay treatment that cannot "
                "wait. If your doctor says treatment is urgent, ask how long you can safely wait."
            )
        )

        self.section(self.tr("What you have been told"))
        target = self.case_target()
        form = self.form()
        self.current = self.line(
            form, self.tr("The diagnosis you were given"), target, "diagnosis_current",
            placeholder=self.tr("for example: a torn meniscus in the right knee"),
        )
        self.diagnosed_by = self.line(
            form, self.tr("Who gave this diagnosis (doctor's name)"), target, "diagnosed_by"
        )
        self.diagnosed_on = self.date(form, self.tr("When you were told"), target, "diagnosed_on")
        self.treatment = self.text(
            form, self.tr("The treatment the doctor proposes"), target, "proposed_treatment",
            lines=3,
        )
        self.in_my_words = self.text(
            form,
            self.tr("In my own words: what worries me, and why I want another opinion"),
            target, "in_my_words",
        )

        self.section(self.tr("Why I want another opinion"))
        self.paragraph(self.tr("Tick every reason that fits. You can add a few words to each."))
        self.reasons_form = self.form()
        for code in ReasonCode:
            self._add_reason_row(code)

    def _add_reason_row(self, code: ReasonCode) -> None:
        form = self.reasons_form
        row = CheckRow(self.describe(code), form.parentWidget())
        box = row.box
        form.addRow(row)
        if code is ReasonCode.OTHER:
            label = self.tr("In my own words: other reason")
        else:
            # Named for its reason, so a screen reader can tell the four fields apart.
            reason = self.describe(code)
            # Mid-sentence the reason starts small, but "I" stays a capital.
            if not reason.startswith("I "):
                reason = reason[:1].lower() + reason[1:]
            label = self.tr("A few words about: %1 (optional)").replace("%1", reason)
        detail = self.line(form, label, partial(self.reason, code), "detail")
        detail.setAccessibleDescription(self.describe(code))
        self.reason_rows[code] = row
        self.reason_boxes[code] = box
        self.reason_details[code] = detail
        box.toggled.connect(partial(self._reason_toggled, code))
        self._show_detail(code, False)

    # -- state --------------------------------------------------------------------------
    def reason(self, code: ReasonCode) -> Reason | None:
        if self.case is None:
            return None
        return next((r for r in self.case.reasons if r.code == code), None)

    def _show_detail(self, code: ReasonCode, visible: bool) -> None:
        holder = self.reason_details[code].parentWidget()
        if holder is not None:
            self.reasons_form.setRowVisible(holder, visible)

    def refresh(self) -> None:
        self._syncing = True
        try:
            for code, box in self.reason_boxes.items():
                chosen = self.reason(code) is not None
                box.setChecked(chosen)
                self._show_detail(code, chosen)
        finally:
            self._syncing = False

    # -- ticking and unticking ----------------------------------------------------------
    def _set_box(self, code: ReasonCode, checked: bool) -> None:
        self._syncing = True
        try:
            self.reason_boxes[code].setChecked(checked)
        finally:
            self._syncing = False

    def _reason_toggled(self, code: ReasonCode, checked: bool) -> None:
        if self._syncing or self.case is None:
            return
        if checked:
            self._add_reason(code)
        else:
            self._remove_reason(code)

    def _add_reason(self, code: ReasonCode) -> None:
        from secondopinion_desktop.model import Reason

        case = self.case
        if case is None or self.reason(code) is not None:
            self._show_detail(code, True)
            return
        # Keep the reasons in the checklist's order, so the printout reads the same way.
        order = list(ReasonCode)
        index = sum(1 for r in case.reasons if order.index(r.code) < order.index(code))
        try:
            case.reasons.insert(index, Reason(code=code))
            self.ctx.workspace.commit()
        except SaveError as exc:
            self._set_box(code, False)
            from secondopinion_desktop.ui.error_words import store_error_words

            self.ctx.report_error(store_error_words(exc))
            return
        self._show_detail(code, True)
        self.ctx.structure_changed()

    def _remove_reason(self, code: ReasonCode) -> None:
        case = self.case
        reason = self.reason(code)
        if case is None or reason is None:
            self._show_detail(code, False)
            return
        typed = self.reason_details[code].text().strip() or (reason.detail or "").strip()
        if typed:
            question = self.tr(
                "Untick \u201c%1\u201d? The words you wrote about it will be lost: \u201c%2\u201d"
            ).replace("%1", self.describe(code)).replace("%2", typed)
            if not self.ctx.confirm(question, self.tr("Untick and remove")):
                self._set_box(code, True)
                return
        try:
            self.ctx.workspace.remove(case, "reasons", reason)
        except SaveError as exc:
            self._set_box(code, True)
            from secondopinion_desktop.ui.error_words import store_error_words

            self.ctx.report_error(store_error_words(exc))
            return
        detail = self.reason_details[code]
        detail.blockSignals(True)
        detail.clear()
        detail.blockSignals(False)
        for binding in self.bindings:
            if getattr(binding, "widget", None) is detail:
                binding.load()
        self._show_detail(code, False)
        self.ctx.structure_changed()
