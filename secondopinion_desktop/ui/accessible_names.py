"""Names a screen reader says: buttons named after the words shown on them."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget

# Marks a name this module gave, so it follows the button's words when they change.
FROM_TEXT = "secondOpinionNameFromText"


def name_buttons_from_text(root: QWidget) -> None:
    """Give every button under ``root`` without a name the words on it ("&" removed).

    Names set on purpose elsewhere are left alone.
    """
    for button in root.findChildren(QAbstractButton):
        words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if not words:
            continue
        current = button.accessibleName()
        if not current or (button.property(FROM_TEXT) is True and current != words):
            button.setAccessibleName(words)
            button.setProperty(FROM_TEXT, True)
