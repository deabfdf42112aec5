"""Placeholder for the "Insurance" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class InsurancePage(StepPage):
    key = "insurance"

    def title(self) -> str:
        return self.tr("Insurance")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
