"""Alembic environment: always handed an engine by desktop.core.migrate, never a URL from an ini file."""

from __future__ import annotations

from alembic import context

from desktop.core.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    # One transaction for the whole upgrade, begun here: the driver (pysqlite's legacy transaction
    # handling) begins one only before INSERT/UPDATE/DELETE, so each CREATE/ALTER/DROP ran and was
    # committed on its own. An upgrade cut short (a full disk, a crash) left a schema half-changed, and
    # a new database was written and synced to the disk once per statement (about 150 times).
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table instead
        compare_type=True,
    )
    context.run_migrations()
