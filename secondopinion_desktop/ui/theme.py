"""Colours, fonts and sizes for older eyes: an app palette that meets 4.5:1, big targets."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12.0
MIN_SCALE = 1.0
MAX_SCALE = 2.0


def normal_palette() -> QPalette:
    palette = QPalette()
    text = QColor("#1a1a1a")
    window = QColor("#f4f4f2")
    base = QColor("#ffffff")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef1f5"))
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, QColor("#e6e9ee"))
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.ToolTipBase, base)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    # Fusion's own highlight (3.7:1) and placeholder (4.0:1) fail 4.5:1; these pass.
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1d4f91"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#595959"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1d4f91"))
    palette.setColor(QPalette.ColorRole.BrightText, QColor("#ffffff"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#595959"),
        (QPalette.ColorRole.Text, "#595959"),
        (QPalette.ColorRole.ButtonText, "#595959"),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


STYLE = """
QLabel#stepHeading { font-size: %(h1)spt; font-weight: bold; }
QLabel#caseHeading { font-size: %(h2)spt; font-weight: bold; }
QLabel#sectionHeading, QLabel#listCaption { font-weight: bold; }
QLabel#fieldError { color: #8a1c1c; font-weight: bold; }
QPushButton { min-height: 28px; padding: 4px 14px; }
QLineEdit, QComboBox { min-height: 28px; }
QCheckBox { min-height: 28px; }
QListWidget::item, QTreeWidget::item { min-height: 28px; padding: 2px; }
*:focus { outline: 2px solid #1d4f91; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QTreeWidget:focus, QPushButton:focus, QCheckBox:focus { border: 2px solid #1d4f91; }
"""


def text_scale(settings: QSettings) -> float:
    try:
        value = float(settings.value("view/text_scale", 1.0) or 1.0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        value = 1.0
    return min(MAX_SCALE, max(MIN_SCALE, value))


def apply(app: QApplication, settings: QSettings) -> None:
    app.setStyle("Fusion")
    app.setPalette(normal_palette())
    scale = text_scale(settings)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    size = BASE_POINT_SIZE * scale
    app.setStyleSheet(STYLE % {"h1": round(size * 1.5, 1), "h2": round(size * 1.25, 1)})
