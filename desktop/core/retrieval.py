"""Coded segments with everything an analyst reads next to them: context, session, speaker, consent.

Consent is applied here, once, for every screen and export built on retrieval: a withdrawn
participant's words come back as ``REDACTED``, and a segment whose speaker did not agree to be quoted
carries ``do_not_quote`` and never appears in :func:`quotes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, consent_rules, recorded_on
from desktop.core.coding import DOC_FIELDS
from desktop.core.models import CodedSegment, Participant, Session, Team
from desktop.core.recorded_on import RecordingDevice

CONTEXT_CHARS = 120


@dataclass(frozen=True)
class Filters:
    """Empty sets mean "any". Participant filters (gender, age band) drop segments without a speaker."""

    governorates: frozenset[str] = frozenset()
    genders: frozenset[str] = frozenset()
    age_bands: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    coders: frozenset[str] = frozenset()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: participant.attributes key -> accepted values
    attributes: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass
class Retrieved:
    segment_id: str
    code_id: str
    doc_table: str
    doc_id: str
    doc_field: str
    start: int
    end: int
    text: str  # the coded words, or REDACTED
    before: str  # context, already redacted when needed
    after: str
    coder: str
    memo: str
    session_id: str
    session_title: str
    session_kind: str
    session_date: dt.date | None
    governorate: str
    participant_id: str | None
    speaker: str  # pseudonym; "" for the facilitator or a minutes document
    gender: str
    age_band: str
    attributes: dict[str, Any] = field(default_factory=dict)
    do_not_quote: bool = False
    redacted: bool = False
    needs_review: bool = False
    #: The device that recorded the speaker, where another live participant has the same pseudonym (two
    #: laptops' BSR-FG01-P01 at the centre); None otherwise. ``speaker_name`` names the speaker by it.
    speaker_device: RecordingDevice | None = None
    #: The session's language (its words' direction: desktop/core/text_direction.py); "" if unknown.
    session_language: str = ""


# Only the columns retrieval reads, as plain rows: no ORM object, no JSON bookkeeping to decode
# (a recommendation's thousands of linked segments open in a blink this way).
_SEGMENT_COLUMNS = ("id", "code_id", "doc_table", "doc_id", "doc_field", "start", "end", "coder", "memo",
                    "quote", "needs_review", "deleted")
_DOC_EXTRA = ("session_id", "participant_id", "position")
_COLUMNS: dict[Any, tuple[str, ...]] = {
    Session: ("id", "deleted", "title", "kind", "date", "governorate", "language"),
    Participant: ("id", "code", "gender", "age_band", "attributes", "origin_device"),
    CodedSegment: _SEGMENT_COLUMNS,
}


def _select(model: Any, names: Iterable[str]) -> Any:
    table = model.__table__
    return select(*(table.c[name] for name in names))


def _docs(s: OrmSession, segments: list[Any]) -> dict[tuple[str, str], Any]:
    wanted: dict[str, set[str]] = {}
    for seg in segments:
        wanted.setdefault(seg.doc_table, set()).add(seg.doc_id)
    out: dict[tuple[str, str], Any] = {}
    for table, ids in wanted.items():
        if table not in DOC_FIELDS:
            continue
        model, fields = DOC_FIELDS[table]
        columns = model.__table__.c
        names = ["id", "deleted", *(n for n in _DOC_EXTRA if n in columns), *sorted(fields)]
        id_list = list(ids)
        for i in range(0, len(id_list), 500):
            for row in s.execute(_select(model, names).where(columns.id.in_(id_list[i : i + 500]))):
                out[(table, row.id)] = row
    return out


def _by_id(s: OrmSession, model: Any, ids: Iterable[str]) -> dict[str, Any]:
    id_list = [i for i in set(ids) if i]
    out: dict[str, Any] = {}
    query = _select(model, _COLUMNS[model])
    for i in range(0, len(id_list), 500):
        for row in s.execute(query.where(model.__table__.c.id.in_(id_list[i : i + 500]))):
            out[row.id] = row
    return out


def retrieve(
    s: OrmSession,
    code_ids: Iterable[str] | None = None,
    *,
    include_subcodes: bool = True,
    filters: Filters | None = None,
) -> list[Retrieved]:
    """Segments of the given codes (all codes if None), in session date and document order."""
    filters = filters or Filters()
    query = _select(CodedSegment, _SEGMENT_COLUMNS).where(CodedSegment.deleted.is_(False))
    if code_ids is not None:
        ids = set(code_ids)
        if include_subcodes:
            ids = codebook.with_subcodes(s, ids)
        query = query.where(CodedSegment.code_id.in_(ids))
    if filters.coders:
        query = query.where(CodedSegment.coder.in_(filters.coders))
    return build(s, list(s.execute(query)), filters)


def retrieve_segments(s: OrmSession, segment_ids: Iterable[str]) -> list[Retrieved]:
    """These segments (live ones only), with context, speaker and consent, in document order."""
    segments = [seg for seg in _by_id(s, CodedSegment, segment_ids).values() if not seg.deleted]
    return build(s, segments, Filters())


def build(s: OrmSession, segments: list[Any], filters: Filters) -> list[Retrieved]:
    """Retrieved items for loaded segments: documents, sessions and speakers fetched in batches."""
    docs = _docs(s, segments)
    sessions = _by_id(s, Session, (getattr(d, "session_id", None) or d.id for d in docs.values()))
    speaker_ids = {pid for d in docs.values() if (pid := getattr(d, "participant_id", None))}
    people = _by_id(s, Participant, speaker_ids)
    policies = consent_rules.PolicyCache(s, speaker_ids)
    shared = recorded_on.shared_codes(s) if people else set()
    devices = recorded_on.device_names(s) if shared else {}
    filtered = filters != Filters()  # no filter: nothing to check per segment (thousands of them)
    keyed: list[tuple[tuple[dt.date, str, str, float, int], Retrieved]] = []
    for seg in segments:
        doc = docs.get((seg.doc_table, seg.doc_id))
        if doc is None or doc.deleted:
            continue
        session_id = doc.id if seg.doc_table == "session" else doc.session_id
        session = sessions.get(session_id)
        if session is None or session.deleted:
            continue
        participant_id = getattr(doc, "participant_id", None)
        person = people.get(participant_id or "")
        item = _build(seg, doc, session, person)
        if person is not None and person.code in shared:
            origin = person.origin_device or ""
            item.speaker_device = RecordingDevice(devices.get(origin, ""), origin)
        if filtered and not _passes(item, filters):
            continue
        pol = policies.get(participant_id, session_id)
        item.redacted = pol.redacted
        item.do_not_quote = not pol.may_quote
        if pol.redacted:  # the memo too: it often repeats the words (the exports leave it out as well)
            item.text, item.before, item.after, item.memo = consent_rules.REDACTED, "", "", ""
        # The sort key while the document is at hand: session date, session, document order, offset.
        position = float(getattr(doc, "position", 0.0) or 0.0)
        keyed.append(((item.session_date or dt.date.min, session_id, seg.doc_table, position, seg.start), item))
    keyed.sort(key=lambda pair: pair[0])
    return [item for _, item in keyed]


def _build(seg: Any, doc: Any, session: Any, person: Any | None) -> Retrieved:
    text = str(getattr(doc, seg.doc_field, "") or "")
    start, end = max(0, min(seg.start, len(text))), max(0, min(seg.end, len(text)))
    return Retrieved(
        segment_id=seg.id, code_id=seg.code_id, doc_table=seg.doc_table, doc_id=seg.doc_id,
        doc_field=seg.doc_field, start=seg.start, end=seg.end,
        text=text[start:end] if not seg.needs_review else seg.quote,
        before=text[max(0, start - CONTEXT_CHARS) : start], after=text[end : end + CONTEXT_CHARS],
        coder=seg.coder, memo=seg.memo, session_id=session.id, session_title=session.title,
        session_kind=session.kind, session_date=session.date, governorate=session.governorate,
        participant_id=person.id if person else None, speaker=person.code if person else "",
        gender=person.gender if person else "", age_band=person.age_band if person else "",
        attributes=dict(person.attributes or {}) if person else {}, needs_review=seg.needs_review,
        session_language=str(getattr(session, "language", "") or ""),
    )


def speaker_name(item: Retrieved, lang: str = "en") -> str:
    """The speaker as a list on screen names them: the pseudonym, and where another live participant has
    the same one, the label of the device that recorded this one ("BSR-FG01-P01 [Basra laptop 2
    (0cc7d80d)]"), as the exports name them; "" for the facilitator or a minutes document."""
    if item.speaker_device is None:
        return item.speaker
    return f"{item.speaker} [{item.speaker_device.label(lang) or '-'}]"


def _passes(item: Retrieved, f: Filters) -> bool:
    if f.governorates and item.governorate not in f.governorates:
        return False
    if f.kinds and item.session_kind not in f.kinds:
        return False
    if f.genders and item.gender not in f.genders:
        return False
    if f.age_bands and item.age_band not in f.age_bands:
        return False
    if f.date_from and (item.session_date is None or item.session_date < f.date_from):
        return False
    if f.date_to and (item.session_date is None or item.session_date > f.date_to):
        return False
    return all(str(item.attributes.get(key, "")) in values for key, values in f.attributes)


def quotes(
    s: OrmSession, code_ids: Iterable[str] | None = None, *, include_subcodes: bool = True,
    filters: Filters | None = None,
) -> list[Retrieved]:
    """Segments that may be quoted: consent to quote given and not withdrawn."""
    return [
        r for r in retrieve(s, code_ids, include_subcodes=include_subcodes, filters=filters)
        if not r.do_not_quote and not r.redacted
    ]


def coders(s: OrmSession) -> list[str]:
    rows = s.execute(select(CodedSegment.coder).where(CodedSegment.deleted.is_(False)).distinct())
    return sorted(str(r[0]) for r in rows)


def team_attributes(s: OrmSession) -> list[tuple[str, str]]:
    """(key, label) of the participant attributes the team defined, for grouping a matrix."""
    team = s.query(Team).first()
    out: list[tuple[str, str]] = []
    for d in (team.attribute_definitions if team else []) or []:
        key = str(d.get("key", "")) if isinstance(d, dict) else str(d)
        if key:
            out.append((key, str(d.get("label", key)) if isinstance(d, dict) else key))
    return out
