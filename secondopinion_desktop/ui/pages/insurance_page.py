"""The "Insurance" step: the plan, what it says about a second opinion, and calls to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout

from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.model.enums import TriState
from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.reflow import let_choices_narrow

if TYPE_CHECKING:
    from secondopinion_desktop.model import Insurance, InsuranceCall

TRI_STATE_FIELDS = frozenset(
    {
        "requires_second_opinion",
        "second_opinion_covered",
        "referral_required",
        "preauthorization_required",
    }
)


class LazyInsurance:
    """Stands in for a case's insurance until the person first changes something.

    Reading gives the saved values (or the defaults); the first change creates the row, so
    merely visiting the page never adds anything to the store.
    """

    _page: InsurancePage

    def __init__(self, page: InsurancePage) -> None:
        object.__setattr__(self, "_page", page)

    def _real(self) -> Insurance | None:
        case = self._page.case
        return case.insurance if case is not None else None

    def __getattr__(self, name: str) -> Any:
        real = self._real()
        if real is not None:
            return getattr(real, name)
        return TriState.UNKNOWN if name in TRI_STATE_FIELDS else None

    def __setattr__(self, name: str, value: Any) -> None:
        page: InsurancePage = self._page
        case = page.case
        if case is None:
            return
        real = page.ctx.workspace.ensure_insurance(case)
        setattr(real, name, value)


class CallList(ChildListEditor):
    """The call log; the first call logged creates the insurance row if needed."""

    def add_item(self) -> None:
        page = self.page
        if page.case is not None and page.case.insurance is None:
            try:
                page.ctx.workspace.ensure_insurance(page.case)
            except SaveError as exc:
                page.ctx.report_error(exc.message)
                return
        super().add_item()


class InsurancePage(StepPage):
    """Plan numbers, four yes/no/not-known answers, notes, a call script and a call log."""

    key = "insurance"

    def build(self) -> None:
        self.lazy = LazyInsurance(self)
        self.paragraph(
            self.tr(
                "Call your insurer before you book, to check that the second opinion is covered. "
                "Some plans require a second opinion before surgery or some cancer treatments."
            )
        )

        self.section(self.tr("My plan"))
        target = self.insurance_target()
        form = self.form()
        self.plan_name = self.line(form, self.tr("Name of the plan"), target, "plan_name")
        self.member_id = self.line(
            form, self.tr("Member ID (on your insurance card)"), target, "member_id"
        )
        self.group_number = self.line(form, self.tr("Group number"), target, "group_number")
        self.phone = self.line(form, self.tr("Insurer's phone number"), target, "phone")

        self.section(self.tr("What the plan says"))
        # Medicare's rules answer the questions below, so they sit with them.
        self.paragraph(
            self.tr(
                "With Medicare: Part B covers a second opinion before surgery or a major "
                "procedure that is not an emergency, and a third opinion if the first two differ. "
                "Medicare Advantage plans may ask for a referral or for doctors in their network."
            )
        )
        answers = self.form()
        self.requires = self.enum_choice(
            answers, self.tr("Does my plan require a second opinion?"), target,
            "requires_second_opinion", TriState,
        )
        self.covered = self.enum_choice(
            answers, self.tr("Is the second opinion covered?"), target,
            "second_opinion_covered", TriState,
        )
        self.referral = self.enum_choice(
            answers, self.tr("Is a referral needed?"), target, "referral_required", TriState
        )
        self.preauthorization = self.enum_choice(
            answers, self.tr("Is pre-authorization needed?"), target,
            "preauthorization_required", TriState,
        )
        self.notes = self.text(answers, self.tr("Notes"), target, "notes", lines=3)

        self.section(self.tr("When you call, ask"))
        self.script = self.paragraph(
            "\n".join(
                (
                    self.tr("\u2022 Do I need a referral?"),
                    self.tr("\u2022 Do I need prior authorization?"),
                    self.tr("\u2022 Is this doctor in my network?"),
                    self.tr("\u2022 What will my share of the cost be?"),
                    self.tr("\u2022 Are repeat tests covered?"),
                    self.tr(
                        "\u2022 Please give me a reference number for this call, and your name."
                    ),
                )
            )
        )

        self.calls = CallList(
            self,
            name=self.tr("Calls to the insurer"),
            owner=lambda: self.case.insurance if self.case is not None else None,
            collection="calls",
            make_item=self._new_call,
            describe=self.describe_call,
            build_form=self._call_form,
            add_label=self.tr("Log a call"),
            empty_text=self.tr("No calls logged yet."),
        )
        self.content.addWidget(self.calls)
        self.calls.details.setTitle(self.tr("The chosen call"))
        let_choices_narrow(self.inner)

    def insurance_target(self) -> Callable[[], Any]:
        def target() -> Any:
            if self.case is None:
                return None
            return self.case.insurance if self.case.insurance is not None else self.lazy

        return target

    def _new_call(self) -> InsuranceCall:
        from secondopinion_desktop.model import InsuranceCall

        return InsuranceCall()

    def describe_call(self, call: InsuranceCall) -> str:
        parts: list[str] = []
        if call.on is not None:
            parts.append(format_long_date(call.on, self.language))
        if call.spoke_with:
            parts.append(self.tr("spoke with %1").replace("%1", call.spoke_with))
        if call.reference_number:
            parts.append(self.tr("reference %1").replace("%1", call.reference_number))
        return " - ".join(parts)

    def _call_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.date(form, self.tr("Date of the call"), target, "on")
        self.line(form, self.tr("Who I spoke with"), target, "spoke_with")
        self.line(form, self.tr("Reference number"), target, "reference_number")
        self.text(form, self.tr("What they said"), target, "notes", lines=3)

    def refresh(self) -> None:
        self.calls.refresh()

    def on_saved(self) -> None:
        self.calls.relabel()
