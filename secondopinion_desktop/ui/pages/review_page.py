"""The "Review and print" step (GUIDE G11): what is still missing, and the summary to print."""

from __future__ import annotations

from typing import Any

from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.page_parts import case_print_panel
from secondopinion_desktop.ui.readiness_panel import ReadinessPanel


class ReviewPage(StepPage):
    key = "review"

    def title(self) -> str:
        return self.tr("Review and print")

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Before the visit, check what is still missing, then print the visit summary. "
                "Bring one copy for yourself, one for the person who comes with you, and one to "
                "give the doctor."
            )
        )
        self.paragraph(
            self.tr(
                "The summary ends with a box for the last 15 minutes of the visit. Use it to ask: "
                "\u201cIs this the diagnosis? Are these my choices?\u201d and write the answers."
            )
        )
        self.readiness = ReadinessPanel(self.ctx.go_to_step, self.language, self.inner)
        self.content.addWidget(self.readiness)
        self.section(self.tr("Print the visit summary"))
        self.printout = case_print_panel(self, "summary")
        self.printout.setMinimumHeight(self.fontMetrics().lineSpacing() * 30)
        self.content.addWidget(self.printout)

    def missing(self) -> list[Any]:
        """What is still missing before the visit (empty when all is ready)."""
        from secondopinion_desktop.services.readiness import still_to_do

        return still_to_do(self.case) if self.case is not None else []

    def refresh(self) -> None:
        self.readiness.show_case(self.case)
        self.printout.invalidate()

    def on_saved(self) -> None:
        self.readiness.show_case(self.case)
        self.printout.invalidate()

    def is_done(self) -> bool:
        # Done when nothing is missing before the visit: the summary then prints complete.
        return self.case is not None and not self.missing()
