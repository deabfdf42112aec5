"""The steps of a case, in order, and where the page class that shows each one lives.

A page's module is imported only when its page is first built: importing all eleven at start
was about 1.8 MiB and many Qt enums for pages most starts never show.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from secondopinion_desktop.ui.step_titles import step_title

if TYPE_CHECKING:
    from secondopinion_desktop.ui.pages.base import StepPage

_PAGES = "secondopinion_desktop.ui.pages"


@dataclass(frozen=True)
class Step:
    key: str
    # "module:Class" under ui/pages/.
    page_at: str
    after_visit: bool = False

    def title(self) -> str:
        return step_title(self.key)

    @property
    def page(self) -> type[StepPage]:
        """The page class (its module is imported now if it was not yet)."""
        module, name = self.page_at.split(":")
        page: type[StepPage] = getattr(importlib.import_module(f"{_PAGES}.{module}"), name)
        return page


STEPS: tuple[Step, ...] = (
    Step("diagnosis", "diagnosis_page:DiagnosisPage"),
    Step("person", "person_page:PersonPage"),
    Step("care_team", "care_team_page:CareTeamPage"),
    Step("insurance", "insurance_page:InsurancePage"),
    Step("records", "records_page:RecordsPage"),
    Step("questions", "questions_page:QuestionsPage"),
    Step("appointment", "appointment_page:AppointmentPage"),
    Step("review", "review_page:ReviewPage"),
    Step("recap", "recap_page:RecapPage", after_visit=True),
    Step("compare", "compare_page:ComparePage", after_visit=True),
    Step("decision", "decision_page:DecisionPage", after_visit=True),
)
