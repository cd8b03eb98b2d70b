"""Inter-coder agreement at character level, counting only text that somebody coded.

Other tools count every uncoded character as an agreement ("neither coded it"), which inflates
kappa towards 1 on long transcripts. Here the universe is restricted:

* **per code, percent agreement** = characters both coders gave that code / characters at least
  one of them gave it (the union for that code);
* **per code, kappa** = Cohen's kappa of the yes/no decision "has this code" over the characters at
  least one coder coded with *any* code. (Over the per-code union alone the "neither" cell is empty
  by construction and kappa can never exceed 0, so it would say nothing.)
* **overall** = over characters at least one coder coded with any code, each character's category
  for a coder is the *set* of codes that coder gave it (possibly empty); percent agreement is the
  share of characters with equal sets, and kappa is Cohen's kappa over those categories.

Documents compared: those where both coders coded something, unless given explicitly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import coding, consent_rules
from desktop.core.models import CodedSegment

Doc = tuple[str, str, str]  # doc_table, doc_id, doc_field


@dataclass
class CodeAgreement:
    code_id: str
    both: int  # characters both coders gave this code
    only_a: int
    only_b: int
    percent: float  # both / union, in 0..100
    kappa: float | None  # None when undefined (chance agreement is total)


@dataclass
class Disagreement:
    doc: Doc
    start: int
    end: int
    code_id: str
    coder: str  # who applied the code the other did not


@dataclass
class Report:
    coder_a: str
    coder_b: str
    documents: list[Doc]
    characters: int  # the universe: characters coded by at least one coder
    percent: float
    kappa: float | None
    per_code: list[CodeAgreement] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


def kappa(table: Counter[tuple[object, object]]) -> float | None:
    """Cohen's kappa from counts of (category by A, category by B)."""
    n = sum(table.values())
    if n == 0:
        return None
    observed = sum(v for (a, b), v in table.items() if a == b) / n
    by_a: Counter[object] = Counter()
    by_b: Counter[object] = Counter()
    for (a, b), v in table.items():
        by_a[a] += v
        by_b[b] += v
    expected = sum(by_a[k] * by_b.get(k, 0) for k in by_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def _segments(s: OrmSession, coder: str, docs: set[Doc] | None) -> dict[Doc, list[CodedSegment]]:
    out: dict[Doc, list[CodedSegment]] = defaultdict(list)
    query = select(CodedSegment).where(CodedSegment.coder == coder, CodedSegment.deleted.is_(False))
    for seg in s.scalars(query):
        doc = (seg.doc_table, seg.doc_id, seg.doc_field)
        if docs is None or doc in docs:
            out[doc].append(seg)
    live = _live(s, {(table, doc_id) for table, doc_id, _field in out})
    return defaultdict(list, {doc: segs for doc, segs in out.items() if doc[:2] in live})


def _live(s: OrmSession, docs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The documents of ``docs`` still there: not deleted, their session not deleted (a deleted turn
    keeps its codings, which would otherwise count in the agreement of text no transcript holds)."""
    sessions = coding.DOC_FIELDS["session"][0]
    live_sessions = set(s.scalars(select(sessions.id).where(sessions.deleted.is_(False))))
    out: set[tuple[str, str]] = set()
    for table in {table for table, _ in docs}:
        if table not in coding.DOC_FIELDS:
            continue
        model = coding.DOC_FIELDS[table][0].__table__
        ids = [doc_id for t, doc_id in docs if t == table]
        session_of = model.c.id if table == "session" else model.c.session_id
        for start in range(0, len(ids), 500):
            rows = s.execute(select(model.c.id, session_of).where(model.c.id.in_(ids[start : start + 500]),
                                                                   model.c.deleted.is_(False)))
            out |= {(table, doc_id) for doc_id, session_id in rows if session_id in live_sessions}
    return out


def _pieces(segs_a: list[CodedSegment], segs_b: list[CodedSegment]) -> list[tuple[int, int, frozenset[str], frozenset[str]]]:
    """Cut the text at every segment boundary: (start, end, codes by A, codes by B) per piece."""
    cuts = sorted({p for seg in (*segs_a, *segs_b) for p in (seg.start, seg.end)})
    out = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        a = frozenset(x.code_id for x in segs_a if x.start <= lo and hi <= x.end)
        b = frozenset(x.code_id for x in segs_b if x.start <= lo and hi <= x.end)
        if a or b:
            out.append((lo, hi, a, b))
    return out


def compare(s: OrmSession, coder_a: str, coder_b: str, documents: Iterable[Doc] | None = None) -> Report:
    wanted = set(documents) if documents is not None else None
    by_a, by_b = _segments(s, coder_a, wanted), _segments(s, coder_b, wanted)
    docs = sorted(wanted if wanted is not None else set(by_a) & set(by_b))
    overall: Counter[tuple[object, object]] = Counter()
    per_code: dict[str, Counter[tuple[object, object]]] = defaultdict(Counter)
    all_codes = {x.code_id for d in docs for x in (*by_a.get(d, []), *by_b.get(d, []))}
    disagreements: list[Disagreement] = []
    open_spans: dict[tuple[Doc, str, str], Disagreement] = {}
    pieces_by_doc = {d: _pieces(by_a.get(d, []), by_b.get(d, [])) for d in docs}
    for doc, pieces in pieces_by_doc.items():
        for lo, hi, a, b in pieces:
            width = hi - lo
            overall[(a, b)] += width
            for code in all_codes:
                per_code[code][(code in a, code in b)] += width
            for code in a ^ b:
                who = coder_a if code in a else coder_b
                last = open_spans.get((doc, code, who))
                if last is not None and last.end == lo:
                    last.end = hi  # one span for one stretch of text, not one per piece
                else:
                    open_spans[(doc, code, who)] = Disagreement(doc, lo, hi, code, who)
                    disagreements.append(open_spans[(doc, code, who)])
    n = sum(overall.values())
    agree = sum(v for (a, b), v in overall.items() if a == b)
    report = Report(coder_a, coder_b, docs, n, 100.0 * agree / n if n else 0.0, kappa(overall))
    for code in sorted(all_codes):
        t = per_code[code]
        both, only_a, only_b = t[(True, True)], t[(True, False)], t[(False, True)]
        union = both + only_a + only_b
        report.per_code.append(
            CodeAgreement(code, both, only_a, only_b, 100.0 * both / union if union else 0.0, kappa(t))
        )
    disagreements.sort(key=lambda d: (d.doc, d.start, d.code_id))
    report.disagreements = disagreements
    return report


def coder_pairs_documents(s: OrmSession, coder_a: str, coder_b: str) -> list[Doc]:
    """Documents both coders coded: what ``compare`` looks at by default."""
    return compare(s, coder_a, coder_b).documents


def disagreement_texts(s: OrmSession, disagreements: Iterable[Disagreement]) -> dict[int, str]:
    """The words of each disagreement (by ``id``) as a screen may show them: ``REDACTED`` for the words
    of a participant who withdrew all their data, as retrieval, search and the exports show them;
    "" for a document deleted since."""
    disagreements = list(disagreements)
    loaded = _load_documents(s, [d.doc for d in disagreements])  # held: the session keeps its rows weakly
    policies: consent_rules.PolicyCache | None = None
    out: dict[int, str] = {}
    for d in disagreements:
        try:
            doc = coding.document(s, *d.doc)
        except coding.CodingError:
            out[id(d)] = ""
            continue
        speaker = getattr(doc, "participant_id", None) if d.doc[0] == "transcript_turn" else None
        if speaker is not None:
            policies = policies or consent_rules.PolicyCache(s)
            if policies.get(speaker, getattr(doc, "session_id", None)).redacted:
                out[id(d)] = consent_rules.REDACTED
                continue
        out[id(d)] = str(getattr(doc, d.doc[2]) or "")[d.start : d.end]
    del loaded
    return out


def _id_batches(docs: Iterable[Doc]) -> Iterator[tuple[str, list[str]]]:
    """The codable documents of ``docs`` as (table, up to 500 of its ids): a query a batch, not a
    document (and never more ids in one statement than SQLite takes)."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        if _codable(doc):
            by_table[doc[0]].add(doc[1])
    for table, doc_ids in by_table.items():
        ids = sorted(doc_ids)
        for first in range(0, len(ids), 500):
            yield table, ids[first : first + 500]


def _load_documents(s: OrmSession, docs: Iterable[Doc]) -> list[object]:
    """Read the documents of ``docs`` a batch at a time, so that ``coding.document`` finds each in the
    session's identity map instead of asking the database once a document."""
    loaded: list[object] = []
    for table, ids in _id_batches(docs):
        model = coding.DOC_FIELDS[table][0]
        loaded += s.scalars(select(model).where(model.id.in_(ids))).all()
    return loaded


def _codable(doc: Doc) -> bool:
    return doc[0] in coding.DOC_FIELDS and doc[2] in coding.DOC_FIELDS[doc[0]][1]


def disagreement_places(s: OrmSession, disagreements: Iterable[Disagreement]) -> dict[int, tuple[str, str]]:
    """Where each disagreement (by ``id``) opens in the coding window: (session id, the id of the
    coding that makes it, the one its coder applied over its first character). A disagreement on a
    document deleted since, or no longer in a session, has none.

    Read a table of documents at a time (their sessions, and their codings by these coders, in one
    query), not once per disagreement: a project has thousands of them."""
    wanted = [d for d in disagreements if _codable(d.doc)]
    coders = sorted({d.coder for d in wanted})
    sessions: dict[tuple[str, str], str] = {}
    codings: dict[tuple[Doc, str, str], list[tuple[int, str, int]]] = defaultdict(list)
    for table, ids in _id_batches(d.doc for d in wanted):
        model = coding.DOC_FIELDS[table][0].__table__
        session_of = model.c.id if table == "session" else model.c.session_id
        rows = s.execute(
            select(model.c.id, session_of, CodedSegment.id, CodedSegment.doc_field, CodedSegment.code_id,
                   CodedSegment.coder, CodedSegment.start, CodedSegment.end)
            .select_from(model)
            .outerjoin(CodedSegment, and_(CodedSegment.doc_table == table, CodedSegment.doc_id == model.c.id,
                                          CodedSegment.coder.in_(coders), CodedSegment.deleted.is_(False)))
            .where(model.c.id.in_(ids), model.c.deleted.is_(False)))
        for doc_id, session_id, segment, doc_field, code_id, coder, start, end in rows:
            if session_id:
                sessions[(table, doc_id)] = str(session_id)
            if segment is not None:
                codings[((table, doc_id, doc_field), code_id, coder)].append((start, segment, end))
    out: dict[int, tuple[str, str]] = {}
    for d in wanted:
        session_id = sessions.get(d.doc[:2])
        if session_id is None:
            continue
        over = [(start, segment) for start, segment, end in codings.get((d.doc, d.code_id, d.coder), [])
                if start <= d.start and end >= d.end]
        out[id(d)] = (session_id, min(over)[1] if over else "")  # the first to start (then by id)
    return out
