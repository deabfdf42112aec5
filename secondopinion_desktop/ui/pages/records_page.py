"""Placeholder for the "Records" step; replaced by its page."""

from __future__ import annotations

from secondopinion_desktop.ui.pages.base import StepPage


class RecordsPage(StepPage):
    key = "records"

    def title(self) -> str:
        return self.tr("Records")

    def build(self) -> None:
        self.paragraph(self.tr("This step is being built."))
