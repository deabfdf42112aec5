"""The Spanish translation file as the tests read it: each message, its translation and state."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

TS_FILE = (
    Path(__file__).resolve().parents[2]
    / "secondopinion_desktop/resources/translations/secondopinion_es.ts"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool


def read_messages(path: Path = TS_FILE) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type") or ""
            if kind in ("obsolete", "vanished"):
                continue  # kept by lupdate for history; no longer shown anywhere
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=translation.text or "",
                    unfinished=kind == "unfinished",
                )
            )
    return messages
