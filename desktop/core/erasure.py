"""Erasure that means erasure: a full withdrawal or the end of a study destroys words and identities.

What goes, for the participants an erasure covers:

* scope ``all`` (a withdrawal of everything): their speech (turn texts become ``MARKER``), the
  quotes of the segments coded on it and the memos typed on those codings (a memo often repeats the
  words: the exports never print one on withdrawn speech), the memo rows written on their turns or
  on those codings (``erasure_memos``), their signature images and paper scans,
  their name and phone;
* scope ``identity`` (the end of a study): names, phones, signatures and scans, and the name of the
  witness on their consent records (often a relative or the village's mukhtar: it points at the
  participant); pseudonyms and pseudonymous data stay. Scope ``all`` erases these too.

Erased in the live rows *and* in every history row that holds them: the change log (``data``; the
``content_hash`` stays, it is the change's identity, so an older bundle that carries the same change
is recognised as known), conflicts, conflict-resolution audit details and the search index. The work
is set-based Core SQL on a ``Connection``, so the same function serves a local withdrawal, a bundle
import at the centre and a team update on a device.

The erasure itself travels as an ``Erasure`` row: an ordinary insert in the change log, holding no
content (participant id, scope, date, reason). Whoever holds that row keeps the fields erased, whatever
arrives later and in whatever order (``enforce`` after each import; ``erasure_guard`` for local
writes). The history rows are rewritten by ``erasure_history``, memo rows found by ``erasure_memos``.

The bytes leave the file: every connection runs with ``secure_delete`` (see ``db.make_engine``), and
``purge_file`` then optimises the search index, vacuums and truncates the write-ahead log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from desktop.core import consent_rules, erasure_history, erasure_memos, retention_kept
from desktop.core.erasure_history import ERASED_FLAG as ERASED_FLAG
from desktop.core.erasure_history import ERASED_RESOLUTION as ERASED_RESOLUTION
from desktop.core.models import (
    AuditEvent,
    CodedSegment,
    ConsentRecord,
    Device,
    Erasure,
    LocalState,
    Participant,
    Team,
    TranscriptTurn,
)
from desktop.core.roles import COORDINATOR
from desktop.core.team_rows import CENTRE_STATE

MARKER = consent_rules.REDACTED
SCOPES = ("all", "identity")
PURGE_PENDING_KEY = "erasure_purge_pending"
#: When an erasure last removed something here (UTC): exports made before it may hold the words.
ERASED_AT_KEY = "erasure_applied_at"
CHUNK = 500
#: Tables an erasure may rewrite with Core statements (views showing them refresh after one).
TABLES = frozenset({"participant", "consent_record", "transcript_turn", "coded_segment", "memo", "conflict",
                    "audit_event", "change_log", "erasure"})

#: What each scope replaces, per entity and field (the value that stands in place of the content).
IDENTITY_FIELDS: dict[str, dict[str, Any]] = {
    "participant": {"real_name": None, "phone": None},
    "consent_record": {"signature_png": None, "paper_scan": None, "witness": ""},
}
SPEECH_FIELDS: dict[str, dict[str, Any]] = {
    "transcript_turn": {"text": MARKER},
    "coded_segment": {"quote": "", "memo": ""},
    "memo": dict(erasure_memos.FIELDS),  # a memo row on their turn or coding (erasure_memos.on_words)
}
#: Fields erased since a later version: a change flagged as erased before then still holds them (a
#: laptop's change log scrubbed by an earlier Majlis), so arrival does not demand them empty; the
#: receiver's own erasure empties them as the change lands (``enforce``).
ERASED_SINCE_LATER: dict[str, frozenset[str]] = {"coded_segment": frozenset({"memo"}),
                                                  "consent_record": frozenset({"witness"})}


def replacements(entity: str, scope: str) -> dict[str, Any]:
    out = dict(IDENTITY_FIELDS.get(entity, {}))
    if scope == "all":
        out.update(SPEECH_FIELDS.get(entity, {}))
    return out


def is_scrubbed(entity: str, data: Mapping[str, Any]) -> bool:
    """True when a change flagged as erased holds nothing but erased values in erasable fields.

    A received change that says it was erased cannot match its content hash; it is accepted only if
    what it carries is visibly empty, so the flag can never smuggle content past the hash check.
    """
    allowed = replacements(entity, "all")
    if not allowed:
        return False
    later = ERASED_SINCE_LATER.get(entity, frozenset())
    for key, value in data.items():
        if key == ERASED_FLAG or key in later:
            continue
        if key in allowed and value != allowed[key]:
            return False
    return True


@dataclass(frozen=True)
class ScrubCount:
    participants: int = 0
    turns: int = 0
    quotes: int = 0
    images: int = 0
    history: int = 0
    conflicts: int = 0
    memos: int = 0  # memo rows on their turns or codings emptied

    def __add__(self, other: ScrubCount) -> ScrubCount:
        return ScrubCount(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (self.participants, self.turns, self.quotes, self.images, self.history, self.conflicts, self.memos)

    @property
    def anything(self) -> bool:
        return any(self._values())


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _ids(conn: Connection, query: Any) -> list[str]:
    return sorted({str(x) for x in conn.execute(query).scalars()})


# --- scrubbing ---------------------------------------------------------------------------------


def scrub(conn: Connection, participant_ids: Iterable[str], scope: str, *, arrived_only: bool = False) -> ScrubCount:
    """Erase what ``scope`` covers for these participants, live rows and history, in ``conn``'s transaction.

    ``arrived_only``: what it finds was written in this same transaction (an import keeping an
    erasure it already had): no copy made here ever held it, so ``ERASED_AT_KEY`` stays."""
    people = sorted(set(participant_ids))
    if not people or scope not in SCOPES:
        return ScrubCount()
    records: list[str] = []
    turns: list[str] = []
    segments: list[str] = []
    for chunk in _chunks(people):
        records += _ids(conn, select(ConsentRecord.id).where(ConsentRecord.participant_id.in_(chunk)))
        if scope == "all":
            turns += _ids(conn, select(TranscriptTurn.id).where(TranscriptTurn.participant_id.in_(chunk)))
    for chunk in _chunks(turns):
        segments += _ids(conn, select(CodedSegment.id).where(
            CodedSegment.doc_table == "transcript_turn", CodedSegment.doc_id.in_(chunk)))
    memos = erasure_memos.on_words(conn, turns, segments) if scope == "all" else []
    count = ScrubCount(participants=_live_identity(conn, people), images=_live_images(conn, records))
    if scope == "all":
        count += ScrubCount(turns=_live_turns(conn, turns), quotes=_live_quotes(conn, segments),
                            conflicts=erasure_history.conflicts(conn, turns) + erasure_history.memo_conflicts(conn, segments, memos),
                            memos=erasure_memos.empty_live(conn, memos))
    history = erasure_history.history(conn, "participant", people, replacements("participant", scope))
    history += erasure_history.history(conn, "consent_record", records, replacements("consent_record", scope))
    if scope == "all":
        history += erasure_history.history(conn, "transcript_turn", turns, replacements("transcript_turn", scope))
        history += erasure_history.history(conn, "coded_segment", segments, replacements("coded_segment", scope))
        history += erasure_history.history(conn, "memo", memos, replacements("memo", scope))
        history += erasure_history.audit_details(conn, turns)
        erasure_history.forget_search(conn, turns, segments, memos)
    count += ScrubCount(history=history)
    if count.anything:
        mark_purge_pending(conn, erased_here=not arrived_only)
    return count


def _live_identity(conn: Connection, people: list[str]) -> int:
    done = 0
    for chunk in _chunks(people):
        done += conn.execute(
            update(Participant)
            .where(Participant.id.in_(chunk), (Participant.real_name.is_not(None)) | (Participant.phone.is_not(None)))
            .values(real_name=None, phone=None)
        ).rowcount
    return done


def _live_images(conn: Connection, records: list[str]) -> int:
    """Signature images and paper scans (counted), and the witness's name, of these consent records."""
    done = 0
    for chunk in _chunks(records):
        done += conn.execute(
            update(ConsentRecord)
            .where(ConsentRecord.id.in_(chunk),
                   ConsentRecord.signature_png.is_not(None) | ConsentRecord.paper_scan.is_not(None))
            .values(signature_png=None, paper_scan=None)
        ).rowcount
        conn.execute(update(ConsentRecord).where(ConsentRecord.id.in_(chunk), ConsentRecord.witness != "")
                     .values(witness=""))
    return done


def _live_turns(conn: Connection, turns: list[str]) -> int:
    done = 0
    for chunk in _chunks(turns):
        done += conn.execute(
            update(TranscriptTurn).where(TranscriptTurn.id.in_(chunk), TranscriptTurn.text != MARKER)
            .values(text=MARKER)
        ).rowcount
    return done


def _live_quotes(conn: Connection, segments: list[str]) -> int:
    """The quotes of the codings on erased speech, and the memos typed on them."""
    done = 0
    for chunk in _chunks(segments):
        done += conn.execute(
            update(CodedSegment)
            .where(CodedSegment.id.in_(chunk), (CodedSegment.quote != "") | (CodedSegment.memo != ""))
            .values(quote="", memo="")
        ).rowcount
    return done


def mark_purge_pending(conn: Connection, *, erased_here: bool = True) -> None:
    """Remember, in the same transaction, that the file holds freed pages to purge, and (unless the
    words erased were only written in this transaction: ``erased_here`` False) when."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    marks = ((PURGE_PENDING_KEY, "1"), (ERASED_AT_KEY, now)) if erased_here else ((PURGE_PENDING_KEY, "1"),)
    for key, value in marks:
        if conn.execute(select(LocalState.key).where(LocalState.key == key)).first() is None:
            conn.execute(LocalState.__table__.insert().values(key=key, value=value))  # type: ignore[attr-defined]
        else:
            conn.execute(update(LocalState).where(LocalState.key == key).values(value=value))


# --- what an erasure covers, and keeping it erased --------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One erasure as the enforcer needs it."""

    participant_id: str  # "" = every participant created before ``created_at`` (identity scope)
    scope: str
    created_at: str
    #: At the centre, a field device's erasure reaches only the participants that device created
    #: (as its bundles may change only its own rows); on a laptop too, once it arrived there in a team
    #: update (the centre sends every erasure it holds); "" = no such limit.
    only_from: str = ""
    #: A retention run (no participant): the participants it leaves out, as the device that made it
    #: decided (``retention_kept``); never judged again from the rows of the device applying it.
    kept: frozenset[str] = frozenset()


def _unlimited_origins(conn: Connection) -> frozenset[str] | None:
    """The devices whose erasures reach every participant here; a field laptop's reach only the
    participants it created. At the centre: itself and the coordinators on its roster (who may change
    any laptop's rows). On a laptop that applied a team update: the same, itself and the centre too
    (the roster the updates carry gives the roles), so it erases what the centre erases and no more:
    another laptop's erasure that the centre held to that laptop's participants erased this laptop's
    own people. None: no limit (a database working alone, or a laptop before its first team update)."""
    central = conn.execute(select(Team.is_central)).first()
    if central is None:
        return None
    state = dict(conn.execute(select(LocalState.key, LocalState.value).where(
        LocalState.key.in_(("device_id", CENTRE_STATE)))).all())
    own = str(state.get("device_id") or "")
    centre = own if central[0] else str(state.get(CENTRE_STATE) or "")
    if not centre:
        return None
    coordinators = conn.execute(select(Device.id).where(Device.role == COORDINATOR)).scalars()
    return frozenset({own, centre, *map(str, coordinators)})


def _rule(p: Any, s: Any, c: Any, o: Any, k: Any, unlimited: frozenset[str] | None) -> Rule:
    origin = str(o or "")
    return Rule(str(p or ""), str(s), str(c or ""), "" if unlimited is None or origin in unlimited else origin,
                retention_kept.as_kept(k) if k and not p else frozenset())


def rules(conn: Connection) -> list[Rule]:
    unlimited = _unlimited_origins(conn)
    query = select(Erasure.participant_id, Erasure.scope, Erasure.created_at, Erasure.origin_device,
                   Erasure.kept).where(Erasure.deleted.is_(False))
    return [_rule(p, s, c, o, k, unlimited) for p, s, c, o, k in conn.execute(query).all()]


def rules_by_id(conn: Connection) -> list[tuple[str, Rule]]:
    found = conn.execute(_RULE_ROWS).all()
    if not found:  # the common case at an import: no erasure at all, and no need to ask who we are
        return []
    unlimited = _unlimited_origins(conn)
    return [(str(i), _rule(p, s, c, o, k, unlimited)) for i, p, s, c, o, k in found]


# Built once: an import asks it for every bundle (a statement object reused is compiled once).
_RULE_ROWS = select(
    Erasure.id, Erasure.participant_id, Erasure.scope, Erasure.created_at, Erasure.origin_device, Erasure.kept
).where(Erasure.deleted.is_(False))


def targets(conn: Connection, rule: Rule, among: Iterable[str] | None = None) -> list[str]:
    """The participant ids a rule covers (restricted to ``among`` when given)."""
    query = select(Participant.id)
    if rule.participant_id:
        query = query.where(Participant.id == rule.participant_id)
        if among is not None and rule.participant_id not in set(among):
            return []
        if not rule.only_from:
            return [rule.participant_id]
    else:
        query = query.where(Participant.created_at < rule.created_at)
    if rule.only_from:
        query = query.where(Participant.origin_device == rule.only_from)
    if among is None:
        out = _ids(conn, query)
    else:
        out = []
        for chunk in _chunks(sorted(set(among))):
            out += _ids(conn, query.where(Participant.id.in_(chunk)))
    # A retention run leaves out the participants it carries as kept (sessions not yet held where it
    # was made), and only those: what this device holds of sessions is not asked.
    return [p for p in out if p not in rule.kept] if rule.kept else out


def erased_entirely(conn: Connection, participant_id: str) -> bool:
    """True when an erasure of everything that applies here covers this participant."""
    return any(
        rule.scope == "all" and rule.participant_id == participant_id and targets(conn, rule)
        for rule in rules(conn)
    )


def apply_rule(conn: Connection, rule: Rule, among: Iterable[str] | None = None, *,
               arrived_only: bool = False) -> ScrubCount:
    return scrub(conn, targets(conn, rule, among), rule.scope, arrived_only=arrived_only)


def participants_touched(conn: Connection, touched: Iterable[tuple[str, str]]) -> set[str]:
    """Participants whose erasable content a set of (entity, row id) writes may have brought in."""
    by_entity: dict[str, set[str]] = {}
    for entity, row_id in touched:
        by_entity.setdefault(entity, set()).add(row_id)
    people = set(by_entity.get("participant", set()))
    lookups: list[tuple[Any, Any, set[str]]] = [
        (ConsentRecord.participant_id, ConsentRecord.id, by_entity.get("consent_record", set())),
        (TranscriptTurn.participant_id, TranscriptTurn.id, by_entity.get("transcript_turn", set())),
    ]
    segment_ids = sorted(by_entity.get("coded_segment", set()))
    turn_ids: set[str] = set()
    for chunk in _chunks(segment_ids):
        turn_ids.update(_ids(conn, select(CodedSegment.doc_id).where(
            CodedSegment.id.in_(chunk), CodedSegment.doc_table == "transcript_turn")))
    for audit_id in sorted(by_entity.get("audit_event", set())):
        reason = conn.execute(select(AuditEvent.reason).where(AuditEvent.id == audit_id)).scalar() or ""
        if str(reason).startswith("transcript_turn.text "):
            turn_ids.add(str(reason).split(" ")[1].rstrip(":"))
    turn_ids.update(erasure_memos.turns_of(conn, by_entity.get("memo", set())))
    lookups.append((TranscriptTurn.participant_id, TranscriptTurn.id, turn_ids))
    for column, key, ids in lookups:
        for chunk in _chunks(sorted(ids)):
            people.update(str(p) for p in conn.execute(select(column).where(key.in_(chunk))).scalars() if p)
    return people


def enforce(conn: Connection, touched: Iterable[tuple[str, str]]) -> ScrubCount:
    """After changes were applied (import, team update): keep every erased field erased.

    New erasure rows among ``touched`` are applied in full; for the others, only the participants
    the written rows belong to are looked at. Order of arrival does not matter: an erasure that
    comes first scrubs the rows that follow, and an erasure that comes last scrubs what came before.
    """
    known = rules_by_id(conn)
    if not known:  # asked first: a day's import then never lists the rows it touched
        return ScrubCount()
    touched = list(touched)
    if not touched:
        return ScrubCount()
    new_ids = {row_id for entity, row_id in touched if entity == "erasure"}
    count = ScrubCount()
    for rule_id, rule in known:
        if rule_id in new_ids:
            count += apply_rule(conn, rule)
    people = participants_touched(conn, touched)
    if people:
        # A rule applied before has erased all they had here: what it finds now is only what this
        # import wrote, which no copy made here ever held (the mark of when words were erased here,
        # which the erasure report and the arrived-erasure line go by, stays where it was).
        for _, rule in known:
            count += apply_rule(conn, rule, people, arrived_only=True)
    return count


def today_iso() -> str:
    return dt.date.today().isoformat()
