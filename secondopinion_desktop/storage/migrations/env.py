"""Alembic environment: always run on a connection handed over by the store."""

from __future__ import annotations

from alembic import context

from secondopinion_desktop.model import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes one
    raise RuntimeError("migrations run only through secondopinion_desktop.storage")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
