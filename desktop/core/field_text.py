"""Which characters a text field may hold, here and in every bundle (docs/bundle-format.md, §4).

A one-line field (``String(n)``) holds no control character at all; a long text (``Text``) may hold
tab, line feed and carriage return; neither holds what UTF-8 (a lone surrogate) or XML (U+FFFE,
U+FFFF) cannot carry. The centre refuses a bundle with any of them (``desktop/sync/values.py`` uses
these same patterns), so text entering this database is made to fit first (:func:`fit`): a line
break pasted into a venue, Word's vertical tab, a stray escape. Each such character becomes one
other character, so lengths and coding offsets do not move. A one-line field also loses the invisible
bidi marks a paste brings (``tidy_line``): it holds no coded text, so no offset moves there either.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, Text

from desktop.core.errors import ValidationError
from desktop.i18n.normalise import tidy_line

#: The longest long text (``Text``) a bundle may carry, in characters (docs/bundle-format.md, §4).
TEXT_LIMIT = 100_000
#: The most values (lists, objects and scalars, counted one each) one JSON field of a bundle may hold.
JSON_VALUES_MAX = 200_000

BAD_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _replacement(match: re.Match[str]) -> str:
    # A control character was a separator of some kind (line break, tab, page break): a space.
    # What is not a character at all becomes the replacement character.
    return " " if match.group() < "\ud800" else "\ufffd"


def pattern_of(column_type: Any) -> re.Pattern[str] | None:
    """The characters ``column_type`` may not hold (None: not a text column)."""
    if isinstance(column_type, Text):
        return BAD_IN_TEXT
    if isinstance(column_type, String):
        return BAD_IN_LINE
    return None


def one_line(value: str) -> str:
    """What a one-line field keeps of ``value`` (as ``fit_fields`` stores it), without the spaces at its
    ends: what a required name's check and a uniqueness check must look at. A name of bidi marks only
    passed ``value.strip()`` and was stored empty; a pseudonym with an RLM after it passed the
    uniqueness check and was stored as another person's."""
    return tidy_line(fit(value, BAD_IN_LINE)).strip()


def blank_line(value: str) -> bool:
    """Whether a one-line field would hold nothing once made to fit: a name or title pasted as bidi
    marks, a stray ZWNJ or a control character is empty on screen (see :func:`one_line`)."""
    return not one_line(value)


def fit(value: str, pattern: re.Pattern[str]) -> str:
    """``value`` without the characters ``pattern`` finds, each replaced by one character."""
    return pattern.sub(_replacement, value) if pattern.search(value) else value


#: JSON fields whose texts (keys and values) are one line, as the centre checks them.
ONE_LINE_JSON = frozenset({("participant", "attributes")})


def _fit_key(key: str, line_values: bool) -> str:
    return tidy_line(fit(key, BAD_IN_LINE)) if line_values else fit(key, BAD_IN_LINE)


def _fit_json(value: Any, line_values: bool) -> Any:
    if isinstance(value, str):
        return tidy_line(fit(value, BAD_IN_LINE)) if line_values else fit(value, BAD_IN_TEXT)
    if isinstance(value, list | tuple):  # a tuple is a JSON array too (a survey block's rows)
        return [_fit_json(item, line_values) for item in value]
    if isinstance(value, dict):
        return {_fit_key(k, line_values) if isinstance(k, str) else k: _fit_json(v, line_values)
                for k, v in value.items()}
    return value


# What fit() would change, as canonical JSON text shows it (json.dumps writes U+0000-U+001F as escapes,
# \b \f \n \r \t in their short forms, the rest as is): one search over an encoded value, at C speed,
# says whether it needs walking in Python at all. A literal backslash can raise a false alarm, which
# costs a walk that changes nothing.
_ENCODED_BAD_IN_TEXT = re.compile(r"\\u00(?:0[0-8bcef]|1[0-9a-f])|\\[bf]|[\x7f\ud800-\udfff\ufffe\uffff]")
_ENCODED_BAD_IN_LINE = re.compile(r"\\u00[01][0-9a-f]|\\[bfnrt]|[\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def fit_encoded_json(table: str, key: str, value: Any, encoded: str) -> Any | None:
    """The JSON field ``key`` of ``table`` made to fit, given its canonical JSON text ``encoded``;
    None when it fits already (the common case, decided without walking the value). For bulk
    inserts through Core (desktop/core/changes.insert_encoded), which the ORM's fitting never sees.
    Object keys are checked as long text here (bulk values hold no objects)."""
    line_values = (table, key) in ONE_LINE_JSON
    if (_ENCODED_BAD_IN_LINE if line_values else _ENCODED_BAD_IN_TEXT).search(encoded) is None:
        return None
    return _fit_json(value, line_values)


def fit_fields(obj: Any, keys: Any) -> None:
    """Make the text of ``keys`` (column names) of the ORM row ``obj`` fit their columns, in place."""
    columns = obj.__table__.columns
    for key in keys:
        value = getattr(obj, key)
        if value is None or isinstance(value, bool | int | float | bytes):
            continue
        column = columns.get(key)
        if column is None:
            continue
        if isinstance(value, str):
            pattern = pattern_of(column.type)
            fitted = fit(value, pattern) if pattern is not None else value
            if pattern is BAD_IN_LINE:  # a name, a title: no invisible bidi marks (see tidy_line)
                fitted = tidy_line(fitted)
            if too_long(column.type, fitted):
                # The centre refuses a bundle holding it, whole, and every bundle after it from this
                # laptop (a 10,000-character --actor did): refused here, where the person can shorten it.
                raise ValidationError(f"the {key.replace('_', ' ')} is longer than {limit_of(column.type):,} "
                                      "characters, more than Majlis keeps or sends; nothing was saved")
            if fitted is not value:
                setattr(obj, key, fitted)
        elif isinstance(value, dict | list):
            fitted = _fit_json(value, (obj.__tablename__, key) in ONE_LINE_JSON)
            if fitted != value:
                setattr(obj, key, fitted)


def limit_of(column_type: Any) -> int | None:
    """The most characters a text column may hold in a bundle (None: not a text column with a limit)."""
    if isinstance(column_type, Text):
        return TEXT_LIMIT
    if isinstance(column_type, String) and column_type.length:
        return int(column_type.length)
    return None


def too_long(column_type: Any, value: str) -> bool:
    """Whether ``value`` is longer than a text column may hold in a bundle."""
    limit = limit_of(column_type)
    return limit is not None and len(value) > limit
