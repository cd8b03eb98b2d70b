"""the memos typed on codings enter the full-text search index

Revision ID: 0010_segment_memos_searchable
Revises: 0009_rejected_devices

A memo typed in the coding window is stored on its coded segment (coded_segment.memo), which the
index did not cover: the Reports search never found one. The index now does (search.INDEXED); this
revision indexes the memos a database already holds, so an upgraded database finds them too. No
schema change; SQLite only (the FTS5 tables are).
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0010_segment_memos_searchable"
down_revision = "0009_rejected_devices"
branch_labels = None
depends_on = None


# The search folding as it was at this revision, kept here verbatim (not imported from
# desktop.i18n.normalise) so this revision never changes: what a memo is indexed as at upgrade is
# what the app wrote for a memo saved then.
_FOLD: dict[str, str] = {
    **dict.fromkeys("أإآٱٲٳ", "ا"),
    **dict.fromkeys("ىی", "ي"),
    **dict.fromkeys("کڪ", "ك"),
    **dict.fromkeys("ةھ", "ه"),
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
}
_REMOVED = frozenset(chr(c) for lo, hi in (
    (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC), (0x06DF, 0x06E4),
    (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x0640, 0x0640), (0x061C, 0x061C), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2066, 0x2069), (0x00AD, 0x00AD), (0xFEFF, 0xFEFF),
) for c in range(lo, hi + 1))
_WITH_SMALL_V = {"و": "ۆ", "ي": "ێ", "ل": "ڵ"}


def _normalise_for_search(text: str) -> str:
    clusters: list[str] = []
    for ch in text:  # a base character and its combining marks together
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    chars: list[str] = []
    for cluster in clusters:
        for ch in unicodedata.normalize("NFKC", cluster):
            if ch == "\u065a" and chars and chars[-1] in _WITH_SMALL_V:
                chars[-1] = _WITH_SMALL_V[chars[-1]]
            elif ch == "\u200c" and chars and chars[-1] == "ه":
                chars[-1] = "ە"  # old spelling of the Sorani vowel e
            elif ch not in _REMOVED:
                chars.extend(_FOLD.get(ch, ch).casefold())
    return "".join(chars)


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
                     {"r": rowid, "b": _normalise_for_search(memo)})


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    if conn.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is None:
        return
    conn.execute(sa.text("DELETE FROM fts_search WHERE rowid IN "
                         "(SELECT id FROM fts_doc WHERE doc_table = 'coded_segment')"))
    conn.execute(sa.text("DELETE FROM fts_doc WHERE doc_table = 'coded_segment'"))
