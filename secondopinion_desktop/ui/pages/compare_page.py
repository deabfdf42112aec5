"""Placeholder for the "Compare opinions" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class ComparePage(StepPage):
    key = "compare"

    def title(self) -> str:
        return self.tr("Compare opinions")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
