"""Consent forms: versioned templates in several languages, publishing a version, and asking again
those whose latest consent is on an older one.

Split out of :mod:`desktop.core.consent` (recording, withdrawal, the checks and the register), which
still offers every name here. No Qt here.

A form is told by its key AND its publisher (``desktop.core.form_publishers``: the team, i.e. the centre
and its coordinators, or one field laptop). Every version query here asks within one publisher (none
given: the form signed here under that key, the team's, else a laptop's own). A field laptop's own form
under a key the centre publishes too (``session-consent``, published there before the team's reached it)
reaches the centre in its bundles, and must not become the team's newest version there (the form signed
at the centre, the number of the coordinator's next version, re-consent marks), nor make the team's
versions "older" on that laptop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_order, published_forms, team_rows
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.field_text import one_line
from desktop.core.form_publishers import TEAM, publishers
from desktop.core.models import ConsentClause, ConsentRecord, ConsentTemplate, Participant
from desktop.core.reference import CONSENT_CLAUSES

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


# --- templates ------------------------------------------------------------------------------------


def templates(s: OrmSession, template_key: str | None = None, publisher: str | None = None) -> list[ConsentTemplate]:
    """The form texts here, newest version first; of one publisher's form when ``publisher`` is given."""
    query = select(ConsentTemplate).where(ConsentTemplate.deleted.is_(False))
    if template_key is not None:
        query = query.where(ConsentTemplate.template_key == template_key)
    order = (ConsentTemplate.template_key, ConsentTemplate.version.desc(), ConsentTemplate.language)
    found = list(s.scalars(query.order_by(*order)))
    if publisher is None:
        return found
    of = publishers(s).of
    return [t for t in found if of(t.origin_device) == publisher]


def publisher_of(s: OrmSession, tpl: ConsentTemplate) -> str:
    """Whose form ``tpl`` is a version of: ``TEAM``, or the field laptop that published it."""
    return publishers(s).of(tpl.origin_device)


def clauses(s: OrmSession, template_id: str) -> list[ConsentClause]:
    query = select(ConsentClause).where(
        ConsentClause.template_id == template_id, ConsentClause.deleted.is_(False)
    )
    return list(s.scalars(query.order_by(ConsentClause.position)))


def _published(s: OrmSession, template_key: str, publisher: str | None) -> list[ConsentTemplate]:
    """The published versions of one publisher's form under ``template_key``, newest first; with no
    ``publisher``, of the form signed here under that key: the team's, else (on a laptop) its own."""
    if publisher is not None:
        return [t for t in templates(s, template_key, publisher) if t.published]
    for each in publishers(s).signing_order():
        found = _published(s, template_key, each)
        if found:
            return found
    return []


def latest_version(s: OrmSession, template_key: str, publisher: str | None = None) -> int:
    """The newest published version of one publisher's form (``_published``: with none given, the team's,
    else this laptop's own; never a field laptop's own at the centre, never the two mixed)."""
    return max((t.version for t in _published(s, template_key, publisher)), default=0)


def newest_like(s: OrmSession, tpl: ConsentTemplate) -> int:
    """The newest published version of the form ``tpl`` is a version of (its key, its publisher)."""
    return latest_version(s, tpl.template_key, publisher_of(s, tpl))


def template_for(s: OrmSession, template_key: str, language: str,
                 publisher: str | None = None) -> ConsentTemplate | None:
    """The newest published version in ``language``; else the newest in a fallback language (of one
    publisher's form: ``_published``)."""
    published = _published(s, template_key, publisher)
    for lang in (language, *FALLBACK_LANGUAGES):
        found = [t for t in published if t.language == lang]
        if found:
            return max(found, key=lambda t: t.version)
    return max(published, key=lambda t: t.version) if published else None


TEAM_FORM_KEY = "session-consent"
#: The highest version number a bundle or team update carries (``desktop/sync/values.py``'s INT_MAX).
VERSION_LIMIT = published_forms.VERSION_MAX
# A lone facilitator's built-in form (desktop.core.builtin_consent); the team's form comes first.
BUILTIN_FORM_KEY = "builtin-consent"


def template_for_participant(
    s: OrmSession, participant_id: str, template_key: str | None = None, language: str | None = None
) -> ConsentTemplate | None:
    """The form a participant signs: in ``language`` when given (the one they chose to read), else
    in theirs; the team's form first (under each key, the team's versions, then this laptop's own:
    never another laptop's, never a laptop's own version because its number is higher)."""
    p = s.get(Participant, participant_id)
    language = language or (p.language if p is not None else "ar")
    keys = (template_key,) if template_key else (TEAM_FORM_KEY, BUILTIN_FORM_KEY)
    for key in keys:
        found = template_for(s, key, language)
        if found is not None:
            return found
    return None


def form_languages(s: OrmSession, template_key: str, publisher: str | None = None) -> list[str]:
    """The languages a form can be read in here (a published version in each), ar, ckb, en first."""
    found = {t.language for t in _published(s, template_key, publisher)}
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
    """A form the centre published, seen on a laptop in its team: its versions are the centre's (not a
    field laptop's own form, which a coordinator's laptop holds from the bundles it merges)."""
    laptop, of = team_rows.laptop_device(s), publishers(s).of
    return bool(laptop) and any(team_rows.is_the_teams(s, origin, laptop) and of(origin) == TEAM
                                for origin in s.execute(select(ConsentTemplate.origin_device).where(
                                    ConsentTemplate.template_key == template_key)).scalars())


def team_form_keys(s: OrmSession) -> set[str]:
    """The forms whose versions are the centre's, on a laptop in its team (none elsewhere)."""
    if not team_rows.laptop_device(s):
        return set()
    keys = s.execute(select(ConsentTemplate.template_key).distinct()).scalars()
    return {key for key in keys if is_team_form(s, key)}


def publish_version(store: Store, template_key: str, texts: Mapping[str, TemplateText], *,
                    answered_yes: bool = False) -> int:
    """Publish a new version of a template in the given languages; return its number.

    Earlier versions stay (existing records point at them). Participants whose latest consent
    uses an older version of this template are marked ``reconsent_needed`` for future sessions.
    ``answered_yes``: the coordinator answered Yes to the restored centre's question before this Publish
    (``published_forms.answered_yes``), kept in the version's transaction: a Publish refused (an invalid
    form, another program's lock, a full disk) answered nothing, and the question comes back.
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
        # Numbered among this publisher's versions only (the centre's after the team's, never after a
        # laptop's own form under the same key); unpublished and deleted ones keep their numbers. Never a
        # number the team has seen: a centre restored from a backup made before its version 3 no longer
        # holds it, the laptops do (``published_forms``: only the team's forms are ever sent; on another
        # computer, the versions the laptops' bundles named as held there).
        here = publishers(s)
        version = 1 + max((int(number) for number, origin in s.execute(
            select(ConsentTemplate.version, ConsentTemplate.origin_device)
            .where(ConsentTemplate.template_key == template_key)) if here.of(origin) == here.own), default=0)
        if here.own == TEAM:
            sent = published_forms.highest_sent(store.device_id, template_key)
            version = max(version, sent + 1)
            version = max(version, published_forms.highest_reported(s, template_key, version - 1) + 1)
        if version > VERSION_LIMIT:  # every laptop would refuse the team update carrying it, and all after it
            raise ConsentInvalid("too_many_versions", "the form has as many versions as a bundle can number")
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
        _flag_reconsent(s, template_key, version, publisher=here.own)
        if answered_yes:
            published_forms.answered_yes(s)
    return version


def _check_same_clauses(texts: Mapping[str, TemplateText]) -> None:
    """One version says the same thing in every language: the same clauses, each required or not alike.
    (A clause added in one language's tab only was never asked of the participants reading another.)"""
    shapes = {lang: sorted((c.clause_key, bool(c.required)) for c in text.clauses) for lang, text in texts.items()}
    if len({tuple(shape) for shape in shapes.values()}) > 1:
        raise ConsentInvalid("clauses_differ", "every language of a version needs the same clauses")


def newest_versions(s: OrmSession) -> dict[str, int]:
    """Each of the team's forms' newest published version here (by template key): what team updates
    bring (a laptop's own forms are not among them)."""
    newest: dict[str, int] = {}
    for t in templates(s, publisher=TEAM):
        if t.published:
            newest[t.template_key] = max(newest.get(t.template_key, 0), t.version)
    return newest


def flag_reconsent_for_arrived_versions(s: OrmSession, before: Mapping[str, int],
                                        carried: Sequence[str] = ()) -> tuple[int, int]:
    """A newer version of a form arrived (a team update, a team file): participants whose latest
    consent is on an older version need re-consent, as at the centre that published it. The centre's
    own marking of them never reaches a laptop (participants travel only to the centre).

    ``carried``: the ids of every form text the update brings. A version here under a number the update
    carries in the same language, but not among them, is one the centre no longer has: restored from a
    backup made before it, the centre published that number again, with its own words. The laptop's
    copy is no longer published here (records keep pointing at it), so new consents take the centre's,
    and participants whose latest consent is on it are asked again.
    (Forms of which a newer or another version arrived, participants to ask again.)"""
    replaced = _replaced_versions(s, set(carried)) if carried else {}
    arrived = [(key, version) for key, version in newest_versions(s).items() if version > before.get(key, 0)]
    due = {pid for key, version in arrived for pid in _flag_reconsent(s, key, version, publisher=TEAM)}
    if replaced:
        due.update(_flag_reconsent(s, "", 0, set(replaced)))
    return len({key for key, _ in arrived} | set(replaced.values())), len(due)


def _replaced_versions(s: OrmSession, carried: set[str]) -> dict[str, str]:
    """Unpublish the form texts here that a carried one of the same form, version and language
    replaces (see ``flag_reconsent_for_arrived_versions``); their ids and form keys."""
    laptop, of = team_rows.laptop_device(s), publishers(s).of
    published = [t for t in templates(s) if t.published]
    taken = {(t.template_key, t.version, t.language) for t in published if t.id in carried}
    replaced = {t.id: t.template_key for t in published  # the centre's before (a laptop's own form stays,
                if t.id not in carried and (t.template_key, t.version, t.language) in taken  # this one's or
                and team_rows.is_the_teams(s, t.origin_device, laptop) and of(t.origin_device) == TEAM}  # another's)
    for t in published:
        if t.id in replaced:
            t.published = False
    s.flush()
    return replaced


def _flag_reconsent(s: OrmSession, template_key: str, version: int, replaced: set[str] | None = None,
                    publisher: str = TEAM) -> list[str]:
    """Mark the participants whose latest consent is on an older version of this form, ``publisher``'s
    (or, with ``replaced``, on one of those form texts); who they are, marked now or before. A team form
    text this centre sent and lost since (restored from an older backup) counts with its known number."""
    of = publishers(s).of
    versions = ({tid: (f.template_key, f.version) for tid, f in published_forms.lost_forms(s).items()}
                if publisher == TEAM else {})
    versions.update({t.id: (t.template_key, t.version) for t in templates(s) if of(t.origin_device) == publisher})
    latest: dict[str, str] = {}  # participant -> the form of their latest consent
    # The two columns needed, not the records (their signature images and paper scans).
    query = select(ConsentRecord.participant_id, ConsentRecord.template_id, ConsentRecord.recorded_at,
                   ConsentRecord.created_at).where(ConsentRecord.deleted.is_(False))
    for r in consent_order.oldest_first(s.execute(query)):  # the one that counts last
        latest[r.participant_id] = r.template_id
    due = []
    for pid, template_id in latest.items():
        key, old = versions.get(template_id, ("", 0))
        if template_id in replaced if replaced is not None else key == template_key and old < version:
            due.append(pid)
    # Read together and written in one flush: fetched one by one, each read flushed the one before
    # (autoflush), a flush and a change-log sequence query per participant: 3.6 s for a centre's 1,295.
    with s.no_autoflush:
        for start in range(0, len(due), 500):
            chunk = due[start:start + 500]
            for p in s.scalars(select(Participant).where(Participant.id.in_(chunk),
                                                         Participant.reconsent_needed.is_(False))):
                p.reconsent_needed = True
    return due  # asked again, marked now or before (an update applied earlier in the same batch)
