"""Placeholder for the "About the diagnosis" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class DiagnosisPage(StepPage):
    key = "diagnosis"

    def title(self) -> str:
        return self.tr("About the diagnosis")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
