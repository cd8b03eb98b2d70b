"""Withdrawing a participant, as the CLI and the participant and consent pages ask for it.

A quotes-only withdrawal keeps today's meaning: the speech stays for analysis and is never quoted
(each consent record gets ``withdrawal_scope = "quotes"``). A withdrawal of everything records the
same on every consent record (scope "all"), adds an ``Erasure`` row that travels, and erases in the
same transaction (``erasure.scrub``); then the file is purged (``erasure_file.purge_file``).
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import nullcontext
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import change_set, consent_given, consent_rules, erasure, erasure_file
from desktop.core.consent import WITHDRAWAL_SCOPES, ConsentInvalid
from desktop.core.db import Store
from desktop.core.field_text import one_line
from desktop.core.models import Attendance, ConsentRecord, Erasure, Participant, TranscriptTurn
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

MAX_REASON = 500
# Said by the pages before their dialog too: asked for nothing, refused after OK.
ALREADY_ERASED = QT_TRANSLATE_NOOP(
    "Withdrawal", "This participant's data was already withdrawn and erased; nothing was changed.")


@dataclass(frozen=True)
class ParticipantRow:
    participant_id: str
    pseudonym: str
    sessions: int
    consent: str  # none|given|refused|withdrawn_quotes|withdrawn_all|erased
    turns: int


@dataclass(frozen=True)
class WithdrawalResult:
    pseudonym: str
    scope: str
    records: int  # consent records marked withdrawn
    erased: erasure.ScrubCount
    purged: bool  # False: another program held the file; the purge waits for the next chance
    participant_id: str = ""


def consent_state(s: OrmSession, participant_id: str, erased: set[str] | None = None) -> str:
    """none|given|refused|withdrawn_quotes|withdrawn_all|erased; ``erased``: the ids known erased."""
    if participant_id in erased if erased is not None else erasure.erased_entirely(s.connection(), participant_id):
        return "erased"
    records = consent_rules.records_as_read(s, participant_id, None)
    if not records:
        return "none"
    if any(r.withdrawn_at and r.withdrawal_scope == "all" for r in records):
        return "withdrawn_all"  # before erasure existed (or from an older version): redacted, not erased
    if consent_rules.quotes_withdrawn(records):  # as the exports decide it, session by session
        return "withdrawn_quotes"
    pol = consent_rules.policy_from_records(records)
    return "given" if pol.has_consent else "refused"


def participants(store: Store) -> list[ParticipantRow]:
    """Every live participant: pseudonym, number of sessions, consent state; never a name."""
    with store.session() as s:
        people = list(s.scalars(select(Participant).where(Participant.deleted.is_(False)).order_by(Participant.code)))
        attended = dict(s.execute(
            select(Attendance.participant_id, func.count(func.distinct(Attendance.session_id)))
            .where(Attendance.deleted.is_(False)).group_by(Attendance.participant_id)).all())
        turns = dict(s.execute(
            select(TranscriptTurn.participant_id, func.count())
            .where(TranscriptTurn.deleted.is_(False)).group_by(TranscriptTurn.participant_id)).all())
        conn = s.connection()
        erased = {pid for rule in erasure.rules(conn) if rule.scope == "all" and rule.participant_id
                  for pid in erasure.targets(conn, rule)}
        return [
            ParticipantRow(p.id, p.code, int(attended.get(p.id, 0)), consent_state(s, p.id, erased),
                           int(turns.get(p.id, 0)))
            for p in people
        ]


def withdrawals_marked(store: Store) -> frozenset[tuple[str, str]]:
    """The consent records marked withdrawn here, as (record id, participant id): read before and after an
    import, a record new among them is a withdrawal that arrived (of quotes only, it erases nothing and was
    said nowhere), and its participant is the one whose codes are to be read (``newly_withdrawn``)."""
    with store.session() as s:
        return frozenset((rid, pid) for rid, pid in s.execute(
            select(ConsentRecord.id, ConsentRecord.participant_id).where(
                ConsentRecord.withdrawn_at.is_not(None), ConsentRecord.deleted.is_(False))))


def newly_withdrawn(before: frozenset[tuple[str, str]], now: frozenset[tuple[str, str]]) -> list[str]:
    """The participants of the records withdrawn since ``before`` (``withdrawals_marked``), sorted."""
    return sorted({pid for _, pid in now - before})


def find_participant(s: OrmSession, pseudonym: str) -> Participant:
    found = list(s.scalars(select(Participant).where(Participant.code == pseudonym.strip(),
                                                     Participant.deleted.is_(False))))
    if not found:  # ``near``: those it names in other capitals (typed in small letters), never taken for it
        near = sorted(set(s.scalars(select(Participant.code).where(
            func.upper(Participant.code) == pseudonym.strip().upper(), Participant.deleted.is_(False)))))
        raise ConsentInvalid("unknown_participant", QT_TRANSLATE_NOOP("Withdrawal", "No participant has this pseudonym."),
                             near=near)
    if len(found) > 1:
        # Pseudonyms are numbered on the laptop that recorded them: at the centre two facilitators'
        # ANB-FG01-P01 are both there. Taking the first would withdraw (and erase, for good) perhaps
        # not the person who asked; the caller names one by its id instead.
        raise ConsentInvalid("shared_pseudonym", QT_TRANSLATE_NOOP(
            "Withdrawal", "Several participants have this pseudonym (recorded on different laptops); nothing "
                          "was changed."), count=len(found))
    return found[0]


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(on: dt.date | str | None) -> str:
    if on is None:
        return dt.date.today().isoformat()
    when = on.isoformat() if isinstance(on, dt.date) else str(on).strip()
    try:
        # Exactly YYYY-MM-DD: fromisoformat also takes 20240101 and 2024-W01-1, and the first ten
        # characters of '2024-01-015' or '2024-01-01 is when she called' were taken as a date.
        if _ISO_DAY.fullmatch(when) is None:
            raise ValueError(when)
        parsed = dt.date.fromisoformat(when)
    except ValueError as exc:
        raise ConsentInvalid("bad_date", QT_TRANSLATE_NOOP("Withdrawal", "The withdrawal date is not a date (YYYY-MM-DD).")) from exc
    if parsed > dt.date.today():
        raise ConsentInvalid("future_date", QT_TRANSLATE_NOOP("Withdrawal", "The withdrawal date is in the future."))
    return parsed.isoformat()


def _marks(record: ConsentRecord, scope: str) -> bool:
    """Whether a withdrawal of ``scope`` marks this record (one already withdrawn keeps its date)."""
    return (record.withdrawal_scope != "all") if scope == "all" else not record.withdrawn_at


def _session_days(s: OrmSession, records: list[ConsentRecord]) -> dict[str, str]:
    """The day (YYYY-MM-DD) of each session these records were given at, where it is known."""
    return consent_given.session_days(s, (r.session_id for r in records))


def first_session_day(s: OrmSession, participant_id: str) -> dt.date | None:
    """The day of the earliest session at which this participant gave a consent still on record: no
    withdrawal is dated before it (the dialog's date box starts there)."""
    records = list(s.scalars(select(ConsentRecord).where(
        ConsentRecord.participant_id == participant_id, ConsentRecord.deleted.is_(False))))
    days = _session_days(s, records)
    return dt.date.fromisoformat(min(days.values())) if days else None


def _refuse_before_the_session(days: dict[str, str], when: str) -> None:
    """Consent is given at its session: a withdrawal dated before that day (a slip: 2000-01-01) made the
    record's PDF say it was withdrawn years before it was given. Not bounded by the record's own time:
    paper forms are typed in days after the session, and the withdrawal may come in between."""
    if days and when < min(days.values()):
        raise ConsentInvalid("before_session", QT_TRANSLATE_NOOP(
            "Withdrawal", "The withdrawal date is before the session where consent was given; nothing was changed."))


def _given_after(record: ConsentRecord, days: dict[str, str], when: str) -> bool:
    """Whether this consent was given at a session after ``when``: a withdrawal of quotes typed in late
    (dated March, recorded after a June session) does not take back consent given in June. A consent
    is given no later than it was recorded, nor after today: a session dated ahead (2286, any date box
    goes that far, and so may a laptop's bundle) kept its consent to be quoted through the withdrawal.
    Nor after the record was made (its stamp's UTC day): a laptop whose date was a year ahead dated the
    session and the record then, and re-dating moves only the stamp (``consent_order``).
    Nor the day after ``when``: a clock a day ahead dates so (``consent_given.SKEW_DAYS``), as every reading of
    the withdrawal decides. Today is the UTC day too, as every day of a moment in that rule: this
    computer's zone moves no consent's day."""
    day = days.get(record.session_id or "")
    if day is None:
        return False
    given = consent_given.given_day(day, record.recorded_at, record.created_at) or day
    return not consent_given.covers(min(given, consent_given.utc_today()), when)


def withdraw_participant(
    store: Store,
    *,
    participant_id: str | None = None,
    pseudonym: str | None = None,
    scope: str,
    on: dt.date | str | None = None,
    reason: str = "",
) -> WithdrawalResult:
    """Record a withdrawal for every consent record of one participant; erase when ``scope == "all"``."""
    if scope not in WITHDRAWAL_SCOPES:
        raise ConsentInvalid("unknown_scope", QT_TRANSLATE_NOOP("Withdrawal", "The scope must be 'all' or 'quotes'."))
    when = _date(on)
    # What the row keeps: bidi marks, a stray ZWNJ or control characters alone are no reason (as an
    # empty one), and the length checked is the stored one.
    reason = " ".join(one_line(reason).split())
    if len(reason) > MAX_REASON:
        raise ConsentInvalid("reason_too_long", QT_TRANSLATE_NOOP("Withdrawal", "The reason is longer than 500 characters."))
    # Erasing needs the database alone (another program may hold the words in an open editor).
    alone = erasure_file.sole_writer(store, "erase a participant's data") if scope == "all" else nullcontext()
    with alone:
        with store.transaction() as s:
            if participant_id is not None:
                person = s.get(Participant, participant_id)
                if person is None or person.deleted:
                    raise ConsentInvalid("unknown_participant", QT_TRANSLATE_NOOP("Withdrawal", "No such participant."))
            else:
                person = find_participant(s, pseudonym or "")
            state = consent_state(s, person.id)
            if state == "erased":
                raise ConsentInvalid("already_erased", ALREADY_ERASED)
            if scope == "quotes" and state in ("erased", "withdrawn_all"):
                raise ConsentInvalid("already_erased", QT_TRANSLATE_NOOP("Withdrawal", "This participant's data was already withdrawn; nothing was changed."))
            records = list(s.scalars(select(ConsentRecord).where(
                ConsentRecord.participant_id == person.id, ConsentRecord.deleted.is_(False))))
            if scope == "quotes" and not records:
                raise ConsentInvalid("no_consent_record", QT_TRANSLATE_NOOP("Withdrawal", "This participant has no consent record to withdraw."))
            # A consent given after an earlier withdrawal of quotes (a later session, quotes allowed
            # again) is withdrawn in its turn; the earlier withdrawals keep their date.
            if scope == "quotes" and all(r.withdrawn_at for r in records):
                raise ConsentInvalid("already_withdrawn", QT_TRANSLATE_NOOP("Withdrawal", "This participant already withdrew consent to be quoted; nothing was changed."))
            marking = [r for r in records if _marks(r, scope)]
            days = _session_days(s, marking)
            _refuse_before_the_session(days, when)
            if scope == "quotes":  # erasing everything takes every record, whenever it was given
                marking = [r for r in marking if not _given_after(r, days, when)]
            for record in marking:
                record.withdrawn_at = when
                record.withdrawal_scope = scope
            marked = len(marking)
            count = erasure.ScrubCount()
            if scope == "all":
                row = Erasure(participant_id=person.id, scope="all", erased_on=when, reason=reason)
                s.add(row)
                s.flush()
                count = erasure.scrub(s.connection(), [person.id], "all")
                change_set.wrote_in_bulk(s, erasure.TABLES)  # Core writes: say so
            code, person_id = person.code, person.id
        try:
            purged = erasure_file.purge_after_erasure(store) if scope == "all" else True
        except erasure_file.NotPurged as exc:  # erased all the same: said with what was erased
            exc.made = WithdrawalResult(code, scope, marked, count, False, person_id)
            raise
    return WithdrawalResult(code, scope, marked, count, purged, person_id)
