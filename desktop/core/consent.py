"""Consent service: versioned templates, recording consent, withdrawal, and the checks around them.

The forms (templates, publishing a version, re-consent when a newer one arrives) are in
:mod:`desktop.core.consent_forms`; every name of theirs is offered here too.

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

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_given, consent_order, consent_rules, erasure, published_forms, recorded_on
from desktop.core.consent_forms import (
    BUILTIN_FORM_KEY,
    FALLBACK_LANGUAGES,
    TEAM_FORM_KEY,
    ClauseSpec,
    ConsentInvalid,
    TemplateText,
    clauses,
    flag_reconsent_for_arrived_versions,
    form_languages,
    is_team_form,
    latest_version,
    newest_like,
    newest_versions,
    publish_version,
    publisher_of,
    team_form_keys,
    template_for,
    template_for_participant,
    templates,
)
from desktop.core.db import Store
from desktop.core.field_text import one_line
from desktop.core.form_publishers import TEAM, laptops_own_forms, publishers
from desktop.core.models import (
    Attendance,
    ConsentClause,
    ConsentRecord,
    ConsentTemplate,
    Participant,
    Session,
)
from desktop.core.recorded_on import RecordingDevice
from desktop.core.reference import CONSENT_METHODS

__all__ = [
    "BUILTIN_FORM_KEY", "FALLBACK_LANGUAGES", "PNG_MAGIC", "TEAM_FORM_KEY", "WITHDRAWAL_SCOPES", "WITNESS_METHODS",
    "ClauseSpec", "ConsentInvalid", "RegisterRow", "TemplateText", "clauses", "consent_problems",
    "flag_reconsent_for_arrived_versions", "form_languages", "is_team_form", "latest_version", "missing_templates",
    "newest_like", "newest_versions", "now_iso", "publish_version", "publisher_of", "record_consent", "refused", "register", "template_for",
    "template_for_participant", "team_form_keys", "templates", "validate_record", "withdraw", "withdrew_everything",
]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WITNESS_METHODS = ("verbal_witness", "thumbprint_witness")
WITHDRAWAL_SCOPES = ("all", "quotes")


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
    # Re-consent needed (the Participants page's mark): the newer version of its form the participant is
    # asked to sign now (its newest, in any language); 0 when none (or the record no longer stands).
    asked_version: int = 0
    # The field laptop whose own form the record is on (``form_publishers``), and whether that is this
    # laptop; None for the team's forms (and on a database in no team).
    form_owner: tuple[RecordingDevice, bool] | None = None

    @property
    def template_missing(self) -> bool:
        return self.version == 0

    @property
    def reconsent_needed(self) -> bool:
        return self.asked_version > 0


def now_iso() -> str:
    """Local time with its UTC offset, e.g. 2026-11-26T22:11:00+03:00."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


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
        older = tpl.version < newest_like(s, tpl)  # signed on an older version of its form: asked again
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
        records = consent_order.oldest_first(s.scalars(
            select(ConsentRecord).where(
                ConsentRecord.participant_id == pid, ConsentRecord.deleted.is_(False),
                (ConsentRecord.session_id == session_id) | ConsentRecord.session_id.is_(None),
            )
        ))
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
    # A record a withdrawal covers without its mark (it arrived, or was typed in, after the withdrawal)
    # is shown withdrawn, as the exports and lists read it.
    covered = consent_given.covered_marks(s, {r.participant_id for r in records})
    tpls = {t.id: t for t in s.scalars(select(ConsentTemplate))}
    # A form text this centre sent and then lost (restored from an older backup): its number is known.
    lost = published_forms.lost_forms(s) if any(r.template_id not in tpls for r in records) else {}
    people = {p.id: p for p in s.scalars(select(Participant).where(
        Participant.id.in_({r.participant_id for r in records})))}
    sessions = {x.id: x for x in s.scalars(select(Session).where(
        Session.id.in_({r.session_id for r in records if r.session_id})))}
    devices = recorded_on.recording_devices(s, {r.participant_id for r in records})
    clause_cache: dict[str, list[ConsentClause]] = {}
    replaced = consent_rules.replaced_when(records)
    publisher, owners = publishers(s).of, laptops_own_forms(s)
    asked: dict[tuple[str, str], int] = {}  # the newest version of a form, by form (key, publisher)
    out = []
    for r in records:
        tpl: ConsentTemplate | published_forms.SentForm | None = tpls.get(r.template_id) or lost.get(r.template_id)
        if r.template_id not in clause_cache:
            clause_cache[r.template_id] = clauses(s, r.template_id)
        answers = consent_rules.stored_answers(r)
        device, held = devices.get(r.participant_id), sessions.get(r.session_id or "")
        person = people.get(r.participant_id)
        refused_here = refused(answers, clause_cache[r.template_id])
        withdrawn_at, scope = covered.get(r.id, (r.withdrawn_at, r.withdrawal_scope))
        asked_version = 0
        # As the Participants page marks them (the flag), on the records that still stand and are on an
        # older version than the form's newest: not one replaced, refused or withdrawn from entirely, nor a
        # record from before a re-consent already taken (the flag is cleared then). The newest in any
        # language, as the flag is set: a version published in Arabic only asks a Kurdish reader again too
        # (to read in Arabic, or once translated); their language's newest would leave them unmarked here.
        if (tpl is not None and person is not None and person.reconsent_needed and not refused_here
                and r.id not in replaced and not (withdrawn_at and scope == "all")):
            # A form text this centre sent and lost since is the team's (only the team's are sent).
            form = (tpl.template_key, publisher(tpl.origin_device) if isinstance(tpl, ConsentTemplate) else TEAM)
            if form not in asked:
                asked[form] = latest_version(s, *form)
            newest = asked[form]
            asked_version = newest if newest > tpl.version else 0
        out.append(RegisterRow(
            record_id=r.id, participant_id=r.participant_id, pseudonym=person.code if person else "?",
            session_id=r.session_id, session_title=held.title if held else "",
            session_kind=held.kind if held else "", session_date=held.date if held else None,
            replaced_at=replaced.get(r.id),
            template_id=r.template_id, template_key=tpl.template_key if tpl else "",
            version=tpl.version if tpl else 0, language=tpl.language if tpl else "",
            answers=answers, method=r.method, witness=r.witness, facilitator=r.facilitator,
            recorded_at=r.recorded_at, withdrawn_at=withdrawn_at, withdrawal_scope=scope,
            refused=refused_here,
            recorded_on=device.label(lang) if device else "",
            recording_device=device, asked_version=asked_version, form_owner=owners.get(r.template_id),
        ))
    out.sort(key=lambda x: (x.session_title, x.session_id or "", x.pseudonym, x.recorded_at))
    return out
