"""Translated names of demographic values and consent states, shared by every participant view.

Values are stored as stable keys ("female", "25-34", "urban"); only what is shown is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.reference import AGE_BANDS, GENDERS, GOVERNORATE_BY_KEY, GOVERNORATES, SETTINGS
from desktop.ui.qt_i18n import shown_digits

# Every call spells out QCoreApplication.translate("Demographics", "<literal>") so lupdate finds it.


def gender(key: str) -> str:
    names = {
        "female": QCoreApplication.translate("Demographics", "female"),
        "male": QCoreApplication.translate("Demographics", "male"),
        "other": QCoreApplication.translate("Demographics", "other"),
        "undisclosed": QCoreApplication.translate("Demographics", "prefers not to say"),
    }
    return names.get(key, key)


def setting(key: str) -> str:
    return {"urban": QCoreApplication.translate("Demographics", "urban"), "rural": QCoreApplication.translate("Demographics", "rural")}.get(key, key)


LRE, PDF = "\u202a", "\u202c"  # left-to-right embedding and its end


def age_band(key: str) -> str:
    # "25-34" reads the same in every language, but in a right-to-left row the bidi algorithm moves
    # the trailing "+" of "65+" to the left ("+65"); a left-to-right embedding keeps it in place.
    # Its digits follow the digit setting like every number on screen ("٢٥-٣٤").
    shown = shown_digits(key)
    return f"{LRE}{shown}{PDF}" if key.endswith("+") else shown


def consent(key: str) -> str:
    names = {
        "given": QCoreApplication.translate("Demographics", "consent given"),
        "none": QCoreApplication.translate("Demographics", "no consent"),
        "declined": QCoreApplication.translate("Demographics", "declined to take part"),
        "withdrawn": QCoreApplication.translate("Demographics", "withdrawn"),
        "reconsent": QCoreApplication.translate("Demographics", "re-consent needed (new form version)"),
        "withdrawn_quotes": QCoreApplication.translate("Demographics", "consent given, quotes withdrawn"),
        "quotes_refused": QCoreApplication.translate("Demographics", "consent given, not to be quoted"),
    }
    return names.get(key, key)


def governorate(key: str, lang: str) -> str:
    gov = GOVERNORATE_BY_KEY.get(key)
    return gov.name(lang) if gov else key


def choices(field: str, lang: str) -> list[tuple[str, str]]:
    """(key, label) pairs for a combo box; the first pair is "not given"."""
    blank = ("", QCoreApplication.translate("Demographics", "(not given)"))
    if field == "gender":
        return [blank, *((k, gender(k)) for k in GENDERS)]
    if field == "age_band":
        return [blank, *((k, age_band(k)) for k in AGE_BANDS)]
    if field == "setting":
        return [blank, *((k, setting(k)) for k in SETTINGS)]
    if field == "governorate":
        return [blank, *((g.key, g.name(lang)) for g in GOVERNORATES)]
    raise KeyError(field)


def label(field: str, key: str, lang: str) -> str:
    if field == "gender":
        return gender(key)
    if field == "setting":
        return setting(key)
    if field == "governorate":
        return governorate(key, lang)
    if field == "consent":
        return consent(key)
    if field == "age_band":
        return age_band(key)
    return key
