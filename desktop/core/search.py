"""Full-text search over everything people said and wrote, with Arabic and Kurdish folding.

This module is the portable face: what is indexed, how a query is read, and what a hit looks like.
The engine behind it is per database dialect (``search_sqlite`` for FTS5; a PostgreSQL tsvector
engine would implement the same ``Engine`` protocol). Both index and query go through
``normalise_for_search``, and hits are mapped back to code points of the stored text with
``normalise_with_offsets`` so highlights land on the right letters whatever was folded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, consent_rules
from desktop.core.models import (
    AgendaItem,
    Code,
    CodedSegment,
    Decision,
    Memo,
    Session,
    Synced,
    TranscriptTurn,
)
from desktop.i18n.normalise import normalise_for_search, normalise_with_offsets

#: (model, field) pairs in the index. The document's session is found with SESSION_OF.
INDEXED: tuple[tuple[type[Synced], str], ...] = (
    (TranscriptTurn, "text"),
    (AgendaItem, "title"),
    (AgendaItem, "notes"),
    (Decision, "text"),
    (Session, "title"),
    (Session, "summary"),
    (Memo, "title"),
    (Memo, "text"),
    (CodedSegment, "memo"),  # the memo typed on a coding in the coding window
)
INDEXED_TABLES = frozenset(m.__tablename__ for m, _ in INDEXED)
SNIPPET_RADIUS = 60
_WORD = re.compile(r"\w+", re.UNICODE)


def session_id_of(row: Synced) -> str:
    return _session_of(row.__tablename__, row)


def _session_of(table: str, row: Any) -> str:
    """The session of an indexed row, from its attributes (an ORM object or a Core row)."""
    if table == "session":
        return str(row.id)
    if table == "memo":
        return str(row.target_id or "") if row.target_table == "session" else ""
    if table == "coded_segment":  # a coding's session is found when it is a hit (as a memo's on a turn)
        return str(row.doc_id or "") if row.doc_table == "session" else ""
    return str(getattr(row, "session_id", "") or "")


def fields_of(row: Synced) -> list[str]:
    return [f for m, f in INDEXED if isinstance(row, m)]


def columns_to_index(table: str) -> list[str]:
    """What :func:`entries_from` reads of a row of ``table``."""
    fields = [f for m, f in INDEXED if m.__tablename__ == table]
    where = {"session": [], "memo": ["target_table", "target_id"],
             "coded_segment": ["doc_table", "doc_id"]}.get(table, ["session_id"])
    return ["id", *where, *fields]


def entries_from(table: str, row: Any) -> list[IndexEntry]:
    """The index entries of a row read as plain columns (``columns_to_index``): for rows written
    through Core, where no ORM object exists."""
    session_id = _session_of(table, row)
    return [IndexEntry(table, str(row.id), f, session_id, normalise_for_search(getattr(row, f) or ""))
            for m, f in INDEXED if m.__tablename__ == table]


@dataclass(frozen=True)
class IndexEntry:
    doc_table: str
    doc_id: str
    doc_field: str
    session_id: str
    text: str  # normalised


def entries_for(row: Synced) -> list[IndexEntry]:
    return [
        IndexEntry(row.__tablename__, row.id, f, session_id_of(row), normalise_for_search(getattr(row, f) or ""))
        for f in fields_of(row)
    ]


@dataclass(frozen=True)
class Query:
    """A parsed query: every term must occur (AND); a term ending in * matches as a prefix."""

    terms: tuple[str, ...]
    prefix: tuple[bool, ...]

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(text: str) -> Query:
    terms: list[str] = []
    prefix: list[bool] = []
    for raw in text.split():
        is_prefix = raw.endswith("*")
        for word in _WORD.findall(normalise_for_search(raw.rstrip("*"))):
            terms.append(word)
            prefix.append(False)
        if is_prefix and prefix:
            prefix[-1] = True
    return Query(tuple(terms), tuple(prefix))


@dataclass
class Hit:
    doc_table: str
    doc_id: str
    doc_field: str
    session_id: str
    text: str  # the stored text, as written
    highlights: list[tuple[int, int]] = field(default_factory=list)  # code points into ``text``
    snippet: str = ""
    snippet_highlights: list[tuple[int, int]] = field(default_factory=list)  # into ``snippet``
    snippet_start: int = 0


class Engine(Protocol):
    def rebuild(self, s: OrmSession, progress: Callable[[int, int], None] | None = None) -> int: ...

    def update(self, s: OrmSession, entries: Iterable[IndexEntry], removed: Iterable[tuple[str, str]]) -> None: ...

    def find(
        self, s: OrmSession, query: Query, limit: int, session_id: str | None
    ) -> list[tuple[str, str, str, str]]: ...

    def catch_up(self, s: OrmSession) -> int: ...


#: One engine per database dialect; each engine module registers itself when imported (the store
#: that opens a database of that dialect imports it), so this portable module imports none of them.
ENGINES: dict[str, Callable[[], Engine]] = {}


def register_engine(dialect: str, factory: Callable[[], Engine]) -> None:
    ENGINES[dialect] = factory


def engine_for(s: OrmSession) -> Engine:
    dialect = s.get_bind().dialect.name
    if dialect not in ENGINES:
        raise NotImplementedError(f"no search engine for {dialect}")
    return ENGINES[dialect]()


def term_spans(normalised: str, query: Query) -> list[tuple[int, int]]:
    """Where the query's terms occur as whole words (or word prefixes) in normalised text."""
    spans: list[tuple[int, int]] = []
    wanted = dict(zip(query.terms, query.prefix, strict=True))
    for m in _WORD.finditer(normalised):
        word = m.group()
        for term, is_prefix in wanted.items():
            if word == term or (is_prefix and word.startswith(term)):
                spans.append((m.start(), m.start() + (len(term) if is_prefix else len(word))))
                break
    return spans


def highlight(text: str, query: Query) -> list[tuple[int, int]]:
    """Code-point spans of ``text`` that match the query, whatever spelling variant was used."""
    normalised, offsets = normalise_with_offsets(text)
    return [(offsets[a], offsets[b]) for a, b in term_spans(normalised, query)]


def make_hit(doc_table: str, doc_id: str, doc_field: str, session_id: str, text: str, query: Query) -> Hit:
    spans = highlight(text, query)
    hit = Hit(doc_table, doc_id, doc_field, session_id, text, spans)
    centre = spans[0][0] if spans else 0
    lo = max(0, centre - SNIPPET_RADIUS)
    hi = min(len(text), centre + SNIPPET_RADIUS * 2)
    # Widen to whole words so a snippet never starts inside a word.
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    hit.snippet, hit.snippet_start = text[lo:hi], lo
    hit.snippet_highlights = [(a - lo, b - lo) for a, b in spans if a >= lo and b <= hi]
    return hit


def search(s: OrmSession, text: str, *, limit: int = 200, session_id: str | None = None) -> list[Hit]:
    """Best hits first, each with the stored text and highlight spans in code points."""
    query = parse_query(text)
    if query.empty:
        return []
    engine = engine_for(s)
    engine.catch_up(s)  # what bundles brought since the last search (a caller's transaction keeps it: catch_up_index)
    refs = engine.find(s, query, limit, session_id)
    rows = _load_texts(s, refs)
    hits = []
    redacted: dict[tuple[str | None, str | None], bool] = {}

    def withdrawn(key: tuple[str | None, str | None]) -> bool:
        if key[0] is None:
            return False  # not a participant's words
        if key not in redacted:
            redacted[key] = consent_rules.policy(s, *key).redacted
        return redacted[key]

    # A deleted session keeps its turns (and their index entries): its words are not found either.
    gone = set(s.scalars(select(Session.id).where(Session.deleted.is_(True)))) if refs else set()
    for doc_table, doc_id, doc_field, sid in refs:
        row = rows.get((doc_table, doc_id))
        if row is None or row.deleted:
            continue
        if isinstance(row, TranscriptTurn) and withdrawn((row.participant_id, row.session_id)):
            continue  # withdrawn speech is never shown, not even as a search hit
        if isinstance(row, CodedSegment):
            # A memo on a coding of withdrawn speech goes where its quote goes (REDACTED): it often
            # repeats the words.
            if withdrawn(consent_rules.segment_speaker(s, row)) or not _on_live_text(s, row):
                continue
            sid = sid or _segment_session(s, row)
        if isinstance(row, Memo) and row.target_table == "coded_segment":
            segment = s.get(CodedSegment, row.target_id)
            if segment is not None and (withdrawn(consent_rules.segment_speaker(s, segment))
                                        or not _on_live_text(s, segment)):
                continue
        if isinstance(row, Memo) and row.target_table == "transcript_turn":
            # A memo on the turn itself often repeats the words too: it goes where the turn goes.
            turn = s.get(TranscriptTurn, row.target_id)
            if turn is not None and (turn.deleted or withdrawn((turn.participant_id, turn.session_id))):
                continue
        if isinstance(row, Memo) and row.target_table == "code" and _code_gone(s, row.target_id):
            continue  # a memo on a deleted code went with it (one merged away is the survivor's)
        if isinstance(row, Memo) and not sid:
            sid = _memo_session(s, row)
        if sid in gone:
            continue
        hit = make_hit(doc_table, doc_id, doc_field, sid, getattr(row, doc_field) or "", query)
        if hit.highlights:
            hits.append(hit)
    return hits


#: What a memo may be written on, beside a session itself: rows that belong to one session.
_IN_A_SESSION: dict[str, type[Synced]] = {m.__tablename__: m for m in (TranscriptTurn, AgendaItem, Decision)}


def _on_live_text(s: OrmSession, segment: CodedSegment) -> bool:
    """Whether the text a coding is on is still there: a memo on a coding of a deleted turn (it often
    repeats the words) is found no more than the turn is."""
    model = Session if segment.doc_table == "session" else _IN_A_SESSION.get(segment.doc_table or "")
    doc = s.get(model, segment.doc_id) if model is not None else None
    return doc is not None and not doc.deleted


def _code_gone(s: OrmSession, code_id: str) -> bool:
    code = s.get(Code, codebook.resolve(s, code_id))
    return code is None or code.deleted


def _memo_session(s: OrmSession, memo: Memo) -> str:
    """The session a memo on a coded segment or on a turn, agenda item or decision belongs to ("" for
    a memo on a code or on the whole project): the index keeps a session only for memos on one."""
    table, target_id = memo.target_table or "", memo.target_id or ""
    if table == "coded_segment":
        segment = s.get(CodedSegment, target_id)
        return _segment_session(s, segment) if segment is not None else ""
    return _session_of_target(s, table, target_id)


def _segment_session(s: OrmSession, segment: CodedSegment) -> str:
    """The session of the text a coding is on."""
    if segment.doc_table == "session":
        return str(segment.doc_id or "")
    return _session_of_target(s, segment.doc_table or "", segment.doc_id or "")


def _session_of_target(s: OrmSession, table: str, target_id: str) -> str:
    model = _IN_A_SESSION.get(table)
    row = s.get(model, target_id) if model is not None else None
    return str(getattr(row, "session_id", "") or "")


def _load_texts(s: OrmSession, refs: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], Any]:
    by_table: dict[str, set[str]] = {}
    for doc_table, doc_id, _, _ in refs:
        by_table.setdefault(doc_table, set()).add(doc_id)
    models = {m.__tablename__: m for m, _ in INDEXED}
    out: dict[tuple[str, str], Any] = {}
    for table, ids in by_table.items():
        model = models[table]
        for row in s.query(model).filter(model.id.in_(ids)):
            out[(table, row.id)] = row
    return out


def catch_up_index(s: OrmSession) -> int:
    """Index what bundles brought since the last search (``search`` does it too, in its caller's
    session); run in a transaction of its own before a search, so it is done once, not per search."""
    return engine_for(s).catch_up(s)


def rebuild_index(s: OrmSession, progress: Callable[[int, int], None] | None = None) -> int:
    """Re-create the whole index from the stored text; returns the number of documents indexed."""
    return engine_for(s).rebuild(s, progress)

