"""the memos typed on codings enter the full-text search index

Revision ID: 0010_segment_memos_searchable
Revises: 0009_rejected_devices

A memo typed in the coding window is stored on its coded segment (coded_segment.memo), which the
index did not cover: the Reports search never found one. The index now does (search.INDEXED); this
revision indexes the memos a database already holds, so an upgraded database finds them too. No
schema change; SQLite only (the FTS5 tables are).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.i18n.normalise import normalise_for_search

revision = "0010_segment_memos_searchable"
down_revision = "0009_rejected_devices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    if conn.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is None:
        return
    rows = conn.execute(sa.text(
        "SELECT id, doc_table, doc_id, memo FROM coded_segment WHERE deleted = 0 AND memo != '' "
        "AND id NOT IN (SELECT doc_id FROM fts_doc WHERE doc_table = 'coded_segment')"
    )).all()
    for segment_id, doc_table, doc_id, memo in rows:
        # A coding's session is kept in the index only when it is on a session's own text; the
        # search finds it for the others when one is a hit (as for a memo on a turn).
        session_id = doc_id if doc_table == "session" else ""
        rowid = conn.execute(sa.text(
            "INSERT INTO fts_doc (doc_table, doc_id, doc_field, session_id) "
            "VALUES ('coded_segment', :d, 'memo', :s)"), {"d": segment_id, "s": session_id}).lastrowid
        conn.execute(sa.text("INSERT INTO fts_search (rowid, body) VALUES (:r, :b)"),
                     {"r": rowid, "b": normalise_for_search(memo)})


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    if conn.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is None:
        return
    conn.execute(sa.text("DELETE FROM fts_search WHERE rowid IN "
                         "(SELECT id FROM fts_doc WHERE doc_table = 'coded_segment')"))
    conn.execute(sa.text("DELETE FROM fts_doc WHERE doc_table = 'coded_segment'"))
