"""The steps of a case, in order, with the page class that shows each."""

from __future__ import annotations

from dataclasses import dataclass

from secondopinion_desktop.ui.pages.appointment_page import AppointmentPage
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.care_team_page import CareTeamPage
from secondopinion_desktop.ui.pages.compare_page import ComparePage
from secondopinion_desktop.ui.pages.decision_page import DecisionPage
from secondopinion_desktop.ui.pages.diagnosis_page import DiagnosisPage
from secondopinion_desktop.ui.pages.insurance_page import InsurancePage
from secondopinion_desktop.ui.pages.person_page import PersonPage
from secondopinion_desktop.ui.pages.questions_page import QuestionsPage
from secondopinion_desktop.ui.pages.recap_page import RecapPage
from secondopinion_desktop.ui.pages.records_page import RecordsPage
from secondopinion_desktop.ui.pages.review_page import ReviewPage


@dataclass(frozen=True)
class Step:
    page: type[StepPage]
    after_visit: bool = False


STEPS: tuple[Step, ...] = (
    Step(DiagnosisPage),
    Step(PersonPage),
    Step(CareTeamPage),
    Step(InsurancePage),
    Step(RecordsPage),
    Step(QuestionsPage),
    Step(AppointmentPage),
    Step(ReviewPage),
    Step(RecapPage, after_visit=True),
    Step(ComparePage, after_visit=True),
    Step(DecisionPage, after_visit=True),
)
