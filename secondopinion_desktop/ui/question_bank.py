"""The bank of suggested questions for the visit, by topic and tagged with the reasons they fit."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

BANK_FOLDER = "resources/questions"


@dataclass(frozen=True)
class BankQuestion:
    """One suggested question. ``key`` is the same in every language; ``reasons`` holds the
    reason codes of the diagnosis step that make it worth suggesting first."""

    key: str
    text: str
    topic: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """One group of suggested questions, such as "Treatment choices"."""

    name: str
    entries: tuple[BankQuestion, ...]

    @property
    def questions(self) -> tuple[str, ...]:
        return tuple(entry.text for entry in self.entries)


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
    topics: list[Topic] = []
    for entry in data["topics"]:
        topic = str(entry["topic"])
        topics.append(
            Topic(
                topic,
                tuple(
                    BankQuestion(
                        str(q["id"]), str(q["text"]), topic, tuple(str(r) for r in q["reasons"])
                    )
                    for q in entry["questions"]
                ),
            )
        )
    return tuple(topics)


def all_questions(language: str = "en") -> list[BankQuestion]:
    """Every question of the bank, in the order the topics show them."""
    return [entry for topic in load_bank(language) for entry in topic.entries]


def suggested_for(reason_codes: Iterable[str], language: str = "en") -> list[BankQuestion]:
    """The questions the person's reasons suggest: reason by reason in the order given, each
    reason's questions in bank order, and no question twice."""
    bank = all_questions(language)
    chosen: list[BankQuestion] = []
    seen: set[str] = set()
    for code in reason_codes:
        for entry in bank:
            if code in entry.reasons and entry.key not in seen:
                seen.add(entry.key)
                chosen.append(entry)
    return chosen


def same_question(first: str, second: str) -> bool:
    """Two wordings count as the same question when they differ only in case and spacing."""
    return normalized(first) == normalized(second)


def normalized(text: str) -> str:
    return " ".join(text.casefold().split())
