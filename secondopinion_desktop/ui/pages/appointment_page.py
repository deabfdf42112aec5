"""Placeholder for the "Appointment and companion" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class AppointmentPage(StepPage):
    key = "appointment"

    def title(self) -> str:
        return self.tr("Appointment and companion")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
