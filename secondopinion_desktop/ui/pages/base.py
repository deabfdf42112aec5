"""The shape every step page shares: a heading, a calm introduction, labelled inputs that save."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondopinion_desktop.model.catalog import label as catalog_label
from secondopinion_desktop.ui.fields import (
    Binding,
    CheckBinding,
    Choice,
    ChoiceBinding,
    DateBinding,
    DateField,
    DateTimeBinding,
    DateTimeField,
    LineBinding,
    Saver,
    Target,
    TextBinding,
    enum_choices,
    error_label,
)
from secondopinion_desktop.ui.step_titles import step_title

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case
    from secondopinion_desktop.services.workspace import Workspace


class PageContext(Saver, Protocol):
    """What the main window offers its pages."""

    @property
    def workspace(self) -> Workspace: ...

    def go_to_step(self, key: str) -> None: ...

    def structure_changed(self) -> None:
        """Something was added or removed: refresh the step list and readiness."""
        ...

    def report_error(self, message: str) -> None: ...

    def confirm(self, question: str, yes_label: str) -> bool: ...


class StepPage(QScrollArea):
    """One step of a case. Subclasses set ``key`` and build their inputs in ``build``."""

    key: ClassVar[str] = ""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.bindings: list[Binding] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(self)
        self.inner.setObjectName("stepPage")
        self.content = QVBoxLayout(self.inner)
        self.content.setContentsMargins(24, 16, 24, 24)
        self.content.setSpacing(12)
        self.heading = QLabel(self.title(), self.inner)
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.title())
        self.content.addWidget(self.heading)
        self.setWidget(self.inner)
        self.build()
        self.content.addStretch(1)

    # -- what subclasses provide --------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        """The step's name, known without building the page (the step list names them all)."""
        return step_title(cls.key)

    def build(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Update anything that is not a bound input (lists, summaries) from the case."""

    def on_saved(self) -> None:
        """Called after any save made while this page is shown."""

    # -- life cycle ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.ctx.language

    def set_case(self, case: Case | None) -> None:
        self.flush()
        self.case = case
        self.load()

    def load(self) -> None:
        for binding in self.bindings:
            binding.load()
        self.refresh()

    def flush(self) -> None:
        """Save whatever is still being typed (before leaving the page or closing)."""
        for binding in self.bindings:
            flush = getattr(binding, "flush", None)
            if flush is not None:
                flush()

    # -- building blocks ----------------------------------------------------------------
    def paragraph(self, text: str, layout: Any = None) -> QLabel:
        label = QLabel(text, self.inner)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        (layout or self.content).addWidget(label)
        return label

    def section(self, text: str, layout: Any = None) -> QLabel:
        label = QLabel(text, self.inner)
        label.setObjectName("sectionHeading")
        label.setWordWrap(True)
        (layout or self.content).addWidget(label)
        return label

    def form(self, layout: Any = None, parent: QWidget | None = None) -> QFormLayout:
        holder = QWidget(parent or self.inner)
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above their inputs: reads top to bottom and reflows at any text size.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        (layout or self.content).addWidget(holder)
        return form

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        parent = form.parentWidget()
        box = QWidget(parent)
        caption = QLabel(text, box)
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        problem = error_label(box)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        widget.setParent(box)
        adopt = getattr(widget, "adopt_caption", None)
        if adopt is not None:
            adopt(caption)  # date fields: the label must sit beside the line it names
        else:
            column.addWidget(caption)
        column.addWidget(widget)
        column.addWidget(problem)
        # One spanning row: a form's label column is only as wide as its labels' guessed
        # width, which wrapped short captions onto two lines; here the caption gets the width.
        form.addRow(box)
        return problem

    def line(
        self, form: QFormLayout, text: str, target: Target, attribute: str, *,
        required: bool = False, placeholder: str = "",
    ) -> QLineEdit:
        widget = QLineEdit()
        if placeholder:
            widget.setPlaceholderText(placeholder)
        problem = self._row(form, text, widget)
        self.bindings.append(
            LineBinding(widget, self.ctx, target, attribute, problem, required=required)
        )
        return widget

    def text(
        self, form: QFormLayout, text: str, target: Target, attribute: str, *, lines: int = 4
    ) -> QPlainTextEdit:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines + 16)
        problem = self._row(form, text, widget)
        self.bindings.append(TextBinding(widget, self.ctx, target, attribute, problem))
        return widget

    def date(self, form: QFormLayout, text: str, target: Target, attribute: str) -> DateField:
        widget = DateField(self.language)
        problem = self._row(form, text, widget)
        self.bindings.append(DateBinding(widget, self.ctx, target, attribute, problem))
        return widget

    def datetime(
        self, form: QFormLayout, text: str, target: Target, attribute: str
    ) -> DateTimeField:
        widget = DateTimeField(self.language)
        problem = self._row(form, text, widget)
        widget.set_names(text, self.tr("Time"), self.tr("Time zone"))
        self.bindings.append(DateTimeBinding(widget, self.ctx, target, attribute, problem))
        return widget

    def choice(
        self, form: QFormLayout, text: str, target: Target, attribute: str,
        choices: Sequence[Choice],
    ) -> QComboBox:
        widget = QComboBox()
        problem = self._row(form, text, widget)
        self.bindings.append(ChoiceBinding(widget, choices, self.ctx, target, attribute, problem))
        return widget

    def enum_choice(
        self, form: QFormLayout, text: str, target: Target, attribute: str,
        enum_cls: type[StrEnum], *, allow_none: str | None = None,
    ) -> QComboBox:
        choices = enum_choices(enum_cls, self.describe, allow_none=allow_none)
        return self.choice(form, text, target, attribute, choices)

    def check(
        self, form: QFormLayout, text: str, target: Target, attribute: str
    ) -> QCheckBox:
        widget = QCheckBox(text)
        widget.setAccessibleName(text.replace("&", ""))
        problem = error_label(form.parentWidget())
        form.addRow(widget)
        form.addRow(problem)
        self.bindings.append(CheckBinding(widget, self.ctx, target, attribute, problem))
        return widget

    def describe(self, value: StrEnum) -> str:
        """Plain words for a code, in the window's language."""
        return catalog_label(value, self.language)

    def case_target(self) -> Callable[[], Case | None]:
        return lambda: self.case
