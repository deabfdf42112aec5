"""Small pieces the after-visit and appointment pages share: boxed notes, a care-team picker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from secondopinion_desktop.model.catalog import label as catalog_label

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case
    from secondopinion_desktop.ui.fields import Binding
    from secondopinion_desktop.ui.pages.base import StepPage
    from secondopinion_desktop.ui.print_panel import PrintPanel

# A frame drawn in the text colour: the box and its opening words carry the meaning, not a hue.
NOTICE_STYLE = (
    "QLabel#notice { border: 2px solid palette(window-text); border-radius: 4px; padding: 10px; }"
)


def notice(parent: QWidget | None, text: str = "") -> QLabel:
    """A boxed note for something the person should not miss; hidden while it has no text."""
    box = QLabel(text, parent)
    box.setObjectName("notice")
    box.setStyleSheet(NOTICE_STYLE)
    box.setWordWrap(True)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setVisible(bool(text))
    return box


def show_notice(box: QLabel, text: str) -> None:
    box.setText(text)
    box.setAccessibleName(text)
    box.setVisible(bool(text))


def shrinkable(combo: QComboBox) -> QComboBox:
    """Let a choice box narrow below its longest entry, so a page reflows at large text sizes."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def plain_label(parent: QWidget | None, text: str = "") -> QLabel:
    """A label that shows what the person typed exactly as typed (never as markup)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def care_team_doctors(case: Case | None, language: str) -> list[tuple[str, str]]:
    """(what the list shows, the name to fill in) for every named doctor on the care team."""
    if case is None:
        return []
    doctors = []
    for member in case.care_team:
        name = (member.name or "").strip()
        if name:
            doctors.append((f"{name} \u2014 {catalog_label(member.role, language)}", name))
    return doctors


def ordinal_words(number: int, language: str) -> str:
    """1 -> "First opinion" / "Primera opinión"; plain words rather than "1st"."""
    if language.startswith("es"):
        words = ("Primera", "Segunda", "Tercera", "Cuarta", "Quinta")
        head = words[number - 1] if 1 <= number <= len(words) else f"{number}.ª"
        return f"{head} opinión"
    words = ("First", "Second", "Third", "Fourth", "Fifth")
    head = words[number - 1] if 1 <= number <= len(words) else f"Opinion number {number}"
    return f"{head} opinion" if 1 <= number <= len(words) else head


class DoctorPicker(QComboBox):
    """Fills a bound name field from the care team, so a name need not be typed twice."""

    def __init__(self, line: QLineEdit, binding: Binding, prompt: str) -> None:
        super().__init__()
        shrinkable(self)
        self.line = line
        self.binding = binding
        self.prompt = prompt
        self.activated.connect(self._chosen)

    def set_doctors(self, doctors: list[tuple[str, str]], none_text: str) -> None:
        """Offer ``doctors``; the one already in the name field shows as chosen."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.prompt if doctors else none_text, None)
        for shown, name in doctors:
            self.addItem(shown, name)
        self.setEnabled(bool(doctors))
        self.setCurrentIndex(max(0, self.findData(self.line.text().strip())))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        # The choice stays shown, so arrow keys on the closed box walk through every doctor.
        name = self.itemData(index)
        if not name:
            return
        self.line.setText(str(name))
        self.binding.commit()


def case_print_panel(page: StepPage, kind: str) -> PrintPanel:
    """A print panel for the page's case, showing ``kind`` first, in the window's language."""
    from secondopinion_desktop.services.printing import render_pdf
    from secondopinion_desktop.ui.print_panel import PrintPanel

    def render(chosen: str, large_print: bool, paper: str) -> bytes:
        case = page.case
        if case is None:
            return b""
        return render_pdf(
            page.ctx.workspace.store, case.id, chosen,
            large_print=large_print, paper=paper, language=page.language,
        )

    panel = PrintPanel(render, kind, page.inner)
    for combo in (panel.kind_box, panel.paper_box):
        shrinkable(combo)
    return panel
