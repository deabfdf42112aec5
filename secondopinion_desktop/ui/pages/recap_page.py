"""The "Recap of the visit" step: what was said, the answers, telling the PCP."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from secondopinion_desktop.model.case_queries import primary_care_doctor
from secondopinion_desktop.model.dates import format_when_here
from secondopinion_desktop.ui.fields import Binding
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.page_parts import (
    case_print_panel,
    plain_label,
)

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment


class RecapPage(StepPage):
    key = "recap"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Write down what was said as soon as you can after the visit, while you remember "
                "it. Near the end of the visit it helps to ask: \u201cIs this the diagnosis? Are "
                "these my choices?\u201d"
            )
        )
        self.visit_line = plain_label(self.inner)
        self.content.addWidget(self.visit_line)
        nav = QHBoxLayout()
        self.appointment_button = QPushButton(self.tr("Go to the Appointment step"), self.inner)
        self.appointment_button.setAutoDefault(False)
        self.appointment_button.clicked.connect(lambda: self.ctx.go_to_step("appointment"))
        nav.addWidget(self.appointment_button)
        nav.addStretch(1)
        self.content.addLayout(nav)

        self.recap_holder = QWidget(self.inner)
        recap_layout = QVBoxLayout(self.recap_holder)
        recap_layout.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.recap_holder)
        form = self.form(recap_layout, self.recap_holder)
        target = self._appointment
        self.text(
            form, self.tr("The diagnosis, as I understood it"), target,
            "recap_diagnosis_as_understood", lines=3,
        )
        self.text(form, self.tr("My choices"), target, "recap_choices", lines=3)
        self.next_steps = self.text(
            form, self.tr("Next steps"), target, "recap_next_steps", lines=3
        )

        self.section(self.tr("Answers to my questions"), recap_layout)
        self.no_questions = plain_label(
            self.recap_holder, self.tr("You had no questions on your list for this visit.")
        )
        recap_layout.addWidget(self.no_questions)
        self.answers_area = QVBoxLayout()
        recap_layout.addLayout(self.answers_area)
        self.answers_holder: QWidget | None = None
        self.answer_bindings: list[Binding] = []
        self._answers_for: tuple[Any, ...] | None = None

        self.section(self.tr("Keep your primary care doctor informed"), recap_layout)
        self.pcp_line = plain_label(self.recap_holder)
        recap_layout.addWidget(self.pcp_line)
        pcp_nav = QHBoxLayout()
        self.care_team_button = QPushButton(self.tr("Go to the Care team step"), self.recap_holder)
        self.care_team_button.setAutoDefault(False)
        self.care_team_button.clicked.connect(lambda: self.ctx.go_to_step("care_team"))
        pcp_nav.addWidget(self.care_team_button)
        pcp_nav.addStretch(1)
        recap_layout.addLayout(pcp_nav)
        pcp_form = self.form(recap_layout, self.recap_holder)
        self.pcp_date = self.date(
            pcp_form, self.tr("I told my primary care doctor on"), target, "recap_pcp_informed_on"
        )
        self.section(self.tr("Letter to my primary care doctor"), recap_layout)
        self.printout = case_print_panel(self, "pcp-letter")
        self.printout.setMinimumHeight(self.fontMetrics().lineSpacing() * 30)
        recap_layout.addWidget(self.printout)

    def _appointment(self) -> Appointment | None:
        from secondopinion_desktop.model.case_queries import visited_appointment

        return visited_appointment(self.case)

    # -- the answers, one row per question ----------------------------------------------------
    def _rebuild_answers(self) -> None:
        questions = list(self.case.questions) if self.case is not None else []
        shape = tuple((id(q), q.text) for q in questions)
        if shape == self._answers_for:
            return
        for binding in self.answer_bindings:
            flush = getattr(binding, "flush", None)
            if flush is not None:
                flush()
            self.bindings.remove(binding)
        self.answer_bindings = []
        if self.answers_holder is not None:
            self.answers_area.removeWidget(self.answers_holder)
            self.answers_holder.hide()
            self.answers_holder.deleteLater()
        holder = QWidget(self.recap_holder)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        before = len(self.bindings)
        for number, question in enumerate(questions, start=1):
            text = (question.text or "").strip() or self.tr("(question not written yet)")
            mark = self.tr(" (must ask)") if question.must_ask else ""
            heading = plain_label(holder, f"{number}. {text}{mark}")
            heading.setObjectName("sectionHeading")
            column.addWidget(heading)
            form = self.form(column, holder)
            target = _fixed(question)
            asked = self.tr("Asked question %1").replace("%1", str(number))
            self.check(form, asked, target, "asked")
            self.text(
                form, self.tr("Answer to question %1").replace("%1", str(number)), target,
                "answer", lines=2,
            )
        self.answer_bindings = self.bindings[before:]
        # Rows made later join the end of the focus chain; put them back where they are seen.
        chain: list[QWidget] = [self.next_steps]
        for binding in self.answer_bindings:
            widget = getattr(binding, "widget", None)
            if isinstance(widget, QWidget):
                chain.append(widget)
        chain.append(self.pcp_date)  # the field itself: Qt hands focus on to its line
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.answers_area.addWidget(holder)
        # Rebuilt while the page is on screen (the window reopens on this step), a new row
        # would otherwise wait for the event loop before it shows.
        holder.show()
        self.answers_holder = holder
        self._answers_for = shape
        self.no_questions.setVisible(not questions)
        for binding in self.answer_bindings:
            binding.load()

    # -- life cycle -----------------------------------------------------------------------
    def set_case(self, case: Any) -> None:
        self._answers_for = None
        super().set_case(case)

    def refresh(self) -> None:
        appointment = self._appointment()
        self.recap_holder.setVisible(appointment is not None)
        self.appointment_button.setVisible(appointment is None)
        if appointment is None:
            self.visit_line.setText(
                self.tr(
                    "The recap belongs to your appointment. Add the appointment in the "
                    "Appointment step first."
                )
            )
        else:
            when = format_when_here(appointment.starts_at, self.language)
            who = appointment.with_doctor or self.tr("the doctor")
            text = (
                self.tr("This recap is for your visit with %1 on %2.")
                if when
                else self.tr("This recap is for your visit with %1.")
            )
            self.visit_line.setText(text.replace("%1", who).replace("%2", when))
        self._rebuild_answers()
        self._show_pcp()
        self.printout.invalidate()

    def on_saved(self) -> None:
        self.printout.invalidate()

    def _show_pcp(self) -> None:
        pcp = primary_care_doctor(self.case)
        self.care_team_button.setVisible(pcp is None)
        if pcp is None:
            self.pcp_line.setText(
                self.tr(
                    "Your primary care doctor coordinates your care, so tell them who you saw and "
                    "what was said. Add them to your care team to have their name and phone here."
                )
            )
            return
        name = pcp.name or self.tr("your primary care doctor")
        text = self.tr(
            "Your primary care doctor coordinates your care: tell %1 who you saw and what was "
            "said, by phone or with the letter below."
        ).replace("%1", name)
        if pcp.phone:
            text += " " + self.tr("Phone: %1.").replace("%1", pcp.phone)
        self.pcp_line.setText(text)

def _fixed(obj: Any) -> Any:
    return lambda: obj
