"""Placeholder for the "Decision" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class DecisionPage(StepPage):
    key = "decision"

    def title(self) -> str:
        return self.tr("Decision")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
