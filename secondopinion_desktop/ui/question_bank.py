"""The bank of suggested questions (GUIDE G9), grouped by topic, read from the package data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

BANK_FOLDER = "resources/questions"


@dataclass(frozen=True)
class Topic:
    """One group of suggested questions, such as "Treatment choices"."""

    name: str
    questions: tuple[str, ...]


def bank_language(language: str) -> str:
    """The bank file to use for a window language: Spanish for "es...", English otherwise."""
    return "es" if language.lower().startswith("es") else "en"


@cache
def load_bank(language: str = "en") -> tuple[Topic, ...]:
    """The suggested questions in ``language``, topic by topic, in the order they are shown.

    Read through importlib.resources so it works from an installed wheel as well as a checkout.
    """
    name = f"{BANK_FOLDER}/{bank_language(language)}.json"
    text = resources.files("secondopinion_desktop").joinpath(name).read_text("utf-8")
    data = json.loads(text)
    return tuple(
        Topic(str(entry["topic"]), tuple(str(q) for q in entry["questions"]))
        for entry in data["topics"]
    )


def same_question(first: str, second: str) -> bool:
    """Two wordings count as the same question when they differ only in case and spacing."""
    return normalized(first) == normalized(second)


def normalized(text: str) -> str:
    return " ".join(text.casefold().split())
