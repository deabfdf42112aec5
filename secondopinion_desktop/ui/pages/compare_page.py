"""The "Compare opinions" step: each opinion entered, then all of them side by side."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.model.enums import Comparison
from secondopinion_desktop.ui.fields import Choice
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.page_parts import (
    case_print_panel,
    notice,
    ordinal_words,
    plain_label,
    show_notice,
    shrinkable,
)
from secondopinion_desktop.ui.question_bank import normalized

if TYPE_CHECKING:
    from secondopinion_desktop.model import Opinion

MAX_ORDINAL = 5


def opinions_disagree(opinions: Sequence[Opinion]) -> bool:
    """True when any opinion differs from the first, or two written diagnoses are not the same."""
    if any(o.compared_to_first == Comparison.CHANGED for o in opinions):
        return True
    diagnoses = {normalized(o.diagnosis or "") for o in opinions} - {""}
    return len(diagnoses) > 1


class ComparePage(StepPage):
    key = "compare"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Write down what each doctor told you: the first opinion, the second, and a third "
                "if you get one. Then look at them side by side below."
            )
        )
        self.editor = ChildListEditor(
            self,
            name=self.tr("The opinions I have had"),
            owner=self.case_target(),
            collection="opinions",
            make_item=self._new_opinion,
            describe=self._describe,
            build_form=self._build_form,
            add_label=self.tr("Add an opinion"),
            empty_text=self.tr("No opinions yet. Start with the first doctor's opinion."),
            reorderable=False,
        )
        self.content.addWidget(self.editor)

        self.section(self.tr("Side by side"))
        # What second opinions tend to change, read where the opinions are set side by side.
        self.paragraph(
            self.tr(
                "A second opinion often adds something: at one major clinic, about 21 in 100 "
                "people who asked for one left with a new diagnosis, and 66 in 100 with a more "
                "precise one."
            )
        )
        self.disagree_note = notice(self.inner)
        self.content.addWidget(self.disagree_note)
        self.side_empty = self.paragraph(
            self.tr("The opinions appear here side by side once you have entered them.")
        )
        self.side_area = QVBoxLayout()
        self.content.addLayout(self.side_area)
        self._new_grid()
        self.section(self.tr("Print the opinions side by side"))
        self.printout = case_print_panel(self, "comparison")
        self.printout.setMinimumHeight(self.fontMetrics().lineSpacing() * 30)
        self.content.addWidget(self.printout)

    def _new_grid(self) -> None:
        # A fresh grid each time: a QGridLayout never forgets rows and columns it once had.
        self.grid_holder = QFrame(self.inner)
        self.grid_holder.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.side_area.addWidget(self.grid_holder)

    # -- entering opinions ------------------------------------------------------------------
    def _new_opinion(self) -> Opinion:
        from secondopinion_desktop.model import Opinion

        taken = {o.ordinal for o in self.case.opinions} if self.case is not None else set()
        ordinal = next((n for n in range(1, MAX_ORDINAL + 1) if n not in taken), MAX_ORDINAL)
        return Opinion(ordinal=ordinal)

    def _describe(self, opinion: Any) -> str:
        head = ordinal_words(opinion.ordinal or 1, self.language)
        if opinion.doctor:
            return f"{head} \u2014 {opinion.doctor}"
        return head

    def _build_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        ordinals = [
            Choice(ordinal_words(n, self.language), n) for n in range(1, MAX_ORDINAL + 1)
        ]
        shrinkable(self.choice(form, self.tr("Which opinion"), target, "ordinal", ordinals))
        self.line(form, self.tr("Doctor"), target, "doctor")
        self.date(form, self.tr("Date of the opinion"), target, "on")
        self.text(form, self.tr("Diagnosis"), target, "diagnosis", lines=3)
        self.text(
            form, self.tr("Recommended treatment"), target, "recommended_treatment", lines=3
        )
        self.text(form, self.tr("Other options mentioned"), target, "other_options", lines=3)
        shrinkable(self.enum_choice(
            form, self.tr("Compared to the first opinion"), target, "compared_to_first",
            Comparison, allow_none=self.tr("Not chosen (or this is the first opinion)"),
        ))
        self.text(form, self.tr("Notes"), target, "notes", lines=3)

    # -- side by side -----------------------------------------------------------------------
    def _ordered(self) -> list[Opinion]:
        opinions = list(self.case.opinions) if self.case is not None else []
        return sorted(opinions, key=lambda o: (o.ordinal or 0, opinions.index(o)))

    def _rebuild_grid(self) -> None:
        self.side_area.removeWidget(self.grid_holder)
        self.grid_holder.hide()
        self.grid_holder.deleteLater()
        self._new_grid()
        opinions = self._ordered()
        self.grid_holder.setVisible(bool(opinions))
        self.side_empty.setVisible(not opinions)
        rows: list[tuple[str, Callable[[Opinion], str]]] = [
            (self.tr("Doctor"), lambda o: o.doctor or ""),
            (self.tr("Date"), lambda o: format_long_date(o.on, self.language)),
            (self.tr("Diagnosis"), lambda o: o.diagnosis or ""),
            (self.tr("Recommended treatment"), lambda o: o.recommended_treatment or ""),
            (self.tr("Other options"), lambda o: o.other_options or ""),
            (
                self.tr("Compared to the first"),
                lambda o: self.describe(o.compared_to_first) if o.compared_to_first else "",
            ),
        ]
        for column, opinion in enumerate(opinions, start=1):
            head = self._cell(ordinal_words(opinion.ordinal or 1, self.language), bold=True)
            self.grid.addWidget(head, 0, column)
            self.grid.setColumnStretch(column, 1)
        for row, (caption, value) in enumerate(rows, start=1):
            self.grid.addWidget(self._cell(caption, bold=True), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, opinion in enumerate(opinions, start=1):
                shown = value(opinion) or self.tr("(not written)")
                if row == len(rows) and column == 1 and not opinion.compared_to_first:
                    shown = self.tr("(this is the first)")
                self.grid.addWidget(self._cell(shown), row, column, Qt.AlignmentFlag.AlignTop)
        disagree = opinions_disagree(opinions)
        show_notice(
            self.disagree_note,
            self.tr(
                "The opinions disagree. Asking for a third opinion is reasonable and common; "
                "Medicare Part B covers a third opinion when the first two differ."
            )
            if disagree
            else "",
        )

    def _cell(self, text: str, *, bold: bool = False) -> QWidget:
        cell: QLabel = plain_label(self.grid_holder, text)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        return cell

    def side_by_side(self) -> list[list[str]]:
        """The table as shown, row by row (for the tests and for reading back)."""
        rows = self.grid.rowCount()
        columns = self.grid.columnCount()
        table = []
        for row in range(rows):
            line = []
            for column in range(columns):
                item = self.grid.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                line.append(widget.text() if isinstance(widget, QLabel) else "")
            table.append(line)
        return table

    # -- life cycle -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.editor.refresh()
        self._rebuild_grid()
        self.printout.invalidate()

    def on_saved(self) -> None:
        self.editor.relabel()
        self._rebuild_grid()
        self.printout.invalidate()
