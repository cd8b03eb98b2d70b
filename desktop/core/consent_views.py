"""What the consent screens read, as plain data: the queries that used to sit in the widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent, consent_changes, consent_order, consent_rules, erasure
from desktop.core.form_publishers import publishers
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant, Session, TranscriptTurn
from desktop.i18n.languages import SUPPORTED


def templates_with_clause_counts(s: OrmSession) -> list[tuple[ConsentTemplate, int]]:
    return [(t, len(consent.clauses(s, t.id))) for t in consent.templates(s)]


def turns_as_shown(s: OrmSession, participant_id: str, session_id: str | None) -> list[tuple[str, str, str]]:
    """(position, timestamp, text) of one participant's turns, redacted where consent says so."""
    if session_id is None:
        return []
    policy = consent_rules.policy(s, participant_id, session_id)
    turns = s.scalars(select(TranscriptTurn).where(
        TranscriptTurn.session_id == session_id, TranscriptTurn.participant_id == participant_id,
        TranscriptTurn.deleted.is_(False)).order_by(TranscriptTurn.position)).all()
    return [(f"{t.position:g}", t.timestamp, consent_rules.REDACTED if policy.redacted else t.text) for t in turns]


def withdrew_everything(s: OrmSession) -> set[str]:
    """The participants ``consent.withdrew_everything`` holds for, all at once: no consent can be recorded
    for them again, so they are not offered to attend another session (they come again as new people)."""
    found = set(s.scalars(select(ConsentRecord.participant_id).where(
        ConsentRecord.deleted.is_(False), ConsentRecord.withdrawal_scope == "all",
        ConsentRecord.withdrawn_at.is_not(None))))
    conn = s.connection()
    return found | {rule.participant_id for rule in erasure.rules(conn)
                    if rule.scope == "all" and rule.participant_id and erasure.targets(conn, rule)}


def template_texts(s: OrmSession, template_key: str) -> dict[str, consent.TemplateText]:
    """The newest text of a form in each language it exists in (what the form editor starts from): the
    team's form, else (on a laptop) its own; never a field laptop's own form at the centre, whose words
    a new version would re-sign as the team's (``desktop.core.form_publishers``)."""
    texts: dict[str, consent.TemplateText] = {}
    versions: list[ConsentTemplate] = []
    for publisher in publishers(s).signing_order():
        versions = versions or consent.templates(s, template_key, publisher)
    for code in ("ar", "ckb", "en"):  # templates() lists the newest version first
        tpl = next((t for t in versions if t.language == code), None)
        if tpl is not None:
            specs = [consent.ClauseSpec(c.clause_key, c.text, c.required) for c in consent.clauses(s, tpl.id)]
            texts[code] = consent.TemplateText(tpl.title, tpl.body, tpl.signature_meaning, specs)
    return texts


@dataclass(frozen=True)
class FormToSign:
    """The consent form a participant is shown: its text in their language and the clauses to answer."""

    pseudonym: str
    template_id: str | None
    language: str
    title: str
    body: str
    meaning: str
    clauses: list[tuple[str, str, bool]]  # key, text, required
    session_facilitator: str
    #: Who obtained the consent recorded last in this session: at the door of a hall, the name typed
    #: for the first person stands in the next one's form ("" before the first, or without a session).
    last_obtained_by: str = ""
    #: The participant withdrew everything: no form to sign (``consent.withdrew_everything``).
    withdrawn_all: bool = False
    #: The languages this form can be shown in (the participant may read another than their own).
    languages: tuple[str, ...] = ()
    #: The form shown is an older version than the newest published (which is not in its language):
    #: that version's number and the languages it is in; 0 and () otherwise.
    newer_version: int = 0
    newer_languages: tuple[str, ...] = ()
    #: The participant consented before on an older version of this form: what changed since (re-consent).
    changes: consent_changes.FormChanges | None = None


def form_to_sign(s: OrmSession, participant_id: str, session_id: str | None,
                 language: str | None = None) -> FormToSign:
    """The form in ``language`` when given (chosen in the dialog), else in the participant's."""
    participant = s.get(Participant, participant_id)
    session = s.get(Session, session_id) if session_id else None
    withdrawn_all = participant is not None and consent.withdrew_everything(s, participant_id)
    tpl = None if withdrawn_all else consent.template_for_participant(s, participant_id, language=language)
    return FormToSign(
        pseudonym=participant.code if participant else "?",
        template_id=tpl.id if tpl else None,
        language=tpl.language if tpl else (participant.language if participant else "ar"),
        title=tpl.title if tpl else "",
        body=tpl.body if tpl else "",
        meaning=tpl.signature_meaning if tpl else "",
        clauses=[(c.clause_key, c.text, c.required) for c in consent.clauses(s, tpl.id)] if tpl else [],
        session_facilitator=session.facilitator if session else "",
        last_obtained_by=_last_obtained_by(s, session_id) if session else "",
        withdrawn_all=withdrawn_all,
        # Those it can show a form in: a newer centre may publish a version in a language this Majlis lacks.
        languages=tuple(lang for lang in consent.form_languages(s, tpl.template_key, consent.publisher_of(s, tpl))
                        if lang in SUPPORTED)
        if tpl else (),
        changes=consent_changes.since_last_consent(s, participant_id, tpl.id) if tpl else None,
        **_newer(s, tpl),
    )


def _last_obtained_by(s: OrmSession, session_id: str | None) -> str:
    last = consent_order.latest(s.execute(select(
        ConsentRecord.facilitator, ConsentRecord.recorded_at, ConsentRecord.created_at).where(
        ConsentRecord.session_id == session_id, ConsentRecord.deleted.is_(False), ConsentRecord.facilitator != "")))
    return str(last.facilitator) if last is not None else ""


def _newer(s: OrmSession, tpl: ConsentTemplate | None) -> dict[str, Any]:
    """What the form editor published after the version shown, in other languages only."""
    if tpl is None:
        return {}
    publisher = consent.publisher_of(s, tpl)  # its own form's versions: not the team's under the same key
    newest = consent.latest_version(s, tpl.template_key, publisher)
    if newest <= tpl.version:
        return {}
    langs = tuple(t.language for t in consent.templates(s, tpl.template_key, publisher)
                  if t.published and t.version == newest)
    return {"newer_version": newest, "newer_languages": langs}
