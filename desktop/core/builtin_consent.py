"""The consent form a lone facilitator has before any team sends one.

Working alone is a full mode: without a form nobody can consent, and without consent nobody can be
given speech. So a database that is not in a team gets this form, in Arabic, Central Kurdish and
English, published like any other version (``publish_version``): records point at it, it travels in
the first bundle after joining a team, and a later edit is a new version.

The words live once, in English, marked for the one catalogue (the .ts files); the Arabic and
Kurdish versions are read from it when the form is installed.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import consent
from desktop.core.consent import ClauseSpec, TemplateText
from desktop.core.db import Store
from desktop.core.models import ConsentTemplate
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

BUILTIN_KEY = consent.BUILTIN_FORM_KEY
FORM_LANGUAGES = ("ar", "ckb", "en")
_CTX = "BuiltinConsentForm"

TITLE = QT_TRANSLATE_NOOP("BuiltinConsentForm", "Consent to take part in a discussion")
BODY = QT_TRANSLATE_NOOP(
    "BuiltinConsentForm",
    "We invite you to take part in a discussion. Taking part is voluntary: you may refuse any "
    "clause below, stop at any time, and withdraw later without giving a reason.",
)
MEANING = QT_TRANSLATE_NOOP(
    "BuiltinConsentForm",
    "Your signature (or your spoken agreement before a witness) means that this form was read to "
    "you or by you, and that you agree to the clauses you answered yes to.",
)
# (clause key, text, required): participation is the one clause without which nobody may speak.
CLAUSES = (
    ("participate", QT_TRANSLATE_NOOP("BuiltinConsentForm", "I agree to take part in this discussion."), True),
    ("quote", QT_TRANSLATE_NOOP("BuiltinConsentForm", "I agree to my words being quoted without my name."), False),
    ("audio", QT_TRANSLATE_NOOP("BuiltinConsentForm", "I agree to the discussion being recorded."), False),
    ("share", QT_TRANSLATE_NOOP(
        "BuiltinConsentForm", "I agree to my answers, without my name, being shared with the team that runs this study."
    ), False),
)


def form_text(lang: str) -> TemplateText:
    def t(text: str) -> str:
        return translate(lang, _CTX, text)

    return TemplateText(
        title=t(TITLE), body=t(BODY), signature_meaning=t(MEANING),
        clauses=[ClauseSpec(key, t(text), required) for key, text, required in CLAUSES],
    )


def has_any_form(store: Store) -> bool:
    with store.session() as s:
        found = s.execute(
            select(ConsentTemplate.id).where(ConsentTemplate.deleted.is_(False), ConsentTemplate.published.is_(True))
            .limit(1)
        ).first()
    return found is not None


def install(store: Store) -> int | None:
    """Publish the built-in form when this database has no consent form at all; its version, or
    None when a form is already there (the team's, or the built-in one)."""
    if has_any_form(store):
        return None
    return consent.publish_version(store, BUILTIN_KEY, {lang: form_text(lang) for lang in FORM_LANGUAGES})
