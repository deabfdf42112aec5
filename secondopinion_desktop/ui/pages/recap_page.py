"""Placeholder for the "Recap of the visit" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class RecapPage(StepPage):
    key = "recap"

    def title(self) -> str:
        return self.tr("Recap of the visit")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
