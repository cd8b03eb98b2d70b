"""coded_segment.needs_review (re-anchoring flag) and the SQLite full-text search index

Revision ID: 0003_search
Revises: 0002

The FTS5 tables are SQLite-only (see desktop/core/search_sqlite.py); on another dialect only the
column is added and search uses that dialect's own implementation.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_search"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coded_segment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needs_review", sa.Boolean(), nullable=False, server_default=sa.false()))
    if op.get_bind().dialect.name == "sqlite":
        # Kept here verbatim (not imported from search_sqlite) so this revision never changes.
        op.execute(
            "CREATE TABLE fts_doc (id INTEGER PRIMARY KEY, doc_table VARCHAR(40) NOT NULL, "
            "doc_id VARCHAR(36) NOT NULL, doc_field VARCHAR(40) NOT NULL, session_id VARCHAR(36) NOT NULL "
            "DEFAULT '', CONSTRAINT uq_fts_doc_ref UNIQUE (doc_table, doc_id, doc_field))"
        )
        op.execute(
            "CREATE VIRTUAL TABLE fts_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS fts_search")
        op.execute("DROP TABLE IF EXISTS fts_doc")
    with op.batch_alter_table("coded_segment", schema=None) as batch_op:
        batch_op.drop_column("needs_review")
