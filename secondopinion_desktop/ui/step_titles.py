"""Each step's name, known before its page is built: the step list names every step at start."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The translation context stays the page's class name, as when each page named itself.
_TITLES: dict[str, tuple[str, object]] = {
    "diagnosis": ("DiagnosisPage", QT_TRANSLATE_NOOP("DiagnosisPage", "About the diagnosis")),
    "person": ("PersonPage", QT_TRANSLATE_NOOP("PersonPage", "About me")),
    "care_team": ("CareTeamPage", QT_TRANSLATE_NOOP("CareTeamPage", "Care team")),
    "insurance": ("InsurancePage", QT_TRANSLATE_NOOP("InsurancePage", "Insurance")),
    "records": ("RecordsPage", QT_TRANSLATE_NOOP("RecordsPage", "Medical records")),
    "questions": ("QuestionsPage", QT_TRANSLATE_NOOP("QuestionsPage", "Questions to ask")),
    "appointment": (
        "AppointmentPage",
        QT_TRANSLATE_NOOP("AppointmentPage", "Appointment and companion"),
    ),
    "review": ("ReviewPage", QT_TRANSLATE_NOOP("ReviewPage", "Review and print")),
    "recap": ("RecapPage", QT_TRANSLATE_NOOP("RecapPage", "Recap of the visit")),
    "compare": ("ComparePage", QT_TRANSLATE_NOOP("ComparePage", "Compare opinions")),
    "decision": ("DecisionPage", QT_TRANSLATE_NOOP("DecisionPage", "Decision")),
}


def step_title(key: str) -> str:
    """The name of the step ``key`` in the window's language."""
    context, words = _TITLES[key]
    return QCoreApplication.translate(context, str(words))
