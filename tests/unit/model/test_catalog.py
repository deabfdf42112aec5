"""Every code has its own plain words, in English and Spanish, even where codes share a value."""

from enum import StrEnum

import pytest

from secondopinion_desktop.model import enums
from secondopinion_desktop.model.catalog import label

ALL_ENUMS = [
    obj for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("enum_cls", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_words(enum_cls: type[StrEnum], language: str) -> None:
    for member in enum_cls:
        words = label(member, language)
        assert words and words != member.value.replace("_", " ") and "_" not in words


def test_shared_value_other_is_told_apart() -> None:
    assert label(enums.ReasonCode.OTHER) == "Another reason"
    assert label(enums.RecordKind.OTHER) == "Other records"
    assert label(enums.ReasonCode.OTHER, "es") == "Otro motivo"
