"""records: the right-of-access clock, courier and return of slides and discs, disc check

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 22:00:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_COLUMNS: list[tuple[str, sa.types.TypeEngine[Any]]] = [
    ("extension_notice_on", sa.Date()),
    ("extended_until", sa.Date()),
    ("received_on", sa.Date()),
    ("courier", sa.Text()),
    ("tracking_number", sa.Text()),
    ("return_by", sa.Date()),
    ("returned_on", sa.Date()),
    ("disc_checked_on", sa.Date()),
    ("disc_studies", sa.Integer()),
    ("disc_images", sa.Integer()),
]


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place, no table copy.
    with op.batch_alter_table("records") as batch:
        for name, kind in NEW_COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("records") as batch:
        for name, _kind in reversed(NEW_COLUMNS):
            batch.drop_column(name)
