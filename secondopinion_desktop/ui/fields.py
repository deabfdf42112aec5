"""Inputs bound to a field of the store: each saves on its own, soon after typing and on leaving.

A binding knows the object it edits only through a callable, so a page can switch cases without
rebuilding its widgets. A value the person typed is never dropped: if it cannot be read (a date
written oddly) or cannot be saved (a full disk), the text stays on screen with a plain reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from typing import Any, Protocol
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion_desktop.model.dates import (
    format_long_date,
    format_time,
    parse_date,
    parse_time,
)

# While typing, save this long after the last key; leaving the field saves at once.
TYPING_DELAY_MS = 300


class Saver(Protocol):
    """What a binding needs from the window: a way to save, and to report the outcome."""

    def save(self, obj: Any, attribute: str, value: Any) -> str | None:
        """Save; return None on success or a plain sentence saying why it failed."""
        ...

    @property
    def language(self) -> str: ...


Target = Callable[[], Any]


class Binding(QObject):
    """Base class: ties one widget to ``attribute`` of whatever ``target()`` returns."""

    def __init__(self, saver: Saver, target: Target, attribute: str, error_label: QLabel | None):
        super().__init__()
        self.saver = saver
        self.target = target
        self.attribute = attribute
        self.error_label = error_label
        self._loading = False

    def load(self) -> None:
        obj = self.target()
        self._loading = True
        try:
            self.show_value(None if obj is None else getattr(obj, self.attribute))
            self.show_error(None)
        finally:
            self._loading = False

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def read_value(self) -> Any:
        """The widget's value as the model wants it; raises ValueError with a plain reason."""
        raise NotImplementedError

    def show_error(self, message: str | None) -> None:
        if self.error_label is not None:
            self.error_label.setText(message or "")
            self.error_label.setVisible(bool(message))

    def commit(self) -> bool:
        """Save what the widget shows now. True when saved (or nothing to do)."""
        if self._loading:
            return True
        obj = self.target()
        if obj is None:
            return True
        try:
            value = self.read_value()
        except ValueError as exc:
            from secondopinion_desktop.ui.error_words import value_error_words

            self.show_error(value_error_words(exc))
            return False
        problem = self.saver.save(obj, self.attribute, value)
        self.show_error(problem)
        return problem is None


class _FocusOut(QObject):
    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class _TypedBinding(Binding):
    """Shared by text inputs: save shortly after typing stops, and at once on leaving."""

    def __init__(self, saver: Saver, target: Target, attribute: str, error_label: QLabel | None):
        super().__init__(saver, target, attribute, error_label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_DELAY_MS)
        self.timer.timeout.connect(self._typing_paused)
        self._dirty = False

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.timer.start()

    def _typing_paused(self) -> None:
        # While typing, only save values that can be read; a half-typed date waits for leaving.
        try:
            self.read_value()
        except ValueError:
            return
        self.flush()

    def flush(self) -> None:
        self.timer.stop()
        if self._dirty and self.commit():
            self._dirty = False

    def unsaved(self) -> bool:
        """True while the widget shows something typed that could not be read or saved."""
        return self._dirty


class LineBinding(_TypedBinding):
    def __init__(
        self,
        widget: QLineEdit,
        saver: Saver,
        target: Target,
        attribute: str,
        error_label: QLabel | None = None,
        *,
        required: bool = False,
    ) -> None:
        super().__init__(saver, target, attribute, error_label)
        self.widget = widget
        self.required = required
        widget.textEdited.connect(self._changed)
        widget.editingFinished.connect(self.flush)
        self._filter = _FocusOut(self.flush)
        widget.installEventFilter(self._filter)

    def show_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))
        # Show the beginning of a long entry, not its tail.
        self.widget.setCursorPosition(0)

    def read_value(self) -> Any:
        text = self.widget.text()
        if self.required:
            return text
        return text if text.strip() else None


class TextBinding(_TypedBinding):
    """A multi-line note."""

    def __init__(
        self,
        widget: QPlainTextEdit,
        saver: Saver,
        target: Target,
        attribute: str,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(saver, target, attribute, error_label)
        self.widget = widget
        widget.textChanged.connect(self._changed)
        self._filter = _FocusOut(self.flush)
        widget.installEventFilter(self._filter)

    def show_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def read_value(self) -> Any:
        text = self.widget.toPlainText()
        return text if text.strip() else None


class DateField(QWidget):
    """A date typed in words or picked from a calendar; shown long after leaving."""

    edited = Signal()
    finished = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(4)
        layout = QHBoxLayout()
        self.outer.addLayout(layout)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("for example December 3, 2026"))
        self.pick = QPushButton(self.tr("Calendar..."), self)
        self.pick.setAutoDefault(False)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.finished)
        self.pick.clicked.connect(self._choose)

    def adopt_caption(self, caption: QLabel) -> None:
        """Hold the field's visible label beside the line it names.

        A screen reader links a label to its input only when the two are siblings, so the
        caption moves in here, above the line, as the line's buddy.
        """
        caption.setParent(self)
        caption.setBuddy(self.line)
        self.outer.insertWidget(0, caption)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.pick.setAccessibleName(self.tr("Choose %1 from a calendar").replace("%1", name))

    def value(self) -> date | None:
        return parse_date(self.line.text(), self.language)

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_long_date(value, self.language))

    def _choose(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Choose a date"))
        calendar = QCalendarWidget(dialog)
        calendar.setGridVisible(True)
        try:
            current = self.value()
        except ValueError:
            current = None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: dialog.accept())
        box = QVBoxLayout(dialog)
        box.addWidget(calendar)
        box.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = calendar.selectedDate()
            self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
            self.edited.emit()
            self.finished.emit()
        self.line.setFocus()


class DateBinding(_TypedBinding):
    def __init__(
        self,
        widget: DateField,
        saver: Saver,
        target: Target,
        attribute: str,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(saver, target, attribute, error_label)
        self.widget = widget
        widget.edited.connect(self._changed)
        widget.finished.connect(self._finished)
        self._filter = _FocusOut(self.flush)
        widget.line.installEventFilter(self._filter)

    def _finished(self) -> None:
        self.flush()
        if not self._dirty:
            try:
                # Rewrite what was typed ("12/3/2026") the long way, so it reads unambiguously.
                self._loading = True
                self.widget.set_value(self.widget.value())
            except ValueError:
                pass
            finally:
                self._loading = False

    def show_value(self, value: Any) -> None:
        self.widget.set_value(value)

    def read_value(self) -> Any:
        return self.widget.value()


def zone_choices() -> list[tuple[str, str]]:
    """(label, zone name) pairs: this computer's zone first, then the common ones."""
    # Marked so lupdate finds the labels; DateTimeField translates them with self.tr.
    common = [
        (QT_TRANSLATE_NOOP("DateTimeField", "Eastern time (New York)"), "America/New_York"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Central time (Chicago)"), "America/Chicago"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Mountain time (Denver)"), "America/Denver"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Arizona time (Phoenix)"), "America/Phoenix"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Pacific time (Los Angeles)"), "America/Los_Angeles"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Alaska time (Anchorage)"), "America/Anchorage"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Hawaii time (Honolulu)"), "Pacific/Honolulu"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Puerto Rico time"), "America/Puerto_Rico"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Mexico City time"), "America/Mexico_City"),
        (QT_TRANSLATE_NOOP("DateTimeField", "London time"), "Europe/London"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Madrid time"), "Europe/Madrid"),
        (QT_TRANSLATE_NOOP("DateTimeField", "Universal time (UTC)"), "UTC"),
    ]
    known = available_timezones()
    return [(str(label), name) for label, name in common if name in known or name == "UTC"]


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


class DateTimeField(QWidget):
    """An appointment's date, time and time zone, kept together."""

    edited = Signal()
    finished = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        # Date on its own row, time and zone under it with their own visible labels: this
        # stays readable at 200% text where one long row would be squeezed.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(4)
        self.date = DateField(language, self)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("10:30 AM"))
        self.zone = QComboBox(self)
        self.zone.addItem(self.tr("This computer's time zone"), "")
        for label, name in zone_choices():
            self.zone.addItem(self.tr(label), name)
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone.setMinimumContentsLength(10)
        self.time_label = QLabel(self.tr("Time"), self)
        self.time_label.setBuddy(self.time)
        self.zone_label = QLabel(self.tr("Time zone"), self)
        self.zone_label.setBuddy(self.zone)
        layout.addWidget(self.date, 0, 0, 1, 2)
        layout.addWidget(self.time_label, 1, 0)
        layout.addWidget(self.zone_label, 1, 1)
        layout.addWidget(self.time, 2, 0)
        layout.addWidget(self.zone, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 2)
        self.setFocusProxy(self.date)
        self.date.edited.connect(self.edited)
        self.date.finished.connect(self.finished)
        self.time.textEdited.connect(self.edited)
        self.time.editingFinished.connect(self.finished)
        self.zone.activated.connect(self._zone_chosen)

    def adopt_caption(self, caption: QLabel) -> None:
        """The caption names the date; the time and the zone have labels of their own."""
        self.date.adopt_caption(caption)

    def _zone_chosen(self, _index: int) -> None:
        self.edited.emit()
        self.finished.emit()

    def set_names(self, date_name: str, time_name: str, zone_name: str) -> None:
        self.time_label.setText(time_name)
        self.zone_label.setText(zone_name)
        self.date.setAccessibleName(date_name)
        self.time.setAccessibleName(time_name)
        self.zone.setAccessibleName(zone_name)

    def _zone(self) -> tzinfo:
        name = self.zone.currentData()
        return ZoneInfo(name) if name else local_zone()

    def value(self) -> datetime | None:
        day = self.date.value()
        at = parse_time(self.time.text())
        if day is None and at is None:
            return None
        if day is None:
            raise ValueError(self.tr("Please also write the date of the appointment."))
        moment = datetime.combine(day, at or time(9, 0))
        zone = self._zone()
        aware = moment.replace(tzinfo=zone)
        # Keep a fixed offset: that is what the file format stores and what the PDF prints.
        offset = aware.utcoffset() or timedelta(0)
        return moment.replace(tzinfo=timezone(offset))

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.date.set_value(None)
            self.time.setText("")
            self.zone.setCurrentIndex(0)
            return
        self.date.set_value(value.date())
        self.time.setText(format_time(value, self.language))
        offset = value.utcoffset()
        local = datetime.combine(value.date(), value.time()).replace(tzinfo=local_zone())
        if local.utcoffset() == offset:
            self.zone.setCurrentIndex(0)
            return
        for index in range(1, self.zone.count()):
            name = self.zone.itemData(index)
            if datetime.combine(value.date(), value.time(), ZoneInfo(name)).utcoffset() == offset:
                self.zone.setCurrentIndex(index)
                return
        label = self.tr("Time zone %1").replace("%1", str(offset))
        self.zone.addItem(label, "")
        self.zone.setCurrentIndex(self.zone.count() - 1)


class DateTimeBinding(_TypedBinding):
    def __init__(
        self,
        widget: DateTimeField,
        saver: Saver,
        target: Target,
        attribute: str,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(saver, target, attribute, error_label)
        self.widget = widget
        widget.edited.connect(self._changed)
        widget.finished.connect(self.flush)
        self._filter = _FocusOut(self.flush)
        for part in (widget.date.line, widget.time, widget.zone):
            part.installEventFilter(self._filter)

    def show_value(self, value: Any) -> None:
        self.widget.set_value(value)

    def read_value(self) -> Any:
        return self.widget.value()


@dataclass(frozen=True)
class Choice:
    label: str
    value: Any


def enum_choices(
    enum_cls: type[StrEnum], describe: Callable[[StrEnum], str], *, allow_none: str | None = None
) -> list[Choice]:
    items = [Choice(describe(member), member) for member in enum_cls]
    if allow_none is not None:
        items.insert(0, Choice(allow_none, None))
    return items


class ChoiceBinding(Binding):
    def __init__(
        self,
        widget: QComboBox,
        choices: Sequence[Choice],
        saver: Saver,
        target: Target,
        attribute: str,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(saver, target, attribute, error_label)
        self.widget = widget
        self.choices = list(choices)
        for choice in self.choices:
            widget.addItem(choice.label)
        widget.currentIndexChanged.connect(lambda _i: self.commit())

    def show_value(self, value: Any) -> None:
        for index, choice in enumerate(self.choices):
            if choice.value == value:
                self.widget.setCurrentIndex(index)
                return
        self.widget.setCurrentIndex(0)

    def read_value(self) -> Any:
        index = self.widget.currentIndex()
        return self.choices[index].value if 0 <= index < len(self.choices) else None


class CheckBinding(Binding):
    def __init__(
        self,
        widget: QCheckBox,
        saver: Saver,
        target: Target,
        attribute: str,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(saver, target, attribute, error_label)
        self.widget = widget
        widget.toggled.connect(lambda _c: self.commit())

    def show_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def read_value(self) -> Any:
        return self.widget.isChecked()


def error_label(parent: QWidget | None) -> QLabel:
    """A label for a field's problem; hidden until there is one. Words, not only colour."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
