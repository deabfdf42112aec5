"""The "About me" step: the person, their medicines, allergies and other conditions."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

from secondopinion_desktop.ui.fields import LineBinding
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor

if TYPE_CHECKING:
    from secondopinion_desktop.model import Allergy, Condition, Medication, Person


_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?")
# Qt names a bare code after its first country ("American English", "español de España").
_OWN_NAMES = {"en": "English", "es": "Español"}


def language_name(value: str | None) -> str:
    """A language as people say it: "en" -> "English", "es" -> "Español"; words stay as typed.

    Case files may hold a code (the example case does); the window shows the language's own
    name for it instead.
    """
    text = (value or "").strip()
    if not _LANGUAGE_CODE.fullmatch(text):
        return text
    if text.lower() in _OWN_NAMES:
        return _OWN_NAMES[text.lower()]
    locale = QLocale(text.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return text
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else text


class LanguageBinding(LineBinding):
    """The preferred language, shown by its name; a stored code is kept until it is changed."""

    def show_value(self, value: Any) -> None:
        super().show_value(language_name(value))

    def read_value(self) -> Any:
        typed = super().read_value()
        obj = self.target()
        stored = getattr(obj, self.attribute, None) if obj is not None else None
        if typed is not None and stored and typed.strip() == language_name(stored):
            return stored
        return typed


class NameBinding(LineBinding):
    """A full name: never saved empty; the name saved before stays until a new one is written."""

    def read_value(self) -> Any:
        text = self.widget.text().strip()
        if not text:
            obj = self.target()
            old = getattr(obj, self.attribute, "") if obj is not None else ""
            if old:
                raise ValueError(
                    self.tr(
                        "Please write the full name. Until you do, the name \u201c%1\u201d is kept."
                    ).replace("%1", old)
                )
            raise ValueError(self.tr("Please write the full name."))
        return text


class PersonPage(StepPage):
    """Belongs to the person, so it is the same in every one of their cases."""

    key = "person"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "This page is about the person the second opinion is for. It is shared by all "
                "of their cases, so you only fill it in once."
            )
        )
        target = self.person_target()
        form = self.form()
        self.full_name = QLineEdit()
        problem = self._row(form, self.tr("Full name"), self.full_name)
        self.bindings.append(
            NameBinding(self.full_name, self.ctx, target, "full_name", problem, required=True)
        )
        self.date_of_birth = self.date(form, self.tr("Date of birth"), target, "date_of_birth")
        self.phone = self.line(form, self.tr("Phone"), target, "phone")
        self.email = self.line(form, self.tr("Email"), target, "email")
        self.preferred_language = QLineEdit()
        self.preferred_language.setPlaceholderText(self.tr("for example English or Spanish"))
        problem = self._row(form, self.tr("Preferred language"), self.preferred_language)
        self.bindings.append(
            LanguageBinding(
                self.preferred_language, self.ctx, target, "preferred_language", problem
            )
        )

        self.medicines = ChildListEditor(
            self,
            name=self.tr("Medicines"),
            owner=self.person_target(),
            collection="medications",
            make_item=self._new_medicine,
            describe=self.describe_medicine,
            build_form=self._medicine_form,
            add_label=self.tr("Add a medicine"),
            empty_text=self.tr("No medicines listed yet."),
            reorderable=True,
        )
        self.content.addWidget(self.medicines)
        self.medicines.details.setTitle(self.tr("The chosen medicine"))
        self.hint(
            self.medicines,
            self.tr(
                "List everything you take, including vitamins, supplements and medicines bought "
                "without a prescription: the name, the dose, how often, and why you take it. "
                "Put the most important first."
            ),
        )

        self.allergies = ChildListEditor(
            self,
            name=self.tr("Allergies"),
            owner=self.person_target(),
            collection="allergies",
            make_item=self._new_allergy,
            describe=self.describe_allergy,
            build_form=self._allergy_form,
            add_label=self.tr("Add an allergy"),
            empty_text=self.tr("No allergies listed yet."),
        )
        self.content.addWidget(self.allergies)
        self.allergies.details.setTitle(self.tr("The chosen allergy"))

        self.conditions = ChildListEditor(
            self,
            name=self.tr("Other conditions"),
            owner=self.person_target(),
            collection="conditions",
            make_item=self._new_condition,
            describe=self.describe_condition,
            build_form=self._condition_form,
            add_label=self.tr("Add a condition"),
            empty_text=self.tr("No other conditions listed yet."),
        )
        self.content.addWidget(self.conditions)
        self.conditions.details.setTitle(self.tr("The chosen condition"))
        self.hint(
            self.conditions,
            self.tr("Other health problems you have, such as diabetes or high blood pressure."),
        )

    def hint(self, editor: ChildListEditor, text: str) -> QLabel:
        """A line of advice under a list's heading, before the list itself."""
        label = QLabel(text, editor)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout = editor.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, label)
        return label

    def person_target(self) -> Callable[[], Person | None]:
        return lambda: self.case.person if self.case is not None else None

    # -- lists --------------------------------------------------------------------------
    def _new_medicine(self) -> Medication:
        from secondopinion_desktop.model import Medication

        return Medication()

    def _new_allergy(self) -> Allergy:
        from secondopinion_desktop.model import Allergy

        return Allergy()

    def _new_condition(self) -> Condition:
        from secondopinion_desktop.model import Condition

        return Condition()

    def describe_medicine(self, item: Medication) -> str:
        parts = [p for p in (item.name, item.dose, item.how_often) if p and p.strip()]
        return ", ".join(parts)

    def describe_allergy(self, item: Allergy) -> str:
        if item.substance and item.reaction:
            return self.tr("%1 (%2)").replace("%1", item.substance).replace("%2", item.reaction)
        return item.substance or ""

    def describe_condition(self, item: Condition) -> str:
        if item.name and item.since:
            return self.tr("%1, since %2").replace("%1", item.name).replace("%2", item.since)
        return item.name or ""

    def _medicine_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.line(form, self.tr("Name of the medicine"), target, "name")
        self.line(
            form, self.tr("Dose"), target, "dose", placeholder=self.tr("for example 10 mg")
        )
        self.line(
            form, self.tr("How often"), target, "how_often",
            placeholder=self.tr("for example once a day, with breakfast"),
        )
        self.line(form, self.tr("Why I take it"), target, "reason")

    def _allergy_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.line(
            form, self.tr("Allergic to"), target, "substance",
            placeholder=self.tr("for example penicillin"),
        )
        self.line(form, self.tr("What happens (the reaction)"), target, "reaction")

    def _condition_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.line(form, self.tr("Condition"), target, "name")
        self.line(
            form, self.tr("Since when"), target, "since",
            placeholder=self.tr("for example 2019, or since childhood"),
        )

    # -- step life cycle ----------------------------------------------------------------
    def refresh(self) -> None:
        for editor in (self.medicines, self.allergies, self.conditions):
            editor.refresh()

    def on_saved(self) -> None:
        for editor in (self.medicines, self.allergies, self.conditions):
            editor.relabel()
