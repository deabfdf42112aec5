"""Placeholder for the "About me" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class PersonPage(StepPage):
    key = "person"

    def title(self) -> str:
        return self.tr("About me")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
