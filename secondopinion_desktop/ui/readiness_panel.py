"""The "Still to do before the visit" panel: what is missing, each a link to the step for it."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case
    from secondopinion_desktop.services.readiness import ReadinessItem


class WrappingLinkButton(QPushButton):
    """A button whose words wrap onto several lines, so long sentences fit at any text size.

    The words are painted, not held by a child label: a screen reader then finds one link
    with one name, not the link and its label saying the same sentence twice.
    """

    MARGINS = QMargins(8, 6, 8, 6)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessLink")
        self._words = text
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoDefault(False)

    def text_shown(self) -> str:
        return self._words

    def set_words(self, text: str) -> None:
        """New words: painted, spoken and measured anew."""
        self._words = text
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def _link_font(self) -> QFont:
        font = QFont(self.font())
        font.setUnderline(True)
        return font

    def _text_height(self, width: int) -> int:
        inner = max(width - self.MARGINS.left() - self.MARGINS.right(), 1)
        metrics = QFontMetrics(self._link_font())
        bounds = metrics.boundingRect(QRect(0, 0, inner, 1 << 20), _WRAP, self._words)
        return bounds.height() + self.MARGINS.top() + self.MARGINS.bottom()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._link_font())
        sideways = self.MARGINS.left() + self.MARGINS.right()
        # The whole-pixel advance can be a fraction short of the words as drawn, and they
        # then wrapped at the button's own preferred width ("Still to do (9)" on two lines):
        # round up, and a pixel more.
        advance = math.ceil(QFontMetricsF(self._link_font()).horizontalAdvance(self._words)) + 1
        width = min(advance, metrics.averageCharWidth() * 40)
        return QSize(width + sideways, self._text_height(width + sideways))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self._link_font())
        width = metrics.averageCharWidth() * 8 + self.MARGINS.left() + self.MARGINS.right()
        return QSize(width, self._text_height(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._text_height(width), 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame and the focus ring, from the style sheet
        painter = QPainter(self)
        painter.setFont(self._link_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(self.rect().marginsRemoved(self.MARGINS), _WRAP, self._words)
        painter.end()


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextWordWrap
)


class ReadinessPanel(QFrame):
    """Lists what is still missing before the visit; each item goes to its step when pressed."""

    def __init__(
        self, go_to_step: Callable[[str], None], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.go_to_step = go_to_step
        self.language = language
        self.links: list[WrappingLinkButton] = []
        self.items: list[ReadinessItem] = []
        # What is on show: a case or not, before or after the visit, and its items.
        self._shown: tuple[bool, bool, list[ReadinessItem]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        self.heading = QLabel(self.tr("Still to do before the visit"), self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.ready_label = QLabel(self.tr("Everything is ready."), self)
        self.ready_label.setObjectName("everythingReady")
        self.ready_label.setWordWrap(True)
        layout.addWidget(self.ready_label)
        self.after_visit_label = QLabel(
            self.tr("The visit has taken place. The steps after the visit are below the line."),
            self,
        )
        self.after_visit_label.setWordWrap(True)
        layout.addWidget(self.after_visit_label)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(2)
        layout.addLayout(self.list_box)
        layout.addStretch(1)
        self.after_visit_label.hide()

    def show_case(
        self, case: Case | None, items: list[ReadinessItem] | None = None
    ) -> bool:
        """Show the list for ``case`` (None hides everything but the heading); ``items`` is
        its still_to_do when the caller has it already. True when the links were made anew."""
        from secondopinion_desktop.services.readiness import AFTER_VISIT_STATUSES, still_to_do

        if items is None:
            items = still_to_do(case) if case is not None else []
        after_visit = case is not None and case.status in AFTER_VISIT_STATUSES
        shown = (case is not None, after_visit, items)
        if shown == self._shown:
            return False  # most saves change nothing here: no words to make again
        self._shown = shown
        self.heading.setText(
            self.tr("Still to do after the visit")
            if after_visit
            else self.tr("Still to do before the visit")
        )
        self.after_visit_label.setVisible(after_visit)
        self.ready_label.setText(
            self.tr("Nothing is left to do.") if after_visit else self.tr("Everything is ready.")
        )
        self.ready_label.setVisible(case is not None and not items)
        sentences = [self.sentence(item) for item in items]
        if [link.text_shown() for link in self.links] == sentences:
            self.items = items
            return False
        for link in self.links:
            self.list_box.removeWidget(link)
            link.deleteLater()
        self.links = []
        self.items = items
        for item, sentence in zip(items, sentences, strict=True):
            link = WrappingLinkButton(sentence, self)
            link.setToolTip(self.tr("Go to the step where you can do this"))
            step = item.step
            link.clicked.connect(lambda _checked=False, key=step: self.go_to_step(key))
            self.list_box.addWidget(link)
            self.links.append(link)
        return True

    def sentence(self, item: ReadinessItem) -> str:
        """The plain sentence for one item, in the window's language."""
        from secondopinion_desktop.model.dates import format_long_date, format_when_here
        from secondopinion_desktop.services.readiness import Missing

        due = format_long_date(item.due_on, self.language) if item.due_on else ""
        asked = format_long_date(item.requested_on, self.language) if item.requested_on else ""
        visit_on = (
            format_long_date(item.starts_at.astimezone().date(), self.language)
            if item.starts_at is not None
            else ""
        )
        holder = self._holder(item)
        texts: dict[Missing, str] = {
            Missing.NO_DIAGNOSIS: self.tr("Write down the diagnosis you were given."),
            Missing.NO_REASONS: self.tr("Choose why you want another opinion."),
            Missing.PERSON_DETAILS: self.tr(
                "Add the name, the date of birth and a phone number or email of the person the "
                "visit is for."
            ),
            Missing.NO_PRIMARY_CARE: self.tr(
                "Add your primary care doctor, so they can be kept informed."
            ),
            Missing.PRIMARY_CARE_NOT_INFORMED: self.tr(
                "Mark your primary care doctor as someone to keep informed."
            ),
            Missing.NO_SECOND_OPINION_DOCTOR: self.tr(
                "Add the doctor you want the second opinion from."
            ),
            Missing.NO_INSURANCE: self.tr(
                "Add your insurance and ask whether a second opinion is covered."
            ),
            Missing.COVERAGE_NOT_CONFIRMED: self.tr(
                "Confirm with your insurer that the second opinion is covered."
            ),
            Missing.NO_INSURANCE_CALL: self.tr(
                "Write down your call to the insurer, with its reference number."
            ),
            Missing.NO_RECORDS: self.tr(
                "List the records to send ahead: office notes, test results, scans."
            ),
            Missing.RECORDS_LATE: self.tr(
                "Records not sent yet: %1. They were due on %2."
            ).replace("%1", str(item.count)).replace("%2", due),
            Missing.RECORDS_DUE_SOON: self.tr(
                "Records not sent yet: %1. They are due on %2."
            ).replace("%1", str(item.count)).replace("%2", due),
            Missing.RECORDS_NEEDED: self.tr("Records still to ask for: %1.").replace(
                "%1", str(item.count)
            ),
            Missing.REQUEST_OVERDUE: self.tr(
                "%1 had until %2 to answer your request of %3. Ask them again: call them, or "
                "print a follow-up letter on the Medical records step."
            ).replace("%1", holder).replace("%2", due).replace("%3", asked),
            Missing.REQUEST_LATE_FOR_VISIT: (
                self.tr(
                    "%1 has until %2 to answer your request, so the records may not arrive "
                    "before your visit on %3: call them, or ask the appointment office whether "
                    "to move the visit."
                ).replace("%1", holder).replace("%2", due).replace("%3", visit_on)
                if visit_on
                else self.tr(
                    "%1 has until %2 to answer your request, so the records may not arrive "
                    "in time for your visit: call them."
                ).replace("%1", holder).replace("%2", due)
            ),
            Missing.RECEIVED_NOT_SENT: self.tr(
                "\u201c%1\u201d came on %2: send them on to the second-opinion doctor."
            ).replace("%1", self._kind(item)).replace("%2", due),
            Missing.RECORD_TO_COME_BACK: (
                self.tr(
                    "\u201c%1\u201d must go back by %2: ask the second-opinion doctor's office "
                    "to return them, and write down when they did."
                ).replace("%1", self._kind(item)).replace("%2", due)
                if due
                else self.tr(
                    "\u201c%1\u201d must go back to the office that lent them: ask the "
                    "second-opinion doctor's office to return them, and write down when they did."
                ).replace("%1", self._kind(item))
            ),
            Missing.NO_QUESTIONS: self.tr("Write down the questions you want to ask."),
            Missing.NO_MUST_ASK: self.tr(
                "Mark the questions you must ask, so that none is forgotten."
            ),
            Missing.NO_APPOINTMENT: self.tr("Book the appointment and write down when it is."),
            Missing.APPOINTMENT_FAR_AWAY: self.tr(
                "The appointment on %1 is more than six weeks away. Earlier is better: ask to "
                "be called if an earlier time opens up."
            ).replace("%1", format_when_here(item.starts_at, self.language)),
            Missing.NO_COMPANION: self.tr(
                "Ask a friend or family member to come with you, and add their name."
            ),
            Missing.NO_RECAP: self.tr("Write down what the doctor said about your diagnosis."),
            Missing.PRIMARY_CARE_NOT_TOLD: self.tr(
                "Tell your primary care doctor about the visit, and write down when you did."
            ),
            Missing.NO_OPINIONS_TO_COMPARE: self.tr(
                "Write down the first and the second opinion, to compare them."
            ),
            Missing.NO_DECISION: self.tr("Write down the plan you have chosen."),
        }
        return texts[item.missing]

    def _kind(self, item: ReadinessItem) -> str:
        from secondopinion_desktop.model.catalog import label

        return label(item.kind, self.language) if item.kind is not None else ""

    def _holder(self, item: ReadinessItem) -> str:
        """Who holds the record; without a name, the office asked for the record's kind."""
        if item.holder:
            return item.holder
        return self.tr("The office that holds \u201c%1\u201d").replace("%1", self._kind(item))
