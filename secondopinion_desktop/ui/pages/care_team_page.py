"""Placeholder for the "Care team" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class CareTeamPage(StepPage):
    key = "care_team"

    def title(self) -> str:
        return self.tr("Care team")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
