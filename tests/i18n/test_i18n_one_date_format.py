"""The one date format per language, in the places that make their own: Qt's date boxes (which also
reverse their fields in a right-to-left application) and month-of-year labels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.i18n.formatting import DISPLAY_DATE, format_date, format_month, qt_date_format
from desktop.i18n.month_box import PAD
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.digit_spin import DigitDateEdit

DAY = dt.date(2023, 1, 15)


def test_display_format_is_day_month_name_year() -> None:
    assert DISPLAY_DATE == "medium"
    assert format_date(DAY, "en", "latn") == "15 January 2023"
    assert format_date(DAY, "ar", "arab") == "١٥ كانون الثاني ٢٠٢٣"
    assert format_date(DAY, "ckb", "arab") == "١٥ی کانوونی دووەمی ٢٠٢٣"
    assert qt_date_format("en") == "d MMMM yyyy"
    assert qt_date_format("ckb") == "dی MMMMی yyyy"


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.parametrize("digits", ["arab", "latn"])
def test_date_box_reads_like_every_other_date(qtbot: QtBot, language: LanguageManager, lang: str,
                                              digits: str) -> None:
    """In ar and ckb Qt reverses a date edit's fields (the year would come first, the Kurdish ی suffixes
    would stick to the wrong numbers); the box must show exactly what a table cell shows."""
    language.set_language(lang)
    language.set_digits(digits)
    edit = DigitDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    # As seen: the invisible word joiner Qt's count needs after a month name aside (desktop/i18n/month_box.py).
    assert edit.text().replace(PAD, "") == format_date(DAY, lang, language.digits)
    # What it shows, it reads back (either digits may be typed).
    assert edit.dateTimeFromText(edit.text()).date() == QDate(2023, 1, 15)


def test_month_labels_read_like_dates() -> None:
    assert format_month(DAY, "en", "latn") == "January 2023"
    assert format_month(DAY, "ar", "arab") == "كانون الثاني ٢٠٢٣"
    assert format_month(DAY, "ckb", "latn") == "کانوونی دووەمی 2023"  # as inside a full date
