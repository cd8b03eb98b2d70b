"""What changed in a consent form since the version a participant agreed to (no Qt).

When the centre publishes a new version, the participants who consented on an older one are marked
"re-consent needed". The facilitator who asks them again needs to know what to explain: the clauses
that are new, removed, or changed in wording (or made required, or no longer) since their version,
and what the participant answered to each before. The screens only word what is found here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent, consent_order, consent_rules
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant

ADDED, REMOVED, REWORDED, REQUIRED = "added", "removed", "reworded", "required"


@dataclass(frozen=True)
class ClauseChange:
    """One clause that differs between the version agreed to and the version asked now.

    ``kind``: ADDED (in the new version only), REMOVED (in the old one only), REWORDED (other words;
    its required flag may have changed too), REQUIRED (the same words, required now or no longer).
    """

    clause_key: str
    kind: str
    before: str = ""  # its words in the version agreed to ("" when added)
    after: str = ""  # its words in the version asked now ("" when removed)
    required_before: bool = False
    required_after: bool = False
    earlier_answer: bool | None = None  # the participant's answer to it before; None when not asked then


@dataclass(frozen=True)
class FormChanges:
    """The version a participant agreed to, the one asked now, and the clauses that differ."""

    agreed_version: int
    current_version: int
    changes: list[ClauseChange] = field(default_factory=list)
    # The clauses' words were compared (both versions exist in one language on this device): when not,
    # only clauses added, removed, or made required or no longer are found.
    wording_compared: bool = True


def _words(text: str) -> str:
    return " ".join(text.split())  # a line break or a doubled space is no change of wording


def compare_clauses(before: Sequence[consent.ClauseSpec], after: Sequence[consent.ClauseSpec],
                    earlier_answers: Mapping[str, bool] | None = None, *,
                    compare_wording: bool = True) -> list[ClauseChange]:
    """The clauses of ``after`` (in its order) that are new or differ from ``before``, then those of
    ``before`` that ``after`` no longer has; each with the participant's earlier answer where given."""
    answers = earlier_answers or {}
    old = {c.clause_key: c for c in before}
    new_keys = {c.clause_key for c in after}
    changes: list[ClauseChange] = []
    for clause in after:
        was = old.get(clause.clause_key)
        if was is None:
            changes.append(ClauseChange(clause.clause_key, ADDED, after=clause.text,
                                        required_after=bool(clause.required)))
            continue
        reworded = compare_wording and _words(was.text) != _words(clause.text)
        if reworded or bool(was.required) != bool(clause.required):
            changes.append(ClauseChange(clause.clause_key, REWORDED if reworded else REQUIRED, was.text,
                                        clause.text, bool(was.required), bool(clause.required),
                                        answers.get(clause.clause_key)))
    for was in before:
        if was.clause_key not in new_keys:
            changes.append(ClauseChange(was.clause_key, REMOVED, before=was.text, required_before=bool(was.required),
                                        earlier_answer=answers.get(was.clause_key)))
    return changes


def _specs(s: OrmSession, template_id: str) -> list[consent.ClauseSpec]:
    return [consent.ClauseSpec(c.clause_key, c.text, c.required) for c in consent.clauses(s, template_id)]


def _version_in(s: OrmSession, form: ConsentTemplate, version: int, language: str) -> ConsentTemplate | None:
    """The text of ``form``'s form (its key and publisher) at ``version`` in ``language``."""
    publisher = consent.publisher_of(s, form)
    return next((t for t in s.scalars(select(ConsentTemplate).where(
        ConsentTemplate.template_key == form.template_key, ConsentTemplate.version == version,
        ConsentTemplate.language == language, ConsentTemplate.deleted.is_(False)))
        if consent.publisher_of(s, t) == publisher), None)


def since_last_consent(s: OrmSession, participant_id: str, template_id: str) -> FormChanges | None:
    """What changed between the form version of the participant's latest consent and the form
    ``template_id`` they are asked to sign now; None when that consent was not on an older version of
    the same form (a first consent, another form, the same version) or its version is not here.

    The wording is compared in the language of the form asked now where the older version exists in
    it, else in the language the participant read before (clause texts are in that language then)."""
    current = s.get(ConsentTemplate, template_id)
    last = consent_order.latest(s.execute(select(ConsentRecord.id, ConsentRecord.recorded_at, ConsentRecord.created_at)
                                          .where(ConsentRecord.participant_id == participant_id,
                                                 ConsentRecord.deleted.is_(False))))
    record = s.get(ConsentRecord, last.id) if last is not None else None
    if current is None or record is None:
        return None
    return _answered(_between(s, record.template_id, current), consent_rules.stored_answers(record))


def _between(s: OrmSession, agreed_id: str, current: ConsentTemplate) -> FormChanges | None:
    """The clauses that differ between the version ``agreed_id`` and ``current``, no answers beside them."""
    agreed = s.get(ConsentTemplate, agreed_id)
    if (agreed is None or agreed.template_key != current.template_key or agreed.version >= current.version
            or consent.publisher_of(s, agreed) != consent.publisher_of(s, current)):  # a laptop's own form: another
        return None
    old_here = _version_in(s, agreed, agreed.version, current.language)
    new_there = _version_in(s, current, current.version, agreed.language)
    if old_here is not None:
        pair, compared = (old_here, current), True
    elif new_there is not None:
        pair, compared = (agreed, new_there), True
    else:  # no language in common: which clauses, and required or not, can still be told
        pair, compared = (agreed, current), False
    changes = compare_clauses(_specs(s, pair[0].id), _specs(s, pair[1].id), compare_wording=compared)
    return FormChanges(agreed.version, current.version, changes, compared)


def _answered(found: FormChanges | None, answers: Mapping[str, bool]) -> FormChanges | None:
    """``found`` with the participant's earlier answer beside each clause that was on their version."""
    if found is None:
        return None
    return replace(found, changes=[c if c.kind == ADDED else replace(c, earlier_answer=answers.get(c.clause_key))
                                   for c in found.changes])


class ChangesCache:
    """``since_last_consent`` for the participants of one load (a page of the Participants list): their
    latest consents read in one query, the form each is asked found once per language, and each pair of
    versions compared once. Per participant it compared the forms again: a page of 100 all marked for
    re-consent took eight times as long to load."""

    def __init__(self, s: OrmSession, participant_ids: Iterable[str]) -> None:
        self.s = s
        c = ConsentRecord.__table__.c
        query = select(c.participant_id, c.template_id, c.answers, c.recorded_at, c.created_at).where(
            c.deleted.is_(False), c.participant_id.in_(bindparam("participants", expanding=True)))
        self._latest: dict[str, Any] = {}
        for r in consent_order.oldest_first(s.execute(query, {"participants": list(set(participant_ids))})):
            self._latest[r.participant_id] = r  # the last one is the latest
        self._forms: dict[str, ConsentTemplate | None] = {}
        self._pairs: dict[tuple[str, str], FormChanges | None] = {}

    def since_last_consent(self, participant: Participant) -> FormChanges | None:
        """As ``since_last_consent`` with the form ``participant`` is asked to sign now."""
        language = participant.language
        if language not in self._forms:  # the form asked depends on the participant's language alone
            self._forms[language] = consent.template_for_participant(self.s, participant.id)
        current, record = self._forms[language], self._latest.get(participant.id)
        if current is None or record is None:
            return None
        pair = (record.template_id, current.id)
        if pair not in self._pairs:
            self._pairs[pair] = _between(self.s, record.template_id, current)
        return _answered(self._pairs[pair], consent_rules.answers_of(record.answers))


def since_last_consents(s: OrmSession, participant_ids: Iterable[str]) -> dict[str, FormChanges]:
    """``since_last_consent`` of each of these participants with the form asked of them now (the consent
    register's re-consent marks: what to explain), by participant id; those with nothing to tell left out."""
    ids = sorted(set(participant_ids))
    if not ids:
        return {}
    cache = ChangesCache(s, ids)
    out: dict[str, FormChanges] = {}
    for start in range(0, len(ids), 500):
        for person in s.scalars(select(Participant).where(Participant.id.in_(ids[start:start + 500]))):
            found = cache.since_last_consent(person)
            if found is not None:
                out[person.id] = found
    return out
