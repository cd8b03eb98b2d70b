"""The order a reader expects a matrix's columns in: governorates (and session kinds, and a team's own
values) alphabetically by their names in the interface language, values with an order of their own in
it (age bands youngest first, genders as the forms list them, numbers by value, dates by date), the
column of segments without a value last.

The core sorted the internal keys (anbar, babil, baghdad, basra…), which mean nothing to an Arabic or
Kurdish reader. Names are compared by the interface language's collation (ICU's, through QCollator: پ
after ب, ک after ق, ە before ی in Kurdish); in Arabic the article "ال" is passed over, as Arabic
indexes and gazetteers do (البصرة under ب, beside بابل and بغداد).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale

from desktop.core.analysis import UNKNOWN
from desktop.core.reference import AGE_BANDS, GENDERS
from desktop.i18n.digits import to_latin_digits
from desktop.i18n.invisible import DISPLAY_ONLY, char_class
from desktop.i18n.languages import qt_locale_name

#: Attributes whose values have an order of their own (the forms' lists).
LISTED: dict[str, tuple[str, ...]] = {"age_band": AGE_BANDS, "gender": GENDERS}
_INVISIBLE = re.compile(f"[{char_class(DISPLAY_ONLY)}]")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ARTICLE = "ال"


def reader_order(attribute: str, values: list[str], name: Callable[[str], str], lang: str) -> list[str]:
    """``values`` (an attribute's keys) in the order the reader of ``lang`` expects; ``name`` gives a
    value's name as shown."""
    given = [v for v in values if v != UNKNOWN]
    tail = [UNKNOWN] if UNKNOWN in values else []
    listed = LISTED.get(attribute)
    if listed is not None:
        return sorted(given, key=lambda v: (listed.index(v) if v in listed else len(listed), v)) + tail
    plain = [to_latin_digits(_INVISIBLE.sub("", v)).strip() for v in given]
    if given and all(_NUMBER.fullmatch(p) for p in plain):
        by_number = {v: float(p.replace(",", ".")) for v, p in zip(given, plain, strict=True)}
        return sorted(given, key=lambda v: (by_number[v], v)) + tail
    if given and all(_DATE.fullmatch(p) for p in plain):
        return sorted(given, key=lambda v: (to_latin_digits(v), v)) + tail
    collator = QCollator(QLocale(qt_locale_name(lang)))
    collator.setNumericMode(True)  # "Group 2" before "Group 10"

    def shown(value: str) -> str:
        text = _INVISIBLE.sub("", name(value)).strip()
        if lang == "ar" and text.startswith(_ARTICLE) and len(text) > len(_ARTICLE) + 1:
            text = text[len(_ARTICLE):]
        return text

    names = {v: shown(v) for v in given}

    def compare(a: str, b: str) -> int:
        return collator.compare(names[a], names[b]) or (a > b) - (a < b)

    return sorted(given, key=cmp_to_key(compare)) + tail
