"""Alembic environment: always handed an engine by desktop.core.migrate, never a URL from an ini file."""

from __future__ import annotations

from alembic import context

from desktop.core.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table instead
        compare_type=True,
    )
    context.run_migrations()
