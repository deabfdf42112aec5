"""Column types: enums stored by value, and date-times that keep their UTC offset."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Dialect, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import TypeDecorator


def enum_column_type(enum_cls: type[StrEnum]) -> SAEnum:
    """An enum stored as its plain value (``"in_person"``), checked on the way in."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
    )


class AwareDateTime(TypeDecorator[datetime]):
    """A date-time with its UTC offset, stored as ISO 8601 text so the offset survives."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError("expected a datetime")
        if value.tzinfo is None:
            raise ValueError("a date and time must carry its UTC offset")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(str(value))
