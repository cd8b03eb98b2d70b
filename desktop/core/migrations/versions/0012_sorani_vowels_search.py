"""the search index folds ێ ۆ ڤ as an Arabic keyboard types them: ي و ف

Revision ID: 0012_sorani_vowels_search
Revises: 0011_kurdish_keyboard_search

An Arabic keyboard or phone layout has no key for ێ ۆ ڤ: a facilitator types ي (or ی) و ف, and a
turn saying "بێ کار" was not found by "بي كار", "تۆ" not by "تو", "ڤیدیۆ" not by "فيديو" (nor the
reverse). The search now folds the three into those letters (desktop.i18n.normalise.KEYBOARD_LOOKALIKES),
on the query and on the index; this revision folds the index a database already holds the same way,
so text indexed before the upgrade is found as text indexed after. The index holds folded text only,
and the earlier folding kept these three letters as they were (a letter + U+065A was composed into
ۆ or ێ too), so replacing them in the stored bodies gives what the new folding makes of the stored
text. No schema change; SQLite only (the FTS5 tables are).
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0012_sorani_vowels_search"
down_revision = "0011_kurdish_keyboard_search"
branch_labels = None
depends_on = None

# Kept here verbatim (not imported from desktop.i18n.normalise) so this revision never changes.
_LOOKALIKES = (("ێ", "ي"), ("ۆ", "و"), ("ڤ", "ف"))

# For the downgrade: the search folding of the revision below, verbatim, and the documents it indexes.
_FOLD: dict[str, str] = {
    **dict.fromkeys("أإآٱٲٳ", "ا"),
    **dict.fromkeys("ىی", "ي"),
    **dict.fromkeys("کڪ", "ك"),
    **dict.fromkeys("ةھ", "ه"),
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    "ڕ": "ر", "ڵ": "ل", "ە": "ه",
}
_REMOVED = frozenset(chr(c) for lo, hi in (
    (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC), (0x06DF, 0x06E4),
    (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x0640, 0x0640), (0x061C, 0x061C), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2066, 0x2069), (0x2060, 0x2060), (0x00AD, 0x00AD), (0xFEFF, 0xFEFF),
) for c in range(lo, hi + 1))
_WITH_SMALL_V = {"و": "ۆ", "ي": "ێ", "ل": "ڵ"}
_INDEXED = {("transcript_turn", "text"), ("agenda_item", "title"), ("agenda_item", "notes"),
            ("decision", "text"), ("session", "title"), ("session", "summary"), ("memo", "title"),
            ("memo", "text"), ("coded_segment", "memo")}


def _old_folding(text: str) -> str:
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
                composed = _WITH_SMALL_V[chars[-1]]
                chars[-1] = _FOLD.get(composed, composed)
            elif ch == "\u200c" and chars and chars[-1] == "ه":
                chars[-1] = _FOLD.get("ە", "ە")  # old spelling of the Sorani vowel e
            elif ch not in _REMOVED:
                chars.extend(_FOLD.get(ch, ch).casefold())
    return "".join(chars)


def _has_index(conn: sa.Connection) -> bool:
    return conn.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'fts_search'")).first() is not None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or not _has_index(conn):
        return
    folded = "body"
    for letter, lookalike in _LOOKALIKES:
        folded = f"replace({folded}, '{letter}', '{lookalike}')"
    holds = " OR ".join(f"instr(body, '{letter}') > 0" for letter, _ in _LOOKALIKES)
    # An UPDATE of an FTS5 table re-tokenises the row: its old terms leave the index, the new ones enter.
    conn.execute(sa.text(f"UPDATE fts_search SET body = {folded} WHERE {holds}"))
    conn.execute(sa.text("INSERT INTO fts_search (fts_search) VALUES ('optimize')"))


def downgrade() -> None:
    """The letters folded away cannot be read back from the index: each document whose stored text
    holds one of them (or what the old folding made one of: a letter + U+065A) is folded again from
    its stored text as the revision below folded it."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or not _has_index(conn):
        return
    docs = conn.execute(sa.text("SELECT id, doc_table, doc_id, doc_field FROM fts_doc")).all()
    wanted: dict[tuple[str, str], dict[str, int]] = {}
    for rowid, table, doc_id, field in docs:
        if (table, field) in _INDEXED:
            wanted.setdefault((table, field), {})[doc_id] = rowid
    for (table, field), rowids in wanted.items():
        ids = list(rowids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join(f":d{i}" for i in range(len(chunk)))
            rows = conn.execute(sa.text(f"SELECT id, {field} FROM {table} WHERE id IN ({marks})"),
                                {f"d{i}": d for i, d in enumerate(chunk)}).all()
            for doc_id, stored in rows:
                if not stored or not any(c in stored for c in "ێۆڤ\u065a"):
                    continue
                conn.execute(sa.text("UPDATE fts_search SET body = :b WHERE rowid = :r"),
                             {"b": _old_folding(stored), "r": rowids[doc_id]})
