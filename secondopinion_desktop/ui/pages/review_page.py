"""Placeholder for the "Review and print" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class ReviewPage(StepPage):
    key = "review"

    def title(self) -> str:
        return self.tr("Review and print")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
