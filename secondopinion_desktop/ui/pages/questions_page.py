"""Placeholder for the "Questions" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class QuestionsPage(StepPage):
    key = "questions"

    def title(self) -> str:
        return self.tr("Questions")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
