"""The "Questions to ask" step: the person's questions in order, and a bank of ideas."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secondopinion_desktop.storage.errors import SaveError
from secondopinion_desktop.ui import focus
from secondopinion_desktop.ui.pages.base import StepPage
from secondopinion_desktop.ui.pages.child_list import ChildListEditor
from secondopinion_desktop.ui.pages.page_parts import plain_label
from secondopinion_desktop.ui.question_bank import (
    BankQuestion,
    load_bank,
    normalized,
    suggested_for,
)

if TYPE_CHECKING:
    from secondopinion_desktop.model import Question

TOPIC_ROLE = Qt.ItemDataRole.UserRole
BASE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class WrapDelegate(QStyledItemDelegate):
    """Measures each row for its text wrapped to the visible width, so nothing is cut off."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return base
        depth = 2 if index.parent().isValid() else 1
        indicator = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        width = view.viewport().width() - view.indentation() * depth - indicator - 24
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = metrics.boundingRect(
            QRect(0, 0, max(width, 80), 100_000), Qt.TextFlag.TextWordWrap, text
        ).height()
        return QSize(base.width(), max(base.height(), needed + 10))


class WrappingTree(QTreeWidget):
    """A tree whose long lines wrap: rows are measured again whenever the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrapDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()


class QuestionsPage(StepPage):
    key = "questions"

    def build(self) -> None:
        self.paragraph(
            self.tr(
                "Write your questions down before the visit, so none is forgotten. Put them in "
                "order of importance: the most important first, because visits can run short. "
                "Mark the ones you must not leave without asking."
            )
        )
        self.editor = ChildListEditor(
            self,
            name=self.tr("My questions, in the order I will ask them"),
            owner=self.case_target(),
            collection="questions",
            make_item=self._new_question,
            describe=self._describe,
            build_form=self._build_form,
            add_label=self.tr("Add my own question"),
            empty_text=self.tr(
                "No questions yet. Add your own, or choose some from the suggestions below."
            ),
            reorderable=True,
        )
        self.content.addWidget(self.editor)
        self.paragraph(
            self.tr(
                "To change the order, choose a question and press Move up or Move down "
                "(or Alt+Up and Alt+Down), or drag it with the mouse."
            )
        )

        self._build_suggested()

        self.section(self.tr("Suggested questions"))
        self.paragraph(
            self.tr(
                "Tick the ones you want, then press \u201cAdd the chosen questions\u201d. "
                "They go to the end of your list; questions already on it are not added twice."
            )
        )
        self.bank_caption = QLabel(self.tr("Suggested questions by topic"), self.inner)
        self.bank_caption.setWordWrap(True)
        self.bank = WrappingTree(self.inner)
        self.bank.setHeaderHidden(True)
        self.bank.setWordWrap(True)
        self.bank.setUniformRowHeights(False)
        # Whole questions, wrapped, never cut off with "...".
        self.bank.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.bank.header().setStretchLastSection(True)
        self.bank.setAccessibleName(self.tr("Suggested questions by topic"))
        self.bank_caption.setBuddy(self.bank)
        self.bank.setMinimumHeight(self.bank.fontMetrics().lineSpacing() * 16)
        self.content.addWidget(self.bank_caption)
        self.content.addWidget(self.bank)
        # Each suggestion of the bank with its words and the form they are compared in.
        self._bank_words: list[tuple[QTreeWidgetItem, str, str]] = []
        self._fill_bank()
        row = QHBoxLayout()
        self.add_chosen_button = QPushButton(self.tr("Add the chosen questions"), self.inner)
        self.add_chosen_button.setAutoDefault(False)
        self.add_chosen_button.clicked.connect(self.add_chosen)
        row.addWidget(self.add_chosen_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.bank_result = plain_label(self.inner)
        self.bank_result.setVisible(False)
        self.content.addWidget(self.bank_result)

    # -- suggested for the person's reasons ------------------------------------------------
    def _build_suggested(self) -> None:
        self.section(self.tr("Suggested for your reasons"))
        self.suggested_intro = plain_label(self.inner)
        self.content.addWidget(self.suggested_intro)
        self.suggested_holder = QWidget(self.inner)
        self.suggested_area = QVBoxLayout(self.suggested_holder)
        self.suggested_area.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.suggested_holder)
        self.suggested_result = plain_label(self.inner)
        self.suggested_result.setVisible(False)
        self.content.addWidget(self.suggested_result)
        self._rows: list[tuple[BankQuestion, QLabel, QPushButton]] = []
        # The suggestions on the list when both kinds of marks were last set.
        self._marked_for: frozenset[str] | None = None
        self._suggested_for: tuple[str, ...] | None = None
        self._suggested_box: QWidget | None = None

    @property
    def suggested_rows(self) -> list[tuple[BankQuestion, QLabel, QPushButton]]:
        """The rows shown now: (suggestion, its words, its Add button)."""
        box = self._suggested_box
        return self._rows if box is not None and not box.isHidden() else []

    def suggestions(self) -> list[BankQuestion]:
        """The bank's questions for the reasons ticked on the diagnosis step, in order."""
        if self.case is None:
            return []
        return suggested_for([reason.code for reason in self.case.reasons], self.language)

    def _rebuild_suggested(self) -> None:
        entries = self.suggestions()
        keys = tuple(entry.key for entry in entries)
        # Rows are made again only for other suggestions: switching to no case and back to
        # the same one (or to a case with the same reasons) keeps them, which keeps it quick.
        if keys and keys != self._suggested_for:
            self._suggested_for = keys
            self._fill_suggested(entries)
        if self._suggested_box is not None:
            self._suggested_box.setVisible(bool(keys))
        self._show_suggested_intro(entries)
        self._mark_suggested()

    def _fill_suggested(self, entries: list[BankQuestion]) -> None:
        if self._suggested_box is not None:
            self.suggested_area.removeWidget(self._suggested_box)
            self._suggested_box.hide()
            self._suggested_box.deleteLater()
        box = QWidget(self.suggested_holder)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self._rows = []
        for entry in entries:
            row = QHBoxLayout()
            words = plain_label(box, entry.text)
            button = QPushButton(self.tr("Add"), box)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, e=entry: self.add_suggested(e))
            row.addWidget(words, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            column.addLayout(row)
            self._rows.append((entry, words, button))
        self.suggested_area.addWidget(box)
        self._suggested_box = box
        self._order_suggested_tabs()

    def _show_suggested_intro(self, entries: list[BankQuestion]) -> None:
        if self.case is None or not self.case.reasons:
            self.suggested_intro.setText(
                self.tr(
                    "Tick why you want another opinion on the step \u201cAbout the "
                    "diagnosis\u201d, and questions that fit your reasons will appear here."
                )
            )
        elif not entries:
            self.suggested_intro.setText(
                self.tr("The bank has no questions for the reasons you gave; see the topics below.")
            )
        else:
            from secondopinion_desktop.model.catalog import label

            reasons = "; ".join(label(reason.code, self.language) for reason in self.case.reasons)
            self.suggested_intro.setText(
                self.tr("Because you said: %1. Press \u201cAdd\u201d to put a question at the end "
                        "of your list.").replace("%1", reasons)
            )

    def _order_suggested_tabs(self) -> None:
        # Rows made later join the end of the focus chain; put them where they are seen.
        before = focus.tab_stops(self.editor, self, reachable_only=False)
        chain: list[QWidget] = before[-1:]
        chain += [button for _entry, _words, button in self._rows]
        chain.append(self.bank)
        focus.chain(chain)

    def _mark_suggested(
        self, listed: frozenset[str] | None = None, only: frozenset[str] | None = None
    ) -> None:
        """Say in words, not only by a greyed button, which suggestions are on the list;
        with ``only``, for the suggestions of those compared words alone."""
        listed = self._listed() if listed is None else listed
        for entry, words, button in self.suggested_rows:
            compared = normalized(entry.text)
            if only is not None and compared not in only:
                continue
            on_list = compared in listed
            if button.isEnabled() == on_list or not words.accessibleName():
                button.setEnabled(not on_list)
                button.setText(self.tr("On your list") if on_list else self.tr("Add"))
                button.setAccessibleName(
                    self.tr("%1: on your list").replace("%1", entry.text)
                    if on_list
                    else self.tr("Add: %1").replace("%1", entry.text)
                )
                words.setAccessibleName(entry.text)

    def add_suggested(self, entry: BankQuestion) -> bool:
        """Put one suggestion at the end of the list; refused when it is already there."""
        case = self.case
        if case is None:
            return False
        from secondopinion_desktop.model import Question

        if any(normalized(q.text or "") == normalized(entry.text) for q in case.questions):
            self._say(
                self.tr("That question is already on your list, so it was not added again.")
            )
            self._mark_suggested()
            return False
        try:
            self.ctx.workspace.add(case, "questions", Question(text=entry.text, topic=entry.topic))
        except SaveError as exc:
            self.ctx.report_error(exc.message)
            return False
        self._say(self.tr("Added to the end of your list: %1").replace("%1", entry.text))
        self.refresh()
        self.ctx.structure_changed()
        return True

    def _say(self, message: str) -> None:
        self.suggested_result.setText(message)
        self.suggested_result.setAccessibleName(message)
        self.suggested_result.setVisible(True)

    # -- the person's list ----------------------------------------------------------------
    def _new_question(self) -> Question:
        from secondopinion_desktop.model import Question

        return Question(text="")

    def _describe(self, question: Any) -> str:
        number = self._number(question)
        text = (question.text or "").strip() or self.tr("(question not written yet)")
        marks = []
        if question.must_ask:
            marks.append(self.tr("MUST ASK"))
        if question.asked:
            marks.append(self.tr("asked"))
        mark = f" [{', '.join(marks)}]" if marks else ""
        return f"{number}. {text}{mark}"

    def _number(self, question: Any) -> int:
        """Its place in the list from 1 (0 when it is not on it)."""
        questions = self.case.questions if self.case is not None else []
        # The ordered list keeps each question's position; looking it up spares a search of
        # the whole list for every row, which made relabelling 120 questions quadratic.
        position = question.position
        if isinstance(position, int) and 0 <= position < len(questions) and (
            questions[position] is question
        ):
            return position + 1
        for index, listed in enumerate(questions):
            if listed is question:
                return index + 1
        return 0

    def _build_form(self, form: QFormLayout, target: Callable[[], Any]) -> None:
        self.text(form, self.tr("Question"), target, "text", lines=3)
        self.line(
            form, self.tr("Topic (optional)"), target, "topic",
            placeholder=self.tr("for example Treatment choices"),
        )
        self.check(form, self.tr("Must ask"), target, "must_ask")
        hint = QLabel(
            self.tr("A must-ask question is one you will not leave without an answer to."),
            form.parentWidget(),
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        after = QLabel(self.tr("After the visit"), form.parentWidget())
        after.setObjectName("sectionHeading")
        form.addRow(after)
        self.check(form, self.tr("Asked"), target, "asked")
        self.text(form, self.tr("Answer"), target, "answer", lines=3)

    # -- the bank -------------------------------------------------------------------------
    def _fill_bank(self) -> None:
        self.bank.clear()
        self._bank_words = []
        for topic in load_bank(self.language):
            head = QTreeWidgetItem([topic.name])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.bank.addTopLevelItem(head)
            for text in topic.questions:
                item = QTreeWidgetItem([text])
                item.setData(0, TOPIC_ROLE, topic.name)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, BASE_TEXT_ROLE, text)
                head.addChild(item)
                self._bank_words.append((item, text, normalized(text)))
            head.setExpanded(True)

    def bank_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for top in range(self.bank.topLevelItemCount()):
            head = self.bank.topLevelItem(top)
            if head is None:
                continue
            items.extend(
                child for index in range(head.childCount())
                if (child := head.child(index)) is not None
            )
        return items

    def _listed(self) -> frozenset[str]:
        """The questions on the list, in the form suggestions are compared in."""
        if self.case is None:
            return frozenset()
        return frozenset(normalized(q.text or "") for q in self.case.questions)

    def _mark_bank(
        self, listed: frozenset[str] | None = None, only: frozenset[str] | None = None
    ) -> None:
        """Show which suggestions are already on the list, in words as well as by a tick;
        with ``only``, for the suggestions of those compared words alone."""
        listed = self._listed() if listed is None else listed
        suffix = self.tr(" (on your list)")
        for item, base, words in self._bank_words:
            if only is not None and words not in only:
                continue
            on_list = words in listed
            shown = base + suffix if on_list else base
            if item.text(0) != shown:  # every change measures the rows again: skip no-ops
                item.setText(0, shown)
            checkable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            if on_list and checkable:
                item.setCheckState(0, Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            elif not on_list and not checkable:
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)

    def add_chosen(self) -> None:
        """Append every ticked suggestion that is not already on the list."""
        case = self.case
        if case is None:
            return
        from secondopinion_desktop.model import Question

        listed = {normalized(q.text or "") for q in case.questions}
        added = 0
        for item in self.bank_items():
            if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                continue
            if item.checkState(0) != Qt.CheckState.Checked:
                continue
            text = str(item.data(0, BASE_TEXT_ROLE) or item.text(0))
            if normalized(text) in listed:
                continue
            try:
                self.ctx.workspace.add(
                    case, "questions", Question(text=text, topic=item.data(0, TOPIC_ROLE))
                )
            except SaveError as exc:
                self.ctx.report_error(exc.message)
                break
            listed.add(normalized(text))
            added += 1
        if added:
            message = self.tr("Added %1 question(s) to the end of your list.").replace(
                "%1", str(added)
            )
        else:
            message = self.tr("Nothing new was added: tick a suggestion that is not on your list.")
        self.bank_result.setText(message)
        self.bank_result.setVisible(True)
        self.refresh()
        if added:
            self.ctx.structure_changed()

    # -- life cycle -----------------------------------------------------------------------
    def set_case(self, case: Any) -> None:
        super().set_case(case)
        self.bank_result.setVisible(False)
        self.suggested_result.setVisible(False)

    def refresh(self) -> None:
        self.editor.refresh()
        self._rebuild_suggested()
        self._marked_for = self._listed()
        self._mark_bank(self._marked_for)

    def on_saved(self) -> None:
        # Only the chosen question's form saves here, so only its row can read differently.
        chosen = self.editor.current()
        if chosen is not None:
            self.editor.relabel(only=chosen)
        # An answer, a tick or a topic leaves the marks as they are; only a question's words
        # can put a suggestion on the list or take it off.
        listed = self._listed()
        if listed != self._marked_for:
            # Only suggestions whose words joined or left the list can change their mark.
            changed = None if self._marked_for is None else listed ^ self._marked_for
            self._marked_for = listed
            self._mark_suggested(listed, changed)
            self._mark_bank(listed, changed)
