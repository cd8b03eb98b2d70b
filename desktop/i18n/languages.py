"""The three interface languages and the facts every layer needs about them.

One table, so that the Babel locale (exports, formatting) and the Qt locale (widgets)
can never disagree about which language "ckb" is.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Lang = Literal["ar", "ckb", "en"]


# A NamedTuple, not a dataclass: this module is read before the unlock window shows, and the
# dataclasses module alone costs more than the rest of it (start-up budget).
class Language(NamedTuple):
    code: Lang
    native_name: str  # shown in the language picker, always in its own script
    english_name: str
    rtl: bool
    babel_locale: str
    # Never "ku": Qt reads that as Kurmanji in Latin script, left-to-right.
    qt_locale: str


LANGUAGES: tuple[Language, ...] = (
    Language("ar", "العربية", "Arabic", True, "ar_IQ", "ar_IQ"),
    Language("ckb", "کوردی", "Central Kurdish (Sorani)", True, "ckb_IQ", "ckb_IQ"),
    Language("en", "English", "English", False, "en_GB", "en_GB"),
)
SUPPORTED: tuple[Lang, ...] = tuple(lang.code for lang in LANGUAGES)
DEFAULT_LANGUAGE: Lang = "ar"

_BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}


def coerce_language(code: str) -> Lang:
    """Accept "ar", "ar_IQ", "ckb-IQ", "EN" ...; raise ValueError for anything else.

    "ku" is rejected on purpose: it is not the Sorani we ship.
    """
    base = code.strip().replace("-", "_").split("_", 1)[0].lower()
    language = _BY_CODE.get(base)
    if language is None:
        raise ValueError(f"unsupported interface language: {code!r}")
    return language.code


def get_language(code: str) -> Language:
    return _BY_CODE[coerce_language(code)]


def is_rtl(code: str) -> bool:
    return get_language(code).rtl


def item_separator(code: str, latin: str = " · ") -> str:
    """The mark between the items of one line ("title · kind · date") in ``code``'s script.

    A middle dot (U+00B7) in an Arabic or Kurdish line is drawn as the Arabic-Indic zero ٠ (the same
    small dot at mid-height in Noto Naskh Arabic, on screen and in the PDFs): "المثنى · ١٨ أيلول"
    read as "المثنى ٠ ١٨ أيلول". Right-to-left languages take the Arabic comma; others ``latin``."""
    return "، " if is_rtl(code) else latin


def babel_locale_name(code: str) -> str:
    return get_language(code).babel_locale


def qt_locale_name(code: str) -> str:
    return get_language(code).qt_locale


def native_name(code: str) -> str:
    return get_language(code).native_name


def name_or_code(code: str) -> str:
    """``code``'s native name, or the code itself for a language this Majlis has no words for (a
    consent form version a newer centre published in it)."""
    language = _BY_CODE.get(code)
    return language.native_name if language is not None else code
