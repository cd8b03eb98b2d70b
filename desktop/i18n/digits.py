"""The one place that decides which digits the user sees, and reads either kind back.

Babel never converts digits (its ``numbering_system`` changes only separators) and Qt
always prints Arabic-Indic digits for ar_IQ and ckb, so every formatted string passes
through :func:`apply_digits` here, and every typed number through :func:`parse_int` /
:func:`parse_decimal`, which accept Latin, Arabic-Indic (٠-٩) and Extended/Persian
(۰-۹) digits alike: Kurdish keyboards on Windows often produce the Extended ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from decimal import Decimal

Digits = Literal["arab", "latn"]
DIGIT_SYSTEMS: tuple[Digits, ...] = ("arab", "latn")
# Latin by default: it is what the exports, codes (BSR-FG03-P04) and dates in files use;
# the user can switch to Arabic-Indic in Settings.
DEFAULT_DIGITS: Digits = "latn"

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669, used in Iraq for Arabic and Sorani
EXTENDED_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9, "Persian" digits
LATIN = "0123456789"

_TO_LATIN = str.maketrans(ARABIC_INDIC + EXTENDED_ARABIC_INDIC, LATIN + LATIN)
_TO_ARABIC = str.maketrans(LATIN + EXTENDED_ARABIC_INDIC, ARABIC_INDIC + ARABIC_INDIC)

# Characters that may sit inside a typed number and carry no value: group separators
# (Latin, Arabic U+066C, apostrophe, spaces) and the bidi marks Babel and Qt put around
# signs and dates (LRM, RLM, ALM).
_IGNORABLE_IN_NUMBERS = str.maketrans("", "", ",\u066c'\u2019 \u00a0\u202f\u2009\u200e\u200f\u061c")
_SIGNS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\uff0b": "+"})
_DECIMAL_SEPARATORS = str.maketrans({"\u066b": "."})  # ٫ ARABIC DECIMAL SEPARATOR


def coerce_digits(value: str) -> Digits:
    for digits in DIGIT_SYSTEMS:
        if digits == value:
            return digits
    raise ValueError(f"unknown digit system: {value!r}")


def to_latin_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits to 0-9; everything else untouched."""
    return text.translate(_TO_LATIN)


def to_arabic_digits(text: str) -> str:
    """Latin and Extended digits to Arabic-Indic ٠-٩; everything else untouched."""
    return text.translate(_TO_ARABIC)


def apply_digits(text: str, digits: Digits) -> str:
    """Rewrite every digit in ``text`` in the chosen system. Length is preserved."""
    return to_arabic_digits(text) if digits == "arab" else to_latin_digits(text)


def _clean_number(text: str) -> str:
    cleaned = to_latin_digits(text).translate(_SIGNS).translate(_IGNORABLE_IN_NUMBERS)
    return cleaned.strip()


def parse_int(text: str) -> int:
    """Read an integer typed with any digits, group separators or a Unicode minus.

    Raises ValueError for empty text, decimals or stray letters.
    """
    cleaned = _clean_number(text)
    if not cleaned or not cleaned.lstrip("+-").isascii() or not cleaned.lstrip("+-").isdigit():
        raise ValueError(f"not an integer: {text!r}")
    if cleaned.count("-") + cleaned.count("+") > 1:
        raise ValueError(f"not an integer: {text!r}")
    return int(cleaned)


def parse_decimal(text: str) -> Decimal:
    """Like :func:`parse_int` but also accepts one decimal separator (``.`` or ``٫``).

    The Latin comma is always a group separator here, never a decimal one: none of our
    three locales uses a decimal comma.
    """
    cleaned = _clean_number(text.translate(_DECIMAL_SEPARATORS))
    body = cleaned.lstrip("+-")
    if (
        not body
        or len(cleaned) - len(body) > 1
        or body.count(".") > 1
        or not body.replace(".", "", 1).isascii()
        or not body.replace(".", "", 1).isdigit()
    ):
        raise ValueError(f"not a number: {text!r}")
    from decimal import Decimal, InvalidOperation  # here: digits is imported before the unlock window shows

    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - guarded above
        raise ValueError(f"not a number: {text!r}") from exc
