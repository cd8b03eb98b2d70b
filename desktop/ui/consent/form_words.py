"""Words the PARTICIPANT reads on the consent form, in the form's own language.

The consent form is shown in the participant's language whatever the interface language is (a
Kurdish participant may sign on an English-speaking facilitator's laptop), so these few words
follow the template's language, not the installed Qt translator: they come from the same
catalogue (translations/majlis_*.ts, context "ConsentForm") through ``catalogue.translate``.
Facilitator-facing controls use ``tr()`` as usual.
"""

from __future__ import annotations

from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

CONTEXT = "ConsentForm"

YES = QT_TRANSLATE_NOOP("ConsentForm", "Yes")
NO = QT_TRANSLATE_NOOP("ConsentForm", "No")
REQUIRED = QT_TRANSLATE_NOOP("ConsentForm", "(required)")
SIGN_HERE = QT_TRANSLATE_NOOP("ConsentForm", "Sign here")
CLAUSE_OF = QT_TRANSLATE_NOOP("ConsentForm", "Clause {n} of {total}")
SIGNATURE_MEANING = QT_TRANSLATE_NOOP("ConsentForm", "What the signature means")


def word(source: str, lang: str, **fmt: object) -> str:
    """``source`` (one of the constants above) in the form's language ``lang``."""
    text = translate(lang, CONTEXT, source)
    return text.format(**fmt) if fmt else text
