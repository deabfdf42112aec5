"""Colours, fonts and sizes for older eyes: app palettes that meet 4.5:1, text size, big targets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from secondopinion_desktop.ui import settings_keys

BASE_POINT_SIZE = 12.0
MIN_SCALE = 1.0
MAX_SCALE = 2.0
# The text sizes the View menu steps through (100% to 200%).
SCALE_STEPS: tuple[float, ...] = (1.0, 1.1, 1.25, 1.5, 1.75, 2.0)

FUSION_SET = "secondOpinionFusionSet"

Role = QPalette.ColorRole


@dataclass(frozen=True)
class Scheme:
    """Every colour the window uses: the palette roles and the few the stylesheet adds."""

    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    disabled_text: str
    error: str
    focus: str
    panel: str
    border: str


NORMAL = Scheme(
    window="#f4f4f2",
    text="#1a1a1a",
    base="#ffffff",
    alternate_base="#eef1f5",
    button="#e6e9ee",
    # Fusion's own highlight (3.7:1) and placeholder (4.0:1) fail 4.5:1; these pass.
    highlight="#1d4f91",
    highlighted_text="#ffffff",
    placeholder="#595959",
    link="#1d4f91",
    disabled_text="#595959",
    error="#8a1c1c",
    focus="#1d4f91",
    panel="#fffbe6",
    border="#6b6b6b",
)

HIGH_CONTRAST = Scheme(
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    button="#000000",
    highlight="#ffff00",
    highlighted_text="#000000",
    placeholder="#d0d0d0",
    link="#ffff00",
    disabled_text="#b0b0b0",
    error="#ffff00",
    focus="#ffff00",
    panel="#000000",
    border="#ffffff",
)


def scheme(high_contrast: bool) -> Scheme:
    return HIGH_CONTRAST if high_contrast else NORMAL


def palette_for(colours: Scheme) -> QPalette:
    palette = QPalette()
    pairs = (
        (Role.Window, colours.window),
        (Role.WindowText, colours.text),
        (Role.Base, colours.base),
        (Role.AlternateBase, colours.alternate_base),
        (Role.Text, colours.text),
        (Role.Button, colours.button),
        (Role.ButtonText, colours.text),
        (Role.ToolTipBase, colours.base),
        (Role.ToolTipText, colours.text),
        (Role.Highlight, colours.highlight),
        (Role.HighlightedText, colours.highlighted_text),
        (Role.PlaceholderText, colours.placeholder),
        (Role.Link, colours.link),
        (Role.LinkVisited, colours.link),
        (Role.BrightText, colours.highlighted_text),
    )
    for role, colour in pairs:
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.disabled_text))
    # Keep the selection readable when the window is not the active one.
    palette.setColor(QPalette.ColorGroup.Inactive, Role.Highlight, QColor(colours.highlight))
    palette.setColor(
        QPalette.ColorGroup.Inactive, Role.HighlightedText, QColor(colours.highlighted_text)
    )
    return palette


def normal_palette() -> QPalette:
    return palette_for(NORMAL)


def high_contrast_palette() -> QPalette:
    return palette_for(HIGH_CONTRAST)


def text_pairs(colours: Scheme) -> list[tuple[str, str, str]]:
    """Every (what, text colour, background colour) pair the window can show as text."""
    return [
        ("body text on the window", colours.text, colours.window),
        ("typed text in a field", colours.text, colours.base),
        ("text on alternate rows", colours.text, colours.alternate_base),
        ("button text", colours.text, colours.button),
        ("chosen item", colours.highlighted_text, colours.highlight),
        ("placeholder in a field", colours.placeholder, colours.base),
        ("link on the window", colours.link, colours.window),
        ("link in a field", colours.link, colours.base),
        ("greyed-out text on the window", colours.disabled_text, colours.window),
        ("greyed-out text in a field", colours.disabled_text, colours.base),
        ("greyed-out button text", colours.disabled_text, colours.button),
        ("error under a field", colours.error, colours.window),
        ("error inside a panel", colours.error, colours.panel),
        ("text in the readiness panel", colours.text, colours.panel),
        ("link in the readiness panel", colours.link, colours.panel),
        ("focus ring against the window", colours.focus, colours.window),
        ("focus ring against a field", colours.focus, colours.base),
        ("focus ring against a button", colours.focus, colours.button),
    ]


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    qcolour = QColor(colour)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(qcolour.red())
        + 0.7152 * channel(qcolour.green())
        + 0.0722 * channel(qcolour.blue())
    )


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two colours (1.0 to 21.0)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


STYLE = """
QLabel#stepHeading, QLabel#caseHeading { font-weight: bold; }
QLabel#sectionHeading, QLabel#listCaption { font-weight: bold; }
QLabel#fieldError { color: %(error)s; font-weight: bold; }
QPushButton { min-height: 28px; padding: 4px 14px; }
QLineEdit, QComboBox { min-height: 28px; }
QCheckBox, QRadioButton { min-height: 28px; }
QCheckBox::indicator, QRadioButton::indicator { width: 1em; height: 1em; }
QListWidget::item, QTreeWidget::item { min-height: 28px; padding: 2px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QTreeWidget:focus, QPushButton:focus, QCheckBox:focus, QRadioButton:focus {
    border: 3px solid %(focus)s; }
/* The thicker focus ring takes its room from the padding, so a button keeps its size: Qt does
   not lay out again when only the focus moves, and the ring would cut into the words. */
QPushButton:focus { padding: 2px 12px; }
QFrame#readinessPanel { background: %(panel)s; border: 1px solid %(border)s; border-radius: 4px; }
QFrame#readinessPanel QLabel { background: transparent; }
QPushButton#readinessLink { text-align: left; color: %(link)s; background: transparent;
    border: 1px solid transparent; text-decoration: underline; padding: 4px 6px; }
QPushButton#readinessLink:focus { border: 3px solid %(focus)s; padding: 2px 4px; }
QPushButton#readinessLink QLabel { color: %(link)s; text-decoration: underline; }
QLabel#everythingReady { font-weight: bold; }
QPushButton#foldToggle { text-align: left; padding: 4px 6px; }
QPushButton#foldToggle:focus { padding: 2px 4px; }
"""

HIGH_CONTRAST_EXTRA = """
QPushButton { border: 2px solid %(border)s; background: %(button)s; }
QPushButton:disabled { border: 2px dashed %(disabled)s; }
QLineEdit, QPlainTextEdit, QComboBox, QListWidget, QTreeWidget {
    border: 2px solid %(border)s; }
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QTreeWidget:focus { border: 3px solid %(focus)s; }
"""


def text_scale(settings: QSettings) -> float:
    return min(MAX_SCALE, max(MIN_SCALE, settings_keys.read(settings, settings_keys.TEXT_SCALE)))


def high_contrast(settings: QSettings) -> bool:
    return settings_keys.read(settings, settings_keys.HIGH_CONTRAST)


def larger(scale: float) -> float:
    """The next text size up (stays at 200%)."""
    return next((s for s in SCALE_STEPS if s > scale + 0.001), MAX_SCALE)


def smaller(scale: float) -> float:
    """The next text size down (stays at 100%)."""
    return next((s for s in reversed(SCALE_STEPS) if s < scale - 0.001), MIN_SCALE)


def stylesheet(contrast: bool) -> str:
    """The application stylesheet. It holds no font sizes: changing a stylesheet restyles
    every widget (seconds for a full window), changing the application font takes a blink."""
    colours = scheme(contrast)
    values = {
        "error": colours.error,
        "focus": colours.focus,
        "panel": colours.panel,
        "border": colours.border,
        "link": colours.link,
        "button": colours.button,
        "disabled": colours.disabled_text,
    }
    extra = HIGH_CONTRAST_EXTRA % values if contrast else ""
    return STYLE % values + extra


# Headings, by object name, as a multiple of the body text size.
HEADING_SCALES: dict[str, float] = {"stepHeading": 1.5, "caseHeading": 1.25}


def apply_heading_fonts(root: QWidget) -> None:
    """Size the headings under ``root`` from the application font (again after a change)."""
    body = QApplication.font().pointSizeF()
    for label in root.findChildren(QLabel):
        factor = HEADING_SCALES.get(label.objectName())
        if factor is None:
            continue
        font = QFont(QApplication.font())
        font.setPointSizeF(round(body * factor, 1))
        font.setBold(True)
        label.setFont(font)


def refresh_fonts(app: QApplication) -> None:
    """Give every open widget the application font now, as a restart would.

    With an application stylesheet, Qt tells only top-level windows about a new application
    font and leaves their children to inherit it; inside scroll areas and stacked pages that
    inheritance stops, so a page's paragraphs kept the old size until the next start. Telling
    each widget again, parents before children, takes a few milliseconds.
    """
    change = QEvent.Type.ApplicationFontChange

    def tell(widget: QWidget) -> None:
        QCoreApplication.sendEvent(widget, QEvent(change))
        for child in widget.children():
            if isinstance(child, QWidget):
                tell(child)

    for window in app.topLevelWidgets():
        tell(window)


def apply(app: QApplication, settings: QSettings, *, with_stylesheet: bool = True) -> None:
    """Style the whole application from the settings; safe to call again to change it live.

    Only what changed is set again: restyling a window of a thousand widgets takes seconds.
    """
    if app.property(FUSION_SET) is not True:
        style = app.style()
        # Often Fusion already (Linux without a desktop theme); setting it again costs time.
        if style is None or style.name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setProperty(FUSION_SET, True)
    contrast = high_contrast(settings)
    palette = palette_for(scheme(contrast))
    if app.palette() != palette:
        app.setPalette(palette)
    scale = text_scale(settings)
    if abs(app.font().pointSizeF() - BASE_POINT_SIZE * scale) > 0.01:
        font = QFont(app.font())
        font.setPointSizeF(BASE_POINT_SIZE * scale)
        app.setFont(font)
        refresh_fonts(app)
    if not with_stylesheet:
        # Before the first window: the empty frame needs only colours and the text size.
        return
    sheet = stylesheet(contrast)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
