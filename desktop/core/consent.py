"""Consent service: versioned templates, recording consent, withdrawal, and the checks around them.

No Qt here: the consent dialog, the consent page, the CLI and the session finaliser all come
through these functions. Each writer is one unit of work; the change log is written by the flush
hook, so a withdrawal travels in bundles as an ordinary update of two fields, carrying no content.
What consent *allows* is decided in :mod:`desktop.core.consent_rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_rules, erasure, recorded_on, team_rows
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.field_text import one_line
from desktop.core.models import (
    Attendance,
    ConsentClause,
    ConsentRecord,
    ConsentTemplate,
    Participant,
    Session,
)
from desktop.core.recorded_on import RecordingDevice
from desktop.core.reference import CONSENT_CLAUSES, CONSENT_METHODS

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WITNESS_METHODS = ("verbal_witness", "thumbprint_witness")
WITHDRAWAL_SCOPES = ("all", "quotes")
FALLBACK_LANGUAGES = ("ar", "en", "ckb")


class ConsentInvalid(ValidationError):
    """Bad consent input; ``code`` is stable (the UI translates it, tests match it)."""

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message, **details)
        self.code = code


@dataclass(frozen=True)
class ClauseSpec:
    clause_key: str
    text: str
    required: bool = False


@dataclass(frozen=True)
class TemplateText:
    """One language of a template version."""

    title: str
    body: str
    signature_meaning: str
    clauses: Sequence[ClauseSpec]


@dataclass(frozen=True)
class RegisterRow:
    """One consent record as the register shows it (pseudonym only: never the real name)."""

    record_id: str
    participant_id: str
    pseudonym: str
    session_id: str | None
    session_title: str
    template_id: str
    template_key: str  # "" when the template has not reached this device
    version: int  # 0 when unknown
    language: str
    answers: dict[str, bool]
    method: str
    witness: str
    facilitator: str
    recorded_at: str
    withdrawn_at: str | None
    withdrawal_scope: str | None
    refused: bool
    recorded_on: str = ""  # the device that recorded the participant (core/recorded_on)
    # The same device as its pieces: the register on screen names it again after a switch of language.
    recording_device: RecordingDevice | None = None
    session_kind: str = ""  # with the date, what names a session nobody titled
    session_date: dt.date | None = None
    replaced_at: str | None = None  # when a newer record of the person in the session replaced it

    @property
    def template_missing(self) -> bool:
        return self.version == 0


def now_iso() -> str:
    """Local time with its UTC offset, e.g. 2026-11-26T22:11:00+03:00."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


# --- templates ------------------------------------------------------------------------------------


def templates(s: OrmSession, template_key: str | None = None) -> list[ConsentTemplate]:
    query = select(ConsentTemplate).where(ConsentTemplate.deleted.is_(False))
    if template_key is not None:
        query = query.where(ConsentTemplate.template_key == template_key)
    order = (ConsentTemplate.template_key, ConsentTemplate.version.desc(), ConsentTemplate.language)
    return list(s.scalars(query.order_by(*order)))


def clauses(s: OrmSession, template_id: str) -> list[ConsentClause]:
    query = select(ConsentClause).where(
        ConsentClause.template_id == template_id, ConsentClause.deleted.is_(False)
    )
    return list(s.scalars(query.order_by(ConsentClause.position)))


def latest_version(s: OrmSession, template_key: str) -> int:
    value = s.execute(
        select(func.max(ConsentTemplate.version)).where(
            ConsentTemplate.template_key == template_key,
            ConsentTemplate.deleted.is_(False),
            ConsentTemplate.published.is_(True),
        )
    ).scalar()
    return int(value or 0)


def template_for(s: OrmSession, template_key: str, language: str) -> ConsentTemplate | None:
    """The newest published version in ``language``; else the newest in a fallback language."""
    published = [t for t in templates(s, template_key) if t.published]
    for lang in (language, *FALLBACK_LANGUAGES):
        found = [t for t in published if t.language == lang]
        if found:
            return max(found, key=lambda t: t.version)
    return max(published, key=lambda t: t.version) if published else None


TEAM_FORM_KEY = "session-consent"
# A lone facilitator's built-in form (desktop.core.builtin_consent); the team's form comes first.
BUILTIN_FORM_KEY = "builtin-consent"


def template_for_participant(
    s: OrmSession, participant_id: str, template_key: str | None = None, language: str | None = None
) -> ConsentTemplate | None:
    """The form a participant signs: in ``language`` when given (the one they chose to read), else
    in theirs; the team's form first."""
    p = s.get(Participant, participant_id)
    language = language or (p.language if p is not None else "ar")
    keys = (template_key,) if template_key else (TEAM_FORM_KEY, BUILTIN_FORM_KEY)
    for key in keys:
        found = template_for(s, key, language)
        if found is not None:
            return found
    return None


def form_languages(s: OrmSession, template_key: str) -> list[str]:
    """The languages a form can be read in here (a published version in each), ar, ckb, en first."""
    found = {t.language for t in templates(s, template_key) if t.published}
    order = ("ar", "ckb", "en")
    return [code for code in order if code in found] + sorted(found - set(order))


def _check_clauses(specs: Sequence[ClauseSpec]) -> None:
    keys = [c.clause_key for c in specs]
    if not specs:
        raise ConsentInvalid("no_clauses", "a consent template needs at least one clause")
    if len(set(keys)) != len(keys):
        raise ConsentInvalid("duplicate_clause", "a clause appears twice")
    for c in specs:
        if c.clause_key not in CONSENT_CLAUSES:
            raise ConsentInvalid("unknown_clause", f"unknown clause {c.clause_key!r}")
        if not one_line(c.text):  # also marks only: a clause shown blank, answered Yes to nothing
            raise ConsentInvalid("empty_clause", f"clause {c.clause_key} has no text")
    if "participate" not in keys:
        raise ConsentInvalid("participate_clause_missing", "the 'participate' clause is needed")


def is_team_form(s: OrmSession, template_key: str) -> bool:
    """A form the centre published, seen on a laptop in its team: its versions are the centre's."""
    laptop = team_rows.laptop_device(s)
    return bool(laptop) and any(team_rows.is_the_teams(s, origin, laptop) for origin in s.execute(
        select(ConsentTemplate.origin_device).where(ConsentTemplate.template_key == template_key)).scalars())


def team_form_keys(s: OrmSession) -> set[str]:
    """The forms whose versions are the centre's, on a laptop in its team (none elsewhere)."""
    if not team_rows.laptop_device(s):
        return set()
    keys = s.execute(select(ConsentTemplate.template_key).distinct()).scalars()
    return {key for key in keys if is_team_form(s, key)}


def publish_version(store: Store, template_key: str, texts: Mapping[str, TemplateText]) -> int:
    """Publish a new version of a template in the given languages; return its number.

    Earlier versions stay (existing records point at them). Participants whose latest consent
    uses an older version of this template are marked ``reconsent_needed`` for future sessions.
    """
    if not template_key.strip():
        raise ConsentInvalid("no_key", "the template needs a key")
    if not texts:
        raise ConsentInvalid("no_language", "publish at least one language")
    for text in texts.values():
        if not one_line(text.title):
            raise ConsentInvalid("no_title", "the template needs a title")
        _check_clauses(text.clauses)
    _check_same_clauses(texts)
    with store.transaction() as s:
        if is_team_form(s, template_key):
            # The team's form: its versions are the centre's. One made here would stand beside the
            # centre's next version under the same number, and reach no other laptop.
            raise ConsentInvalid("team_form", "this form is the team's: new versions are published at the centre")
        newest = s.execute(
            select(func.max(ConsentTemplate.version)).where(ConsentTemplate.template_key == template_key)
        ).scalar()
        version = int(newest or 0) + 1
        for lang, text in texts.items():
            tpl = ConsentTemplate(
                template_key=template_key, version=version, language=lang, title=text.title,
                body=text.body, signature_meaning=text.signature_meaning, published=True,
            )
            s.add(tpl)
            s.flush()
            for pos, c in enumerate(text.clauses):
                s.add(ConsentClause(template_id=tpl.id, clause_key=c.clause_key, text=c.text,
                                    required=c.required, position=float(pos)))
        _flag_reconsent(s, template_key, version)
    return version


def _check_same_clauses(texts: Mapping[str, TemplateText]) -> None:
    """One version says the same thing in every language: the same clauses, each required or not alike.
    (A clause added in one language's tab only was never asked of the participants reading another.)"""
    shapes = {lang: sorted((c.clause_key, bool(c.required)) for c in text.clauses) for lang, text in texts.items()}
    if len({tuple(shape) for shape in shapes.values()}) > 1:
        raise ConsentInvalid("clauses_differ", "every language of a version needs the same clauses")


def newest_versions(s: OrmSession) -> dict[str, int]:
    """Each form's newest published version here (by template key)."""
    rows = s.execute(
        select(ConsentTemplate.template_key, func.max(ConsentTemplate.version))
        .where(ConsentTemplate.deleted.is_(False), ConsentTemplate.published.is_(True))
        .group_by(ConsentTemplate.template_key)
    ).all()
    return {str(key): int(version or 0) for key, version in rows}


def flag_reconsent_for_arrived_versions(s: OrmSession, before: Mapping[str, int]) -> tuple[int, int]:
    """A newer version of a form arrived (a team update, a team file): participants whose latest
    consent is on an older version need re-consent, as at the centre that published it. The centre's
    own marking of them never reaches a laptop (participants travel only to the centre).
    (Forms of which a newer version arrived, participants whose latest consent is on an older version.)"""
    arrived = [(key, version) for key, version in newest_versions(s).items() if version > before.get(key, 0)]
    return len(arrived), sum(_flag_reconsent(s, key, version) for key, version in arrived)


def _flag_reconsent(s: OrmSession, template_key: str, version: int) -> int:
    versions = {t.id: (t.template_key, t.version) for t in templates(s)}
    latest: dict[str, str] = {}  # participant -> the form of their latest consent
    # The two columns needed, not the records (their signature images and paper scans).
    query = select(ConsentRecord.participant_id, ConsentRecord.template_id).where(ConsentRecord.deleted.is_(False))
    for participant_id, template_id in s.execute(query.order_by(ConsentRecord.recorded_at, ConsentRecord.created_at)):
        latest[participant_id] = template_id
    due = []
    for pid, template_id in latest.items():
        key, old = versions.get(template_id, ("", 0))
        if key == template_key and old < version:
            due.append(pid)
    # Read together and written in one flush: fetched one by one, each read flushed the one before
    # (autoflush), a flush and a change-log sequence query per participant: 3.6 s for a centre's 1,295.
    with s.no_autoflush:
        for start in range(0, len(due), 500):
            chunk = due[start:start + 500]
            for p in s.scalars(select(Participant).where(Participant.id.in_(chunk),
                                                         Participant.reconsent_needed.is_(False))):
                p.reconsent_needed = True
    return len(due)  # asked again, marked now or before (an update applied earlier in the same batch)


# --- recording ------------------------------------------------------------------------------------


def refused(answers: Mapping[str, Any], clause_rows: Sequence[ConsentClause]) -> bool:
    """A required clause answered no (or a missing 'participate') means the consent was refused."""
    if not bool(answers.get("participate")):
        return True
    return any(c.required and not bool(answers.get(c.clause_key)) for c in clause_rows)


def validate_record(
    clause_rows: Sequence[ConsentClause],
    answers: Mapping[str, bool],
    method: str,
    signature_png: bytes | None,
    witness: str,
    facilitator: str,
) -> None:
    missing = [c.clause_key for c in clause_rows if c.clause_key not in answers]
    if missing:
        raise ConsentInvalid("unanswered_clause", "every clause needs a yes or a no", clauses=missing)
    if method not in CONSENT_METHODS:
        raise ConsentInvalid("unknown_method", f"unknown consent method {method!r}")
    if method == "on_screen" and not (signature_png and signature_png.startswith(PNG_MAGIC)):
        raise ConsentInvalid("empty_signature", "the signature pad is empty")
    if method in WITNESS_METHODS and not one_line(witness):
        raise ConsentInvalid("witness_required", "an impartial witness must be named")
    if not one_line(facilitator):
        raise ConsentInvalid("facilitator_required", "the facilitator must be named")


def record_consent(
    store: Store,
    participant_id: str,
    session_id: str | None,
    template_id: str,
    answers: Mapping[str, bool],
    method: str,
    *,
    signature_png: bytes | None = None,
    paper_scan: bytes | None = None,
    witness: str = "",
    facilitator: str = "",
    recorded_at: str | None = None,
    language: str | None = None,
) -> str:
    """Record one participant's consent for one session; return the record id.

    A refusal (a required clause answered no) is recorded too: it is what blocks finalising.
    ``language``: the one the participant read the form in, kept as theirs (the next form is shown in it).
    """
    with store.transaction() as s:
        tpl = s.get(ConsentTemplate, template_id)
        if tpl is None or tpl.deleted:
            raise ConsentInvalid("unknown_template", "this consent form is not on this device")
        participant = s.get(Participant, participant_id)
        if participant is None or participant.deleted:
            raise ConsentInvalid("unknown_participant", "no such participant")
        if withdrew_everything(s, participant_id):
            # Their words and signatures are erased for good (a new signature would be too, at once,
            # leaving a record that says "signed" without one): taking part again is as a new person.
            raise ConsentInvalid("withdrawn_all", "this participant withdrew everything; add them as a new participant")
        clause_rows = clauses(s, template_id)
        validate_record(clause_rows, answers, method, signature_png, witness, facilitator)
        known = {c.clause_key for c in clause_rows}
        record = ConsentRecord(
            participant_id=participant_id,
            session_id=session_id,
            template_id=template_id,
            answers={k: bool(v) for k, v in answers.items() if k in known},
            method=method,
            signature_png=signature_png if method == "on_screen" else None,
            paper_scan=paper_scan if method == "paper" and paper_scan else None,
            witness=witness.strip() if method in WITNESS_METHODS else "",
            facilitator=facilitator.strip(),
            recorded_at=recorded_at or now_iso(),
        )
        s.add(record)
        if language and participant.language != language:
            participant.language = language
        older = tpl.version < latest_version(s, tpl.template_key)  # signed on an older version: asked again
        if participant.reconsent_needed != older:
            participant.reconsent_needed = older
        s.flush()
        return record.id


def withdrew_everything(s: OrmSession, participant_id: str) -> bool:
    """A withdrawal of everything (erased, or recorded before erasure existed) covers this participant:
    no consent can be recorded for them again, whatever the session."""
    if erasure.erased_entirely(s.connection(), participant_id):
        return True
    found = s.execute(select(ConsentRecord.id).where(
        ConsentRecord.participant_id == participant_id, ConsentRecord.deleted.is_(False),
        ConsentRecord.withdrawal_scope == "all", ConsentRecord.withdrawn_at.is_not(None)).limit(1)).first()
    return found is not None


def withdraw(store: Store, record_id: str, on: dt.date | str, scope: str) -> None:
    """Record a withdrawal: only ``withdrawn_at`` and ``withdrawal_scope`` change (no content travels)."""
    if scope not in WITHDRAWAL_SCOPES:
        raise ConsentInvalid("unknown_scope", f"unknown withdrawal scope {scope!r}")
    when = on.isoformat() if isinstance(on, dt.date) else str(on)
    try:
        dt.date.fromisoformat(when[:10])
    except ValueError as exc:
        raise ConsentInvalid("bad_date", "the withdrawal date is not a date") from exc
    with store.transaction() as s:
        record = s.get(ConsentRecord, record_id)
        if record is None or record.deleted:
            raise ConsentInvalid("unknown_record", "no such consent record")
        if record.withdrawal_scope == "all" and scope == "quotes":
            raise ConsentInvalid("already_withdrawn", "all data was already withdrawn")
        record.withdrawn_at = when
        record.withdrawal_scope = scope


# --- checks ---------------------------------------------------------------------------------------


def consent_problems(s: OrmSession, session_id: str) -> list[tuple[str, str]]:
    """(pseudonym, "missing"|"refused") for attending participants, for the finalise check."""
    rows = s.execute(
        select(Participant.id, Participant.code)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .where(Attendance.session_id == session_id, Attendance.deleted.is_(False),
               Participant.deleted.is_(False))
        .order_by(Attendance.seat, Participant.code)
    ).all()
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()
    for pid, code in rows:
        if pid in seen:
            continue
        seen.add(pid)
        records = [
            r for r in s.scalars(
                select(ConsentRecord).where(
                    ConsentRecord.participant_id == pid, ConsentRecord.deleted.is_(False),
                    (ConsentRecord.session_id == session_id) | ConsentRecord.session_id.is_(None),
                ).order_by(ConsentRecord.recorded_at, ConsentRecord.created_at)
            )
        ]
        if not records:
            problems.append((code, "missing"))
            continue
        current = records[-1]
        if current.withdrawn_at and current.withdrawal_scope == "all":
            continue  # withdrawn: the data is redacted, which does not block finalising
        if refused(consent_rules.stored_answers(current), clauses(s, current.template_id)):
            problems.append((code, "refused"))
    return problems


def missing_templates(s: OrmSession) -> list[str]:
    """Template ids that consent records on this device point at but that have not arrived."""
    known = select(ConsentTemplate.id)
    query = (
        select(ConsentRecord.template_id)
        .where(ConsentRecord.deleted.is_(False), ConsentRecord.template_id.not_in(known))
        .distinct()
        .order_by(ConsentRecord.template_id)
    )
    return [str(x) for x in s.scalars(query)]


def register(
    s: OrmSession, *, session_id: str | None = None, participant_id: str | None = None, lang: str = "en"
) -> list[RegisterRow]:
    """Consent records with the facts a register shows, ordered by session then pseudonym (the
    recording device of each named as ``device list`` names it, a device with no label in ``lang``)."""
    query = select(ConsentRecord).where(ConsentRecord.deleted.is_(False))
    if session_id is not None:
        query = query.where(ConsentRecord.session_id == session_id)
    if participant_id is not None:
        query = query.where(ConsentRecord.participant_id == participant_id)
    records = list(s.scalars(query))
    tpls = {t.id: t for t in s.scalars(select(ConsentTemplate))}
    people = {p.id: p.code for p in s.scalars(select(Participant).where(
        Participant.id.in_({r.participant_id for r in records})))}
    sessions = {x.id: x for x in s.scalars(select(Session).where(
        Session.id.in_({r.session_id for r in records if r.session_id})))}
    devices = recorded_on.recording_devices(s, {r.participant_id for r in records})
    clause_cache: dict[str, list[ConsentClause]] = {}
    replaced = consent_rules.replaced_when(records)
    out = []
    for r in records:
        tpl = tpls.get(r.template_id)
        if r.template_id not in clause_cache:
            clause_cache[r.template_id] = clauses(s, r.template_id)
        answers = consent_rules.stored_answers(r)
        device, held = devices.get(r.participant_id), sessions.get(r.session_id or "")
        out.append(RegisterRow(
            record_id=r.id, participant_id=r.participant_id, pseudonym=people.get(r.participant_id, "?"),
            session_id=r.session_id, session_title=held.title if held else "",
            session_kind=held.kind if held else "", session_date=held.date if held else None,
            replaced_at=replaced.get(r.id),
            template_id=r.template_id, template_key=tpl.template_key if tpl else "",
            version=tpl.version if tpl else 0, language=tpl.language if tpl else "",
            answers=answers, method=r.method, witness=r.witness, facilitator=r.facilitator,
            recorded_at=r.recorded_at, withdrawn_at=r.withdrawn_at, withdrawal_scope=r.withdrawal_scope,
            refused=refused(answers, clause_cache[r.template_id]),
            recorded_on=device.label(lang) if device else "",
            recording_device=device,
        ))
    out.sort(key=lambda x: (x.session_title, x.session_id or "", x.pseudonym, x.recorded_at))
    return out
