"""Numbers, dates and times for the screen and for exports, in ar / ckb / en.

Babel supplies the patterns, month and day names (ar_IQ has the Levantine months used in
Iraq: كانون الثاني، شباط، آذار…; ckb_IQ has کانوونی دووەم، شوبات، ئازار…); the digit choice
is applied afterwards by :mod:`desktop.i18n.digits`, because Babel always prints Latin
digits. UI code and the exporters must both come through here so that a date looks the
same in a table cell and in the Excel file.

Format names are ours, not CLDR's, so that "medium" means the same thing in every
language: short = numeric (15/1/2023), medium = day, month name, year, long = with the
weekday.

The screen and the documents show ONE date format per language: ``DISPLAY_DATE`` (the
defaults of every function here, and of the date boxes through :func:`qt_date_format`).
A table cell, a dialog, the consent register and a PDF therefore agree; "short" and "long"
remain for callers that need them on purpose (none on screen).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from babel import Locale

from desktop.i18n.digits import Digits, apply_digits
from desktop.i18n.languages import babel_locale_name, coerce_language

DateFormat = Literal["short", "medium", "long"]
TimeFormat = Literal["short", "medium"]
Number = int | float | Decimal

# CLDR's ckb "full" date is "y MMMM d, EEEE" (year first, Latin comma), which reads
# wrongly; this is the long form with the weekday in front and the Arabic comma.
_CKB_LONG_DATE = "EEEE، dی MMMMی y"

#: The one date format shown anywhere (screen, registers, PDFs): day, month name, year.
DISPLAY_DATE: DateFormat = "medium"

# CLDR (and so Babel and Qt, which ship its data) misspells the Kurdish December «کانونی یەکەم», while its
# own January is «کانوونی دووەم»: Sorani writes both with وو. Every month name shown goes through
# :func:`month_spelling` (the date boxes through month_box.py); the wrong spelling is not a
# part of the right one, so correcting twice changes nothing.
_MONTH_SPELLING: dict[str, tuple[tuple[str, str], ...]] = {"ckb": (("کانونی یەکەم", "کانوونی یەکەم"),)}


def misspelt_months(lang: str) -> tuple[tuple[str, str], ...]:
    """(CLDR's spelling, the right one) of each month name CLDR misspells in ``lang``."""
    return _MONTH_SPELLING.get(coerce_language(lang), ())


def month_spelling(text: str, lang: str) -> str:
    """``text`` with the month names CLDR misspells in ``lang`` written rightly (see ``_MONTH_SPELLING``)."""
    for wrong, right in misspelt_months(lang):
        text = text.replace(wrong, right)
    return text


@lru_cache(maxsize=8)
def _babel_numbers() -> Any:
    from babel import numbers

    return numbers


def _babel_dates() -> Any:
    from babel import dates

    return dates


@lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    # Babel is imported on first use, not at start-up: the unlock window must not wait for it. Parsed once
    # per language: a table of numbers formats thousands of cells (a matrix of 280 codes, 5,000).
    from babel import Locale

    return Locale.parse(babel_locale_name(lang))


@lru_cache(maxsize=32)
def _date_pattern(lang: str, fmt: DateFormat) -> str:
    loc = _locale(lang)
    if fmt == "short":
        return str(loc.date_formats["short"].pattern)
    if fmt == "medium":
        return str(loc.date_formats["long"].pattern)
    if fmt == "long":
        if coerce_language(lang) == "ckb":
            return _CKB_LONG_DATE
        return str(loc.date_formats["full"].pattern)
    raise ValueError(f"unknown date format: {fmt!r}")


def _time_pattern(lang: str, fmt: TimeFormat) -> str:
    if fmt not in ("short", "medium"):
        raise ValueError(f"unknown time format: {fmt!r}")
    return str(_locale(lang).time_formats[fmt].pattern)


def _numbering(digits: Digits) -> str:
    # Arabic-Indic digits go with the Arabic separators ٬ and ٫, Latin with , and .
    return "arab" if digits == "arab" else "latn"


def format_number(value: Number, lang: str, digits: Digits, *, decimals: int | None = None) -> str:
    """1234567 -> "1,234,567" (latn) or "١٬٢٣٤٬٥٦٧" (arab).

    ``decimals`` fixes the number of fraction digits; by default up to three are shown.
    """
    if type(value) is int:  # counts: a table of them formats the same few numbers thousands of times
        return _format_count(value, lang, digits, decimals)
    return _format_number(value, lang, digits, decimals)


@lru_cache(maxsize=4096)
def _format_count(value: int, lang: str, digits: Digits, decimals: int | None) -> str:
    return _format_number(value, lang, digits, decimals)


def _format_number(value: Number, lang: str, digits: Digits, decimals: int | None) -> str:
    loc = _locale(lang)
    if decimals is None:
        text = _babel_numbers().format_decimal(value, locale=loc, numbering_system=_numbering(digits))
    else:
        if decimals < 0:
            raise ValueError("decimals must be >= 0")
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        text = _babel_numbers().format_decimal(value, format=pattern, locale=loc, numbering_system=_numbering(digits))
    return apply_digits(text, digits)


def format_percent(value: Number, lang: str, digits: Digits, *, decimals: int | None = None) -> str:
    """0.25 -> "25%" / "٢٥٪"; with ``decimals=1``, 0.753 -> "75.3%" / "٧٥٫٣٪". The sign goes with the
    digits (a Latin % beside Arabic-Indic digits, or ٪ beside Latin ones, reads as a mistake)."""
    if decimals is not None and decimals < 0:
        raise ValueError("decimals must be >= 0")
    if type(value) in (int, float):  # a table's shares (a matrix in percentages): the same ones again and again
        return _format_share(type(value).__name__, repr(value), value, lang, digits, decimals)
    return _format_percent(value, lang, digits, decimals)


@lru_cache(maxsize=4096)
def _format_share(_kind: str, _exact: str, value: Number, lang: str, digits: Digits, decimals: int | None) -> str:
    # Keyed by the value's type and repr too: 0, 0.0 and -0.0 are equal as keys, not as words.
    return _format_percent(value, lang, digits, decimals)


def _format_percent(value: Number, lang: str, digits: Digits, decimals: int | None) -> str:
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    text = _babel_numbers().format_percent(value, format=pattern, locale=_locale(lang),
                                           numbering_system=_numbering(digits))
    if digits == "arab":
        # Babel keeps the Latin % even with the arab numbering system.
        text = text.replace("%", "\u066a")
    return apply_digits(text, digits)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def format_date(value: date | datetime, lang: str, digits: Digits, format: DateFormat = DISPLAY_DATE) -> str:
    """A calendar date; a datetime is reduced to its date as it stands (no time-zone shift)."""
    text = _babel_dates().format_date(_as_date(value), format=_date_pattern(lang, format), locale=_locale(lang))
    return apply_digits(month_spelling(text, lang), digits)


def format_month(value: date | datetime, lang: str, digits: Digits) -> str:
    """A month of a year ("كانون الأول ٢٠٢٢", "December 2022"): DISPLAY_DATE without its day, so the
    month reads as it does inside a full date (CLDR's own ckb month-year puts the year first)."""
    pattern = re.sub(r"^d+[^A-Za-z']*", "", _date_pattern(lang, DISPLAY_DATE))
    text = _babel_dates().format_date(_as_date(value), format=pattern, locale=_locale(lang))
    return apply_digits(month_spelling(text, lang), digits)


def format_time(value: time | datetime, lang: str, digits: Digits, format: TimeFormat = "short") -> str:
    """Clock time: "2:07 م" (ar), "2:07 د.ن" (ckb), "14:07" (en)."""
    bare = value.time() if isinstance(value, datetime) else value.replace(tzinfo=None)
    text = _babel_dates().format_time(bare, format=_time_pattern(lang, format), locale=_locale(lang))
    return apply_digits(text, digits)


def format_datetime(
    value: datetime,
    lang: str,
    digits: Digits,
    format: DateFormat = DISPLAY_DATE,
    *,
    time_format: TimeFormat = "short",
    tz: tzinfo | None = None,
) -> str:
    """Date and time joined the way the locale joins them ("…، 2:07 م" in Arabic).

    With ``tz`` an aware datetime is first converted to that zone (e.g. Asia/Baghdad);
    otherwise the wall-clock time stored in ``value`` is shown as it is.
    """
    if tz is not None and value.tzinfo is not None:
        value = value.astimezone(tz)
    joiner = str(_locale(lang).datetime_formats[format])
    date_part = format_date(value.date(), lang, digits, format)
    time_part = format_time(value.time(), lang, digits, time_format)
    return joiner.replace("{1}", date_part).replace("{0}", time_part)


# CLDR pattern letters and the Qt QDateTime format that shows the same field.
_QT_FIELDS = {"d": "d", "dd": "dd", "M": "M", "MM": "MM", "MMM": "MMM", "MMMM": "MMMM",
              "y": "yyyy", "yy": "yy", "yyyy": "yyyy", "EEEE": "dddd", "EEE": "ddd"}


def qt_date_format(lang: str, format: DateFormat = DISPLAY_DATE) -> str:
    """The same date pattern as :func:`format_date`, written for ``QDateEdit.setDisplayFormat``.

    Only what our three locales use is translated (day, month, year, weekday); any other
    letter run raises, so a new locale cannot silently show a second format in date boxes.
    Qt reads letters that are not fields (ی, ،, the RLM) as literal text, as CLDR does.
    """
    pattern = _date_pattern(lang, format)
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":  # a quoted literal: keep it quoted for Qt too
            end = pattern.index("'", i + 1)
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        if ch.isascii() and ch.isalpha():
            j = i
            while j < len(pattern) and pattern[j] == ch:
                j += 1
            run = pattern[i:j]
            if run not in _QT_FIELDS:
                raise ValueError(f"date pattern field {run!r} has no Qt equivalent")
            out.append(_QT_FIELDS[run])
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def month_names(lang: str) -> list[str]:
    """The twelve month names (January first) as used in formatted dates."""
    wide = _locale(lang).months["format"]["wide"]
    return [month_spelling(str(wide[i]), lang) for i in range(1, 13)]
