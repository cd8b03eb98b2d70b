"""Digits, numbers and dates in ar / ckb / en, both digit systems."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n.digits import (
    ARABIC_INDIC,
    EXTENDED_ARABIC_INDIC,
    apply_digits,
    coerce_digits,
    parse_decimal,
    parse_int,
    to_arabic_digits,
    to_latin_digits,
)
from desktop.i18n.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_time,
    month_names,
)
from desktop.i18n.languages import SUPPORTED, coerce_language, is_rtl, native_name, qt_locale_name

LANGS = list(SUPPORTED)
DIGITS = ["arab", "latn"]
JAN_15 = date(2023, 1, 15)


def has_latin_digit(s: str) -> bool:
    return any(c in "0123456789" for c in s)


def has_arabic_digit(s: str) -> bool:
    return any(c in ARABIC_INDIC for c in s)


# --- languages -----------------------------------------------------------------


def test_language_table() -> None:
    assert LANGS == ["ar", "ckb", "en"]
    assert [native_name(c) for c in LANGS] == ["العربية", "کوردی", "English"]
    assert is_rtl("ar") and is_rtl("ckb") and not is_rtl("en")
    assert [qt_locale_name(c) for c in LANGS] == ["ar_IQ", "ckb_IQ", "en_GB"]
    assert coerce_language("ckb-IQ") == "ckb"
    assert coerce_language("AR_iq") == "ar"
    with pytest.raises(ValueError):
        coerce_language("ku")  # Kurmanji, Latin script: not what we ship
    with pytest.raises(ValueError):
        coerce_digits("hindi")


# --- digits --------------------------------------------------------------------


def test_to_latin_accepts_both_arabic_digit_kinds() -> None:
    assert to_latin_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_latin_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert to_latin_digits("BSR-FG٠٣-P۰٤") == "BSR-FG03-P04"
    assert to_arabic_digits("2023 ۴") == "٢٠٢٣ ٤"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("123", 123),
        ("١٢٣", 123),
        ("۱۲۳", 123),
        ("1,234", 1234),
        ("١٬٢٣٤", 1234),
        (" -٥ ", -5),
        ("\u2212 7", -7),
        ("\u200f-٤٢", -42),
        ("+3", 3),
    ],
)
def test_parse_int_either_digits(text: str, value: int) -> None:
    assert parse_int(text) == value


@pytest.mark.parametrize("text", ["", "  ", "12a", "1.5", "--1", "1-2", "²", "٣٫٠"])
def test_parse_int_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_int(text)


def test_parse_decimal() -> None:
    assert parse_decimal("٣٫١٤") == Decimal("3.14")
    assert parse_decimal("۳.۵") == Decimal("3.5")
    assert parse_decimal("-1,234.50") == Decimal("-1234.50")
    for bad in ["", "1.2.3", "abc", ".", "1٫2.3"]:
        with pytest.raises(ValueError):
            parse_decimal(bad)


# --- numbers -------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_both_digit_systems(lang: str) -> None:
    assert format_number(1234567, lang, "latn") == "1,234,567"
    assert format_number(1234567, lang, "arab") == "١٬٢٣٤٬٥٦٧"
    assert format_number(3.5, lang, "arab", decimals=2) == "٣٫٥٠"
    assert format_number(3.5, lang, "latn", decimals=2) == "3.50"
    assert format_number(-12, lang, "arab") == "-١٢"
    assert format_percent(0.25, lang, "latn") == "25%"
    assert format_percent(0.25, lang, "arab") == "٢٥٪"


@given(
    n=st.integers(min_value=-(10**15), max_value=10**15),
    lang=st.sampled_from(LANGS),
    digits=st.sampled_from(DIGITS),
)
def test_integer_round_trip(n: int, lang: str, digits: str) -> None:
    text = format_number(n, lang, digits)  # type: ignore[arg-type]
    assert not (has_latin_digit(text) if digits == "arab" else has_arabic_digit(text))
    assert parse_int(text) == n


@given(
    value=st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
    lang=st.sampled_from(LANGS),
    digits=st.sampled_from(DIGITS),
)
def test_decimal_round_trip(value: Decimal, lang: str, digits: str) -> None:
    text = format_number(value, lang, digits, decimals=2)  # type: ignore[arg-type]
    assert parse_decimal(text) == value


@given(st.text(alphabet=st.sampled_from("0123456789abc -/" + ARABIC_INDIC + EXTENDED_ARABIC_INDIC)))
def test_digit_conversion_properties(s: str) -> None:
    latin = to_latin_digits(s)
    assert len(latin) == len(s) == len(to_arabic_digits(s))
    assert not any(c in ARABIC_INDIC + EXTENDED_ARABIC_INDIC for c in latin)
    assert to_latin_digits(apply_digits(s, "arab")) == latin
    assert not has_latin_digit(apply_digits(s, "arab"))


# --- dates and times -----------------------------------------------------------


def test_iraqi_month_names() -> None:
    assert month_names("ar")[:4] == ["كانون الثاني", "شباط", "آذار", "نيسان"]
    assert month_names("ar")[11] == "كانون الأول"
    assert month_names("ckb")[:3] == ["کانوونی دووەم", "شوبات", "ئازار"]
    assert month_names("en")[0] == "January"


@pytest.mark.parametrize(
    ("lang", "digits", "fmt", "expected"),
    [
        ("ar", "arab", "medium", "١٥ كانون الثاني ٢٠٢٣"),
        ("ar", "latn", "medium", "15 كانون الثاني 2023"),
        ("ar", "arab", "long", "الأحد، ١٥ كانون الثاني ٢٠٢٣"),
        ("ar", "latn", "short", "15\u200f/1\u200f/2023"),
        ("ckb", "arab", "medium", "١٥ی کانوونی دووەمی ٢٠٢٣"),
        ("ckb", "latn", "medium", "15ی کانوونی دووەمی 2023"),
        ("ckb", "latn", "long", "یەکشەممە، 15ی کانوونی دووەمی 2023"),
        ("ckb", "arab", "short", "٢٠٢٣-٠١-١٥"),
        ("en", "latn", "medium", "15 January 2023"),
        ("en", "latn", "long", "Sunday, 15 January 2023"),
        ("en", "latn", "short", "15/01/2023"),
        ("en", "arab", "short", "١٥/٠١/٢٠٢٣"),
    ],
)
def test_format_date(lang: str, digits: str, fmt: str, expected: str) -> None:
    assert format_date(JAN_15, lang, digits, fmt) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "digits", "expected"),
    [
        ("ar", "arab", "٢:٠٧ م"),
        ("ar", "latn", "2:07 م"),
        ("ckb", "arab", "٢:٠٧ د.ن"),
        ("en", "latn", "14:07"),
        ("en", "arab", "١٤:٠٧"),
    ],
)
def test_format_time(lang: str, digits: str, expected: str) -> None:
    assert format_time(time(14, 7, 9), lang, digits) == expected  # type: ignore[arg-type]


def test_format_datetime_joins_and_converts_zone() -> None:
    baghdad = timezone(timedelta(hours=3))
    utc_noon = datetime(2023, 3, 5, 11, 7, tzinfo=UTC)
    assert format_datetime(utc_noon, "ar", "arab", tz=baghdad) == "٥ آذار ٢٠٢٣، ٢:٠٧ م"
    assert format_datetime(utc_noon, "en", "latn", tz=baghdad) == "5 March 2023, 14:07"
    assert format_datetime(utc_noon, "ckb", "latn", tz=baghdad) == "5ی ئازاری 2023 2:07 د.ن"
    # Without a zone the stored wall-clock time is shown as is.
    assert format_datetime(utc_noon, "en", "latn") == "5 March 2023, 11:07"


@given(
    d=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    lang=st.sampled_from(LANGS),
    fmt=st.sampled_from(["short", "medium", "long"]),
)
def test_dates_use_only_the_chosen_digits(d: date, lang: str, fmt: str) -> None:
    arab = format_date(d, lang, "arab", fmt)  # type: ignore[arg-type]
    latn = format_date(d, lang, "latn", fmt)  # type: ignore[arg-type]
    assert not has_latin_digit(arab)
    assert not has_arabic_digit(latn)
    assert to_latin_digits(arab) == latn
    assert str(d.year) in latn
