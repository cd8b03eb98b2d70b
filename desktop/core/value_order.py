"""The order a reader expects an attribute's values in (the Reports matrix's columns, the Excel export's
code-by-attribute sheets): governorates, session kinds and a team's own values alphabetically by their
names in the interface language (desktop/i18n/collation.py); age bands youngest first and genders as the
forms list them; numbers by value, dates by date; the values not given last.

Both sorted the internal keys (anbar, babil, baghdad, basra…), which mean nothing to an Arabic or Kurdish
reader, and the screen and the workbook must agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.analysis import UNKNOWN
from desktop.core.reference import AGE_BANDS, GENDERS
from desktop.i18n.collation import sort_key
from desktop.i18n.digits import to_latin_digits
from desktop.i18n.invisible import DISPLAY_ONLY, char_class

#: Attributes whose values have an order of their own (the forms' lists).
LISTED: dict[str, tuple[str, ...]] = {"age_band": AGE_BANDS, "gender": GENDERS}
_INVISIBLE = re.compile(f"[{char_class(DISPLAY_ONLY)}]")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def reader_order(attribute: str, values: list[str] | set[str], name: Callable[[str], str], lang: str) -> list[str]:
    """``values`` (an attribute's keys) in the order the reader of ``lang`` expects; ``name`` gives a
    value's name as shown."""
    given = sorted(v for v in values if v != UNKNOWN)
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
    return sorted(given, key=lambda v: (sort_key(name(v), lang), v)) + tail
