"""A recommendation's evidence as SQL: support counted per speaker and session, quotes read by the page.

A recommendation may stand on thousands of coded segments. Opening it must not build one Python
object per segment (its text, context, speaker and consent), so:

* :func:`facts` is one query shape (a UNION over the documents that can be coded) giving, per live
  segment of a live document in a live session, its session, the speaker and the speaker's gender
  and age band; :func:`evidence_condition` picks the recommendation's segments among them (its linked
  segments, and what its linked codes find with their filters, in SQL too);
* :func:`pair_counts` groups them by (speaker, session): one row per pair, not per segment. Consent is
  decided per pair by ``consent_rules`` (the one place for it), so the counts honour withdrawal and
  the quote clause exactly as retrieval does;
* :func:`quote_page` reads one page of quotable segments in order (session date, session, document
  order), leaving out in SQL the pairs whose consent forbids quoting, and builds only those items
  through ``retrieval`` (which applies consent again: a withdrawn participant's words never show);
* :func:`brief_choice` decides which of them an evidence brief quotes (:func:`choose`, the one rule):
  the brief prints them, and the Recommendations page says of each quote it lists whether it is in the
  brief, and if not, why. It reads only the words of every quote, never one retrieved item each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, consent_rules, retrieval
from desktop.core.coding import DOC_FIELDS
from desktop.core.models import CodedSegment, EvidenceLink, Participant, Session
from desktop.core.retrieval import Filters, Retrieved

PAGE = 100  # quotes read at a time: more than a view shows at once
BRIEF_QUOTES = 6  # the quotes an evidence brief prints at most
_SEP = "|"  # between a speaker's and a session's id (UUIDs never hold one)


def facts(*, words: bool = False) -> Any:
    """Every live coded segment with where it was said and by whom, as a subquery. ``words``: with the
    segment's words as ``retrieval`` gives them (the document's words at its place now, or the words as
    coded when they were edited since: ``needs_review``) and its ``needs_review``."""
    seg, ses, person = CodedSegment.__table__.c, Session.__table__, Participant.__table__
    branches: list[Select[Any]] = []
    for doc_table, (model, fields) in sorted(DOC_FIELDS.items()):
        doc = model.__table__
        position: Any
        session_id: Any
        # The session's id as the document holds it: a page's "these sessions" then reaches the
        # document's session index, and SQLite reads those sessions' segments only.
        if doc_table == "session":  # a session's summary: the session is the document
            session, position, session_id = doc, literal(0.0), doc.c.id
            joined = CodedSegment.__table__.join(doc, doc.c.id == seg.doc_id)
        else:
            session, position, session_id = ses, doc.c.position, doc.c.session_id
            joined = CodedSegment.__table__.join(doc, doc.c.id == seg.doc_id).join(ses, ses.c.id == doc.c.session_id)
        if "participant_id" in doc.c:  # a transcript turn: its speaker, if still on record
            speaker: Any = doc.c.participant_id
            joined = joined.outerjoin(person, person.c.id == speaker)
            person_cols: tuple[Any, ...] = (person.c.id, person.c.gender, person.c.age_band)
        else:
            speaker, person_cols = null(), (null(), null(), null())
        extra: list[Any] = []
        if words:
            # SQLite's substr counts characters, as Python's slices do (offsets are code points).
            now = case(*((seg.doc_field == name, func.substr(doc.c[name], seg.start + 1, seg.end - seg.start))
                         for name in sorted(fields)), else_=literal(""))
            extra = [case((seg.needs_review.is_(True), seg.quote), else_=now).label("words"),
                     seg.needs_review.label("needs_review")]
        branches.append(
            select(
                seg.id.label("segment_id"), seg.code_id.label("code_id"), seg.coder.label("coder"),
                seg.start.label("start"), seg.doc_table.label("doc_table"), position.label("position"),
                session_id.label("session_id"), session.c.date.label("session_date"),
                session.c.kind.label("session_kind"), session.c.governorate.label("governorate"),
                speaker.label("speaker_id"), person_cols[0].label("person_id"), person_cols[1].label("gender"),
                person_cols[2].label("age_band"), *extra,
            )
            .select_from(joined)
            .where(seg.deleted.is_(False), seg.doc_table == doc_table, doc.c.deleted.is_(False),
                   session.c.deleted.is_(False))
        )
    return union_all(*branches).subquery("evidence_facts")


def lean_facts() -> Any:
    """:func:`facts` without the session and the speaker: segment and document only. Enough to count
    (grouped first, then joined to the few sessions and speakers) when no filter needs them."""
    seg = CodedSegment.__table__.c
    branches: list[Select[Any]] = []
    for doc_table, (model, _fields) in sorted(DOC_FIELDS.items()):
        doc = model.__table__
        session_id = doc.c.id if doc_table == "session" else doc.c.session_id
        speaker = doc.c.participant_id if "participant_id" in doc.c else null()
        branches.append(
            select(seg.id.label("segment_id"), seg.code_id.label("code_id"), seg.coder.label("coder"),
                   seg.quote.label("quote"), seg.needs_review.label("needs_review"), session_id.label("session_id"),
                   speaker.label("speaker_id"))
            .select_from(CodedSegment.__table__.join(doc, doc.c.id == seg.doc_id))
            .where(seg.deleted.is_(False), seg.doc_table == doc_table, doc.c.deleted.is_(False))
        )
    return union_all(*branches).subquery("evidence_segments")


@dataclass(frozen=True)
class CodeLink:
    """A linked code as support reads it: the code, whether its subcodes count, the saved filters."""

    code_id: str
    include_subcodes: bool
    filters: Filters


def evidence_condition(
    s: OrmSession, f: Any, *, rec_id: str | None, segment_ids: Sequence[str], codes: Sequence[CodeLink],
    by_session: bool = False,
) -> ColumnElement[bool]:
    """Which rows of :func:`facts` ``f`` are the evidence: linked segments (those of ``rec_id``'s live
    segment links, or ``segment_ids``) and the segments each code link finds. ``by_session``: the
    caller picks a few sessions; the segment ids are then only checked, not used to find the rows."""
    parts: list[ColumnElement[bool]] = []
    segment = f.c.segment_id.concat("") if by_session else f.c.segment_id  # || '': no index, just a check
    if rec_id is not None:
        c = EvidenceLink.__table__.c
        parts.append(segment.in_(select(c.segment_id).where(
            c.recommendation_id == rec_id, c.kind == "segment", c.deleted.is_(False))))
    elif segment_ids:
        parts.append(segment.in_(list(segment_ids)))
    for link in codes:
        ids = codebook.with_subcodes(s, [link.code_id]) if link.include_subcodes else {link.code_id}
        parts.append(and_(f.c.code_id.in_(sorted(ids)), *_filter_terms(s, f, link.filters)))
    return or_(*parts) if parts else false()


def _filter_terms(s: OrmSession, f: Any, flt: Filters) -> list[ColumnElement[bool]]:
    """``retrieval.Filters`` in SQL, with retrieval's meaning: no speaker is gender "" and age band ""."""
    terms: list[ColumnElement[bool]] = []
    if flt.coders:
        terms.append(f.c.coder.in_(sorted(flt.coders)))
    if flt.governorates:
        terms.append(f.c.governorate.in_(sorted(flt.governorates)))
    if flt.kinds:
        terms.append(f.c.session_kind.in_(sorted(flt.kinds)))
    if flt.genders:
        terms.append(func.coalesce(f.c.gender, "").in_(sorted(flt.genders)))
    if flt.age_bands:
        terms.append(func.coalesce(f.c.age_band, "").in_(sorted(flt.age_bands)))
    if flt.date_from:
        terms.append(f.c.session_date >= flt.date_from)
    if flt.date_to:
        terms.append(f.c.session_date <= flt.date_to)
    if flt.attributes:
        # Free-form participant attributes (JSON): decided in Python, per participant, as retrieval does.
        def passes(attributes: Any) -> bool:
            values = attributes if isinstance(attributes, dict) else {}
            return all(str(values.get(key, "")) in accepted for key, accepted in flt.attributes)

        people = [pid for pid, attrs in s.execute(select(Participant.id, Participant.attributes)) if passes(attrs)]
        term = f.c.person_id.in_(people)
        terms.append(or_(term, f.c.person_id.is_(None)) if passes({}) else term)
    return terms


@dataclass(frozen=True)
class PairCount:
    """The evidence segments of one speaker (None: the facilitator or minutes) in one session."""

    session_id: str
    session_date: Any  # a date, or None (such sessions read last)
    governorate: str
    speaker_id: str | None  # whose consent applies (the document's speaker)
    person_id: str | None  # the participant row found for them (None if it is gone)
    gender: str
    age_band: str
    segments: int


def needs_context(codes: Iterable[CodeLink]) -> bool:
    """Whether a code link's filters look at sessions or speakers (then only :func:`facts` will do)."""
    return any(
        c.filters.governorates or c.filters.kinds or c.filters.genders or c.filters.age_bands
        or c.filters.date_from or c.filters.date_to or c.filters.attributes
        for c in codes
    )


def pair_counts(s: OrmSession, f: Any, condition: ColumnElement[bool]) -> list[PairCount]:
    """Per (session, speaker): ``f`` is :func:`facts`, or :func:`lean_facts` (grouped first, then the
    sessions, live ones only, and the speakers joined: a few hundred lookups, not one per segment)."""
    if "person_id" not in f.c:
        ses, person = Session.__table__, Participant.__table__
        groups = (select(f.c.session_id, f.c.speaker_id, func.count().label("n")).where(condition)
                  .group_by(f.c.session_id, f.c.speaker_id).subquery("pairs"))
        lean = (
            select(groups.c.session_id, ses.c.date, ses.c.governorate, groups.c.speaker_id, person.c.id,
                   person.c.gender, person.c.age_band, groups.c.n)
            .select_from(groups.join(ses, ses.c.id == groups.c.session_id)
                         .outerjoin(person, person.c.id == groups.c.speaker_id))
            .where(ses.c.deleted.is_(False))
        )
        return [PairCount(str(sid), day, str(gov or ""), spk, pid, str(g or ""), str(a or ""), int(n))
                for sid, day, gov, spk, pid, g, a, n in s.execute(lean)]
    query = (
        select(f.c.session_id, func.max(f.c.session_date), func.max(f.c.governorate), f.c.speaker_id,
               f.c.person_id, func.max(f.c.gender), func.max(f.c.age_band), func.count())
        .where(condition)
        .group_by(f.c.session_id, f.c.speaker_id, f.c.person_id)
    )
    return [PairCount(str(sid), day, str(gov or ""), spk, pid, str(g or ""), str(a or ""), int(n))
            for sid, day, gov, spk, pid, g, a, n in s.execute(query)]


def reading_order(pairs: Iterable[PairCount], quotable: Iterable[bool]) -> tuple[tuple[str, int], ...]:
    """(session, quotes in it) in the order quotes are read: by session date (undated last), then id."""
    days: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for pair, ok in zip(pairs, quotable, strict=True):
        days[pair.session_id] = pair.session_date
        counts[pair.session_id] = counts.get(pair.session_id, 0) + (pair.segments if ok else 0)
    order = sorted(days, key=lambda sid: (days[sid] is None, str(days[sid] or ""), sid))
    return tuple((sid, counts[sid]) for sid in order if counts[sid])


@dataclass(frozen=True)
class QuoteQuery:
    """What reads a recommendation's quotes page by page (plain data: it crosses to the DB worker)."""

    rec_id: str | None
    segment_ids: tuple[str, ...]
    codes: tuple[CodeLink, ...]
    #: (speaker, session) pairs whose words may not be quoted (withdrawn, refused, quotes withdrawn)
    excluded: tuple[tuple[str, str], ...]
    total: int
    #: (session, its quotes) in reading order: a page reads only the sessions its quotes are in
    sessions: tuple[tuple[str, int], ...] = ()
    #: False: not the facilitator's own turns (:func:`without_facilitator`)
    facilitator: bool = True


def _facilitator_turn(f: Any) -> ColumnElement[bool]:
    """A row of :func:`facts` that is a transcript turn with no participant on record: the facilitator's
    own words. The same test as the evidence brief's (``Retrieved.participant_id`` is the row found)."""
    return and_(f.c.doc_table == "transcript_turn", f.c.person_id.is_(None))


def without_facilitator(s: OrmSession, q: QuoteQuery) -> QuoteQuery:
    """``q`` less the facilitator's own turns, which the evidence brief never quotes (a question put to
    the group is not what participants said): what the Recommendations page lists as quotes that may be
    used. Its total and its per-session counts are lessened by the facilitator's turns found in each
    session, so the list's length and its pages agree with what is read. Other readers keep ``q``."""
    if not q.facilitator:
        return q
    f = facts()
    condition = and_(evidence_condition(s, f, rec_id=q.rec_id, segment_ids=q.segment_ids, codes=q.codes),
                     _facilitator_turn(f))
    found = {str(sid): int(n) for sid, n in s.execute(
        select(f.c.session_id, func.count()).where(condition).group_by(f.c.session_id))}
    sessions = tuple((sid, n - found.get(sid, 0)) for sid, n in q.sessions if n - found.get(sid, 0) > 0)
    return replace(q, total=max(0, q.total - sum(found.values())), sessions=sessions, facilitator=False)


def _window(q: QuoteQuery, offset: int, limit: int | None) -> tuple[list[str], int]:
    """The sessions holding quotes ``offset`` to ``offset + limit``, and the offset in the first of them."""
    chosen: list[str] = []
    before = covered = 0
    for session_id, count in q.sessions:
        if not chosen and before + count <= offset:
            before += count
            continue
        chosen.append(session_id)
        covered += count
        if limit is not None and before + covered >= offset + limit:
            break
    return chosen, offset - before


def _quote_condition(s: OrmSession, f: Any, q: QuoteQuery, *, sessions: Sequence[str] | None = None
                     ) -> ColumnElement[bool]:
    """The rows of ``f`` (:func:`facts`) that are ``q``'s quotes; ``sessions``: only those sessions'."""
    condition = evidence_condition(s, f, rec_id=q.rec_id, segment_ids=q.segment_ids, codes=q.codes,
                                   by_session=sessions is not None)
    if sessions is not None:
        condition = and_(condition, f.c.session_id.in_(list(sessions)))
    if not q.facilitator:
        condition = and_(condition, ~_facilitator_turn(f))
    if q.excluded:
        # One text key per pair: SQLite looks a scalar up in an IN list through an index it builds,
        # where a (speaker, session) row value is compared with every pair (five times slower here).
        keys = sorted(f"{speaker}{_SEP}{session}" for speaker, session in q.excluded)
        condition = and_(condition, or_(f.c.speaker_id.is_(None),
                                        (f.c.speaker_id + _SEP + f.c.session_id).not_in(keys)))
    return condition


def _reading(f: Any) -> tuple[Any, ...]:
    """The order quotes are read in: session date (undated last), session, document order, offset."""
    return (f.c.session_date.is_(None), f.c.session_date, f.c.session_id, f.c.doc_table, f.c.position,
            f.c.start, f.c.segment_id)


def quote_page(s: OrmSession, q: QuoteQuery, offset: int, limit: int | None = PAGE) -> list[Retrieved]:
    """Quotable segments ``offset`` to ``offset + limit`` (all with ``limit=None``), in reading order."""
    f = facts()
    sessions: list[str] | None = None
    if q.sessions and limit is not None:
        # Only the sessions this page's quotes are in (known from the counts): a page of a recommendation
        # with thousands of segments joins a hundred or two of them, not all.
        sessions, offset = _window(q, offset, limit)
        if not sessions:
            return []
    query = select(f.c.segment_id).where(_quote_condition(s, f, q, sessions=sessions)).order_by(*_reading(f))
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    ids = [str(r[0]) for r in s.execute(query)]
    return in_order(ids, retrieval.retrieve_segments(s, ids))


@dataclass(frozen=True)
class QuoteWords:
    """A quote as the brief's choice reads it: its words and what decides whether it may be printed."""

    segment_id: str
    session_id: str
    words: str  # as retrieval gives them: the words now, or as coded if edited since
    needs_review: bool  # edited since it was coded
    facilitator: bool  # a transcript turn with no participant on record


#: Whether a quote is in the evidence brief, and if not, why (:meth:`BriefChoice.verdict`).
IN_BRIEF = "in_brief"
TO_REVIEW = "to_review"  # edited since it was coded: its words as coded may be what the edit took out
REPEATED = "repeated"  # the same words as a quote before it: the brief quotes them once
NOT_CHOSEN = "not_chosen"  # the brief quotes BRIEF_QUOTES at most, one per session first
FACILITATOR = "facilitator"  # the facilitator's own words: never quoted as what participants said


@dataclass(frozen=True)
class BriefChoice:
    """The quotes an evidence brief prints (``chosen``, in the brief's order) and why others are not."""

    chosen: tuple[str, ...] = ()
    to_review: frozenset[str] = frozenset()
    repeated: frozenset[str] = frozenset()
    facilitator: frozenset[str] = frozenset()
    limit: int = BRIEF_QUOTES

    def verdict(self, segment_id: str) -> str:
        if segment_id in self.chosen:
            return IN_BRIEF
        if segment_id in self.to_review:
            return TO_REVIEW
        if segment_id in self.repeated:
            return REPEATED
        if segment_id in self.facilitator:
            return FACILITATOR
        return NOT_CHOSEN


def same_words(words: str) -> str:
    """Words as compared for repeats: line breaks and runs of spaces are one space."""
    return " ".join(words.split())


def choose(rows: Iterable[QuoteWords], limit: int = BRIEF_QUOTES) -> BriefChoice:
    """The brief's quotes among ``rows`` (in reading order): up to ``limit``, spread over sessions first
    (the first of each, in date order), then the rest. Never a quote edited since it was coded (its words
    as coded may be a name the facilitator took out of the transcript, or words never said), never the
    facilitator's own words, and the same words once (two speakers, or two codes of one segment: the page
    would read as copied). The one rule: the brief prints these, the Recommendations page marks them."""
    firsts: list[str] = []
    rest: list[str] = []
    seen: set[str] = set()
    said: set[str] = set()
    to_review: set[str] = set()
    repeated: set[str] = set()
    facilitator: set[str] = set()
    for row in rows:
        words = same_words(row.words)
        if row.facilitator:
            facilitator.add(row.segment_id)
        elif row.needs_review:
            to_review.add(row.segment_id)
        elif words in said:
            repeated.add(row.segment_id)
        elif words:
            said.add(words)
            (rest if row.session_id in seen else firsts).append(row.segment_id)
            seen.add(row.session_id)
    return BriefChoice(tuple((firsts + rest)[:limit]), frozenset(to_review), frozenset(repeated),
                       frozenset(facilitator), limit)


def quote_words(s: OrmSession, q: QuoteQuery) -> list[QuoteWords]:
    """Every quote of ``q`` in reading order, as words only (a row each, no retrieved item)."""
    f = facts(words=True)
    query = (select(f.c.segment_id, f.c.session_id, f.c.words, f.c.needs_review, f.c.doc_table, f.c.person_id)
             .where(_quote_condition(s, f, q)).order_by(*_reading(f)))
    return [QuoteWords(str(sid), str(session), str(words or ""), bool(review),
                       doc_table == "transcript_turn" and person is None)
            for sid, session, words, review, doc_table, person in s.execute(query)]


def brief_choice(s: OrmSession, q: QuoteQuery, limit: int = BRIEF_QUOTES) -> BriefChoice:
    """Which of ``q``'s quotes the evidence brief prints (:func:`choose`), read in SQL."""
    return choose(quote_words(s, q), limit)


def quotable_words(s: OrmSession, segment_ids: Sequence[str]) -> dict[str, str]:
    """The coded words of those segments that may be quoted (live, in a live session, consent to quote):
    a few words to name an evidence link by, without building a retrieved item for each. Not those whose
    words were edited since they were coded (``needs_review``): their stored words may be the very ones
    the edit took out of the transcript."""
    f, ses = lean_facts(), Session.__table__
    rows = s.execute(
        select(f.c.segment_id, f.c.quote, f.c.speaker_id, f.c.session_id)
        .select_from(f.join(ses, ses.c.id == f.c.session_id))
        .where(ses.c.deleted.is_(False), f.c.needs_review.is_(False),
               f.c.segment_id.in_(bindparam("ids", expanding=True))),
        {"ids": list(segment_ids)},
    ).all()
    policies = consent_rules.PolicyCache(s, {r.speaker_id for r in rows if r.speaker_id})
    out = {}
    for segment_id, quote, speaker_id, session_id in rows:
        policy = policies.get(speaker_id, session_id)
        if policy.may_quote and not policy.redacted:
            out[str(segment_id)] = str(quote or "")
    return out


def in_order(ids: Iterable[str], items: Iterable[Retrieved]) -> list[Retrieved]:
    """``items`` in the order of ``ids``, only those that may be quoted (consent checked once more)."""
    by_id = {item.segment_id: item for item in items if not item.redacted and not item.do_not_quote}
    return [by_id[i] for i in ids if i in by_id]
