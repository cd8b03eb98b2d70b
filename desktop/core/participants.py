"""Participants of focus groups: pseudonyms, demographics, seats, and the list the editor shows.

A participant is known by a pseudonym built from the session's governorate, its number and the seat
(BSR-FG03-P04). Pseudonyms are what every screen and export shows, so two live participants may never
share one: the check is here, not in a widget, so the CLI and imports get the same rule.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_changes, consent_rules, recorded_on
from desktop.core.errors import ValidationError
from desktop.core.field_text import one_line
from desktop.core.models import Attendance, Participant, Session, TranscriptTurn
from desktop.core.recorded_on import RecordingDevice
from desktop.core.reference import AGE_BANDS, GENDERS, GOVERNORATE_BY_KEY, SETTINGS, pseudonym
from desktop.i18n.digits import to_latin_digits
from desktop.i18n.normalise import clean_text, normalise_for_search

#: Demographic fields a person may edit, with the values each accepts ("" = not given).
CHOICES: dict[str, tuple[str, ...]] = {
    "gender": GENDERS,
    "age_band": AGE_BANDS,
    "governorate": tuple(GOVERNORATE_BY_KEY),
    "setting": SETTINGS,
}
FREE_TEXT = ("district", "occupation", "language")
EDITABLE = (*CHOICES, *FREE_TEXT, "code", "attributes")


class DuplicatePseudonym(ValidationError):
    code = "duplicate_pseudonym"


class NotFound(ValidationError):
    code = "not_found"


class SpeaksInTranscript(ValidationError):
    """A participant given speech in a session's transcript stays seated in it: taken off the list,
    their turns were left under a pseudonym no longer in the session (the speaker box showed them as
    the facilitator's), and the person could not be seated again."""

    code = "speaks_in_transcript"


@dataclass
class SeatedParticipant:
    """One row of a session's participant list, with what consent allows."""

    participant_id: str
    seat: int
    code: str
    gender: str
    age_band: str
    governorate: str
    district: str
    setting: str
    occupation: str
    attributes: dict[str, Any] = field(default_factory=dict)
    # none|given|withdrawn|reconsent|withdrawn_quotes|quotes_refused (reconsent in the list only: given on
    # an older form version; withdrawn_quotes: given, but after a withdrawal of quotes never quoted, in the
    # session's list for that session, in the list of everyone for every session; quotes_refused: given
    # with No to being quoted, in the session's list)
    consent: str = "none"
    can_speak: bool = False
    recorded_on: str = ""  # the device that recorded them (core/recorded_on); filled for the list of everyone
    # The same device as its pieces: a list on screen names it again after a switch of language.
    recording_device: RecordingDevice | None = None
    # "reconsent": what changed in their form since the version they agreed to (the list's tooltip says it).
    reconsent_changes: consent_changes.FormChanges | None = None


def consent_status(s: OrmSession, participant_id: str, session_id: str | None) -> str:
    """A one-word summary of consent for lists: "given", "withdrawn" or "none" (a session's list tells
    "declined" from "none": session_participants)."""
    return _consent_word(consent_rules.policy(s, participant_id, session_id))


def _consent_word(pol: consent_rules.SpeechPolicy) -> str:
    if pol.redacted:
        return "withdrawn"
    return "given" if pol.has_consent else "none"


def _seated(person: Participant, seat: int, pol: consent_rules.SpeechPolicy, *, can_speak: bool) -> SeatedParticipant:
    return SeatedParticipant(
        participant_id=person.id,
        seat=seat,
        code=person.code,
        gender=person.gender,
        age_band=person.age_band,
        governorate=person.governorate,
        district=person.district,
        setting=person.setting,
        occupation=person.occupation,
        attributes=dict(person.attributes or {}),
        consent=_consent_word(pol),
        can_speak=can_speak,
    )


def _session(s: OrmSession, session_id: str) -> Session:
    row = s.get(Session, session_id)
    if row is None or row.deleted:
        raise NotFound("the session does not exist", field="session_id")
    return row


def ensure_session_number(s: OrmSession, session: Session) -> int:
    """The session's number within its governorate and kind, assigned on first need (pseudonyms use it).

    A session is made before its governorate is chosen (the Sessions page), numbered then among the
    sessions with none: once Basra was chosen it kept that number, another Basra session's (two BSR-FG01,
    the second's people P08, P09… in seats 8, 9…). Until a pseudonym is made from it (anyone seated, on
    the list still or not), a number another session of its governorate and kind holds gives way to the
    next free one; after, it stays: it is written on the people's consent forms."""
    same_kind = (Session.governorate == session.governorate, Session.kind == session.kind,
                 Session.deleted.is_(False), Session.id != session.id)
    if session.number:
        if s.scalar(select(Attendance.id).where(Attendance.session_id == session.id).limit(1)) is not None:
            return session.number
        if s.scalar(select(Session.id).where(*same_kind, Session.number == session.number).limit(1)) is None:
            return session.number
    top = s.scalar(select(func.max(Session.number)).where(*same_kind))
    session.number = int(top or 0) + 1
    return session.number


def _code_in_use(s: OrmSession, code: str, participant_id: str | None = None) -> bool:
    query = select(Participant.id).where(Participant.code == code, Participant.deleted.is_(False))
    if participant_id is not None:
        query = query.where(Participant.id != participant_id)
    return s.scalar(query.limit(1)) is not None


def _check_unique_code(s: OrmSession, code: str, participant_id: str | None) -> None:
    if _code_in_use(s, code, participant_id):
        raise DuplicatePseudonym(f"the pseudonym {code} is already used by another participant", field="code",
                                 value=code)


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in EDITABLE:
            raise ValidationError(f"{name} is not a participant field", field=name)
        if name == "attributes":
            if not isinstance(value, dict):
                raise ValidationError("attributes must be a mapping", field=name)
            keys = {one_line(clean_text(str(k))): v for k, v in value.items()}
            out[name] = {key: v for key, v in keys.items() if key}
            continue
        text = one_line(clean_text(str(value or "")))  # as stored: an RLM after a pseudonym is no new one
        if name in CHOICES and text and text not in CHOICES[name]:
            raise ValidationError(f"{text!r} is not a valid {name}", field=name, value=text)
        if name == "code" and not text:
            raise ValidationError("the pseudonym is empty", field="code")
        if name == "code":  # typed on an Arabic or Kurdish keyboard ("P٠٢"): the app's own "P02", taken or not
            text = to_latin_digits(text)
        out[name] = text
    return out


def next_seat(s: OrmSession, session_id: str) -> int:
    top = s.scalar(
        select(func.max(Attendance.seat)).where(
            Attendance.session_id == session_id, Attendance.deleted.is_(False)
        )
    )
    return int(top or 0) + 1


def add_to_session(s: OrmSession, session_id: str, *, seat: int | None = None, **values: Any) -> Participant:
    """Seat a new participant in a focus group, with a pseudonym generated from governorate, number, seat.

    ``values`` are demographics (see ``EDITABLE``); the governorate defaults to the session's. A
    pseudonym already in use is refused with a ``DuplicatePseudonym`` error naming the field.
    """
    return _seat_new(s, session_id, seat, "participant", values)[0]


@dataclass(frozen=True)
class NewAttendee:
    """A person just made and seated: what a session editor adds to its own attendance rows."""

    participant_id: str
    code: str
    attendance_id: str
    seat: int


def seat_new_person(s: OrmSession, session_id: str, *, role: str = "participant") -> NewAttendee:
    """A new person in any session (a focus group's Add participant, a roundtable's New person): a
    pseudonym from governorate, number and the next seat, attending in ``role``."""
    person, attendance = _seat_new(s, session_id, None, role, {})
    return NewAttendee(person.id, person.code, attendance.id, attendance.seat)


def _seat_new(s: OrmSession, session_id: str, seat: int | None, role: str,
              values: dict[str, Any]) -> tuple[Participant, Attendance]:
    session = _session(s, session_id)
    fields = _validated(values)
    if seat is None:
        seat = next_seat(s, session_id)
        if not fields.get("code"):
            # A person taken off the list keeps their pseudonym (their consent form carries it): the
            # last seat's made the next Add refused for ever as "already used". The next free one.
            number = ensure_session_number(s, session)
            while _code_in_use(s, pseudonym(session.governorate, session.kind, number, seat)):
                seat += 1
    if seat < 1:
        raise ValidationError("seats are numbered from 1", field="seat")
    taken = s.scalar(
        select(Attendance.id).where(
            Attendance.session_id == session_id, Attendance.seat == seat, Attendance.deleted.is_(False)
        )
    )
    if taken is not None:
        raise ValidationError(f"seat {seat} is already taken", field="seat", value=seat)
    code = fields.pop("code", "") or pseudonym(
        session.governorate, session.kind, ensure_session_number(s, session), seat
    )
    _check_unique_code(s, code, None)
    fields.setdefault("governorate", session.governorate)
    fields.setdefault("language", session.language)
    person = Participant(code=code, **fields)
    s.add(person)
    s.flush()
    attendance = Attendance(session_id=session_id, participant_id=person.id, role=role, seat=seat)
    s.add(attendance)
    s.flush()
    return person, attendance


def update(s: OrmSession, participant_id: str, **values: Any) -> Participant:
    """Change demographics or the pseudonym; a pseudonym taken by someone else is refused."""
    person = s.get(Participant, participant_id)
    if person is None or person.deleted:
        raise NotFound("the participant does not exist", field="participant_id")
    fields = _validated(values)
    if "code" in fields and fields["code"] != person.code:
        _check_unique_code(s, fields["code"], participant_id)
    for name, value in fields.items():
        if getattr(person, name) != value:
            setattr(person, name, value)
    s.flush()
    return person


def remove_from_session(s: OrmSession, session_id: str, participant_id: str) -> None:
    """Take a participant off a session's list (tombstone of the attendance; the person stays).

    Refused (``SpeaksInTranscript``) while the transcript gives them speech, unless their speech is
    hidden (consent withdrawn): those turns can no longer be given to anyone else.
    """
    speaks = s.scalar(select(TranscriptTurn.id).where(
        TranscriptTurn.session_id == session_id, TranscriptTurn.participant_id == participant_id,
        TranscriptTurn.deleted.is_(False)).limit(1))
    if speaks is not None and not consent_rules.policy(s, participant_id, session_id).redacted:
        raise SpeaksInTranscript("the participant speaks in this session's transcript", field="participant_id")
    for row in s.scalars(
        select(Attendance).where(
            Attendance.session_id == session_id,
            Attendance.participant_id == participant_id,
            Attendance.deleted.is_(False),
        )
    ):
        row.deleted = True
    s.flush()


def session_participants(s: OrmSession, session_id: str) -> list[SeatedParticipant]:
    """The participants seated in a session, by seat, with their consent status for that session."""
    rows = s.execute(
        select(Attendance.seat, Participant)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            Attendance.session_id == session_id,
            Attendance.deleted.is_(False),
            Participant.deleted.is_(False),
        )
        .order_by(Attendance.seat)
    ).all()
    out = []
    for seat, person in rows:
        records = consent_rules.records_as_read(s, person.id, session_id)
        pol = consent_rules.policy_from_records(records)
        row = _seated(person, seat, pol, can_speak=pol.can_speak)
        if row.consent == "given" and any(r.withdrawn_at and r.withdrawal_scope == "quotes" for r in records):
            # Their words of this session are never quoted (the exports go by the same records).
            row.consent = "withdrawn_quotes"
        elif row.consent == "given" and consent_rules.stored_answers(records[-1]).get("quote") is False:
            # No to being quoted on the form: as unquotable, and said so (the list said "given" alone).
            row.consent = "quotes_refused"
        elif row.consent == "none" and records:  # No to taking part: not "none", as for one not yet asked
            row.consent = "declined"
        out.append(row)
    return out


def search_ids(s: OrmSession, text: str = "", governorate: str = "") -> list[str]:
    """Ids of live participants matching a filter, ordered by pseudonym. Never searches real names."""
    query = select(Participant.id).where(Participant.deleted.is_(False))
    if governorate:
        query = query.where(Participant.governorate == governorate)
    needle = clean_text(text).strip()
    # A pseudonym, or a Latin word: the database compares it. With a digit ("P03", "3") it is folded
    # as Arabic text is, so the number row's digits find "٠٣" / "۰۳" too, as "٠٣" finds "03".
    if needle and needle.isascii() and not any(c.isdigit() for c in needle):
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(Participant.code.ilike(like, escape="\\"),
                                Participant.occupation.ilike(like, escape="\\"),
                                Participant.district.ilike(like, escape="\\")))
    elif needle:
        # Arabic or Kurdish: spelled as people type it ("معلمه" for "معلمة", "الاعلام" for "الإعلام",
        # ك/ي for Kurdish ک/ی), found as the full-text search finds it, with the same folding. Marks
        # alone (harakat, tatweel, direction marks) hold nothing to look for: nobody matches them.
        folded = normalise_for_search(needle).strip()
        return _folded_matches(s, query, folded) if folded else []
    return list(s.scalars(query.order_by(Participant.code, Participant.id)))


def _folded_matches(s: OrmSession, query: Any, needle: str) -> list[str]:
    # The pseudonym too: "P٠٣" typed with an Arabic keyboard's digits is not ASCII, and found nobody.
    rows = s.execute(query.add_columns(Participant.occupation, Participant.district, Participant.code)
                     .order_by(Participant.code, Participant.id))
    return [row[0] for row in rows
            if any(value and needle in normalise_for_search(value) for value in (row[1], row[2], row[3]))]


def load_rows(s: OrmSession, ids: list[str], lang: str = "en") -> dict[str, SeatedParticipant]:
    """List rows for these participant ids (seat 0: not tied to a session), with overall consent status
    (and the device that recorded each, a device with no label named in ``lang``)."""
    people = s.scalars(select(Participant).where(Participant.id.in_(ids))).all()
    # One query for the consent records of the whole chunk, not one per row (a page of 100 rows
    # took a second on a campaign-sized database).
    policies = consent_rules.PolicyCache(s, ids)
    devices = recorded_on.recording_devices(s, ids)
    changes = consent_changes.ChangesCache(s, [p.id for p in people if p.reconsent_needed])
    out = {}
    for person in people:
        # Not tied to a session: no speaker rights are implied, only the overall consent word.
        row = _seated(person, 0, policies.get(person.id, None), can_speak=False)
        row.recording_device = devices.get(person.id)
        row.recorded_on = row.recording_device.label(lang) if row.recording_device else ""
        if row.consent == "given" and person.reconsent_needed:
            # A newer version of their form was published: the facilitator asks again before the
            # next session (their consent for past sessions stands, so session tables say "given").
            row.consent = "reconsent"
            row.reconsent_changes = changes.since_last_consent(person)  # each pair of versions compared once
        elif row.consent == "given" and policies.quotes_withdrawn(person.id):
            # Never quoted in any export: not shown as plainly given (as ``participants list`` says it).
            row.consent = "withdrawn_quotes"
        out[person.id] = row
    return out


def codes(s: OrmSession, ids: list[str]) -> dict[str, str]:
    """Pseudonym code by participant id (what attendance lists show instead of a name)."""
    if not ids:
        return {}
    found = s.execute(select(Participant.id, Participant.code).where(Participant.id.in_(ids)))
    return {r[0]: r[1] for r in found}


def choices(s: OrmSession, text: str = "", limit: int = 200,
            leave_out: Collection[str] = ()) -> list[tuple[str, str]]:
    """(id, pseudonym code) of the first ``limit`` live participants whose pseudonym holds ``text``,
    by code, for a picker that narrows as a person types (a centre's tens of thousands are not all
    read: the picker held the first 5,000 and the rest could never be chosen). ``leave_out``: ids not
    offered (those attending already). Never searches real names."""
    query = select(Participant.id, Participant.code).where(Participant.deleted.is_(False))
    if leave_out:
        query = query.where(Participant.id.not_in(list(leave_out)))
    query = query.order_by(Participant.code, Participant.id)
    needle = clean_text(text).strip()
    if needle and needle.isascii():
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(Participant.code.ilike(like, escape="\\"))
    elif needle:  # "P٠٣" typed with an Arabic keyboard's digits: folded as the Participants filter folds it
        folded = normalise_for_search(needle).strip()
        if not folded:
            return []  # marks alone: nothing to look for
        found: list[tuple[str, str]] = []
        for row in s.execute(query):
            if row[1] and folded in normalise_for_search(row[1]):
                found.append((row[0], row[1]))
                if len(found) >= limit:
                    break
        return found
    return [(r[0], r[1]) for r in s.execute(query.limit(limit))]
