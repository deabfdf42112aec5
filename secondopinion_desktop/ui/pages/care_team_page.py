"""The "Care team" step: the primary care doctor, the first doctor and second-opinion candidates."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout

from secondopinion_desktop.model.enums import CareRole, FoundVia, TriState
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.reflow import bound_check_row, let_choices_narrow

if TYPE_CHECKING:
    from secondopinion_desktop.model import CareTeamMember


class CareTeamPage(StepPage):
    """A list of doctors, each with role, contact, how they were found and network status."""

    key = "care_team"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Your primary care doctor coordinates all your care: keep them informed of who "
                "you see and what they say."
            )
        )
        self.doctors = ChildListEditor(
            self,
            name=self.tr("Doctors"),
            owner=self.case_target(),
            collection="care_team",
            make_item=self._new_doctor,
            describe=self.describe_doctor,
            build_form=self._doctor_form,
            add_label=self.tr("Add a doctor"),
            empty_text=self.tr(
                "No doctors listed yet. Start with your primary care doctor."
            ),
            reorderable=True,
            advice=self.tr(
                "You can list several doctors you are thinking of for the second opinion. Good "
                "ways to find one: a referral from your primary care doctor, a recommendation "
                "from friends or family, or your insurer's list of doctors. Choose someone who "
                "does not work closely with the first doctor. If you do not feel at ease with "
                "a doctor, it is fine to switch."
            ),
        )
        self.content.addWidget(self.doctors)
        self.doctors.details.setTitle(self.tr("The chosen doctor"))
        let_choices_narrow(self.inner)

    def _new_doctor(self) -> CareTeamMember:
        from secondopinion_desktop.model import CareTeamMember

        roles = {member.role for member in self.case.care_team} if self.case else set()
        if not roles:
            return CareTeamMember(
                role=CareRole.PRIMARY_CARE, keep_informed=True, in_network=TriState.UNKNOWN
            )
        if CareRole.PRIMARY_CARE in roles and CareRole.FIRST_OPINION not in roles:
            role = CareRole.FIRST_OPINION
        else:
            role = CareRole.SECOND_OPINION
        return CareTeamMember(role=role, keep_informed=False, in_network=TriState.UNKNOWN)

    def describe_doctor(self, member: CareTeamMember) -> str:
        name = (member.name or "").strip() or self.tr("(no name yet)")
        text = self.tr("%1 - %2").replace("%1", name).replace("%2", self.describe(member.role))
        if member.specialty:
            text += self.tr(", %1").replace("%1", member.specialty)
        if member.keep_informed:
            text += self.tr(" (kept informed)")
        return text

    def _doctor_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.enum_choice(form, self.tr("Role in my care"), target, "role", CareRole)
        self.line(form, self.tr("Doctor's name"), target, "name")
        self.line(
            form, self.tr("Specialty"), target, "specialty",
            placeholder=self.tr("for example orthopedic surgeon"),
        )
        self.line(form, self.tr("Hospital or practice"), target, "organization")
        self.line(form, self.tr("Phone"), target, "phone")
        self.line(form, self.tr("Fax"), target, "fax")
        self.line(form, self.tr("Email"), target, "email")
        self.text(form, self.tr("Address"), target, "address", lines=3)
        self.enum_choice(
            form, self.tr("How I found this doctor"), target, "found_via", FoundVia,
            allow_none=self.tr("Not chosen"),
        )
        self.enum_choice(
            form, self.tr("In my insurance network?"), target, "in_network", TriState
        )
        bound_check_row(self, form, self.tr("Keep this doctor informed"), target, "keep_informed")

    def refresh(self) -> None:
        self.doctors.refresh()

    def on_saved(self) -> None:
        self.doctors.relabel()
