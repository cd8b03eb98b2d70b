"""A session's date box: no date yet, or a day from 2000 to ten years ahead.

The roundtable editor and a focus group's details took any year to 9999: a slip of the year (2062 typed
for 2026) was saved as it was, and a session dated far ahead put the end of the study off (retention
counts from the last session; ``desktop.core.retention`` now leaves sessions dated after today out). The
box ends ten years after today, so such a year is refused as it is typed and said (``yearTooLate``), as a
year before 2000 is (``yearTooEarly``). A date past that end which the session already has (a laptop's
bundle, a date typed before the box had an end) is shown as it is: Qt would move it to the box's last
day, and the editor's next save would write that day over it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop.i18n.digits import Digits
from desktop.ui.widgets.digit_spin import DigitDateEdit

#: The first day a session's box takes, which stands for "no date yet" (shown blank).
NO_DATE = QDate(2000, 1, 1)
#: How far ahead a session may be dated in its editor (planned sessions, not a slip of the year).
YEARS_AHEAD = 10


def last_day() -> QDate:
    """The last day a session can be given in its editor: ``YEARS_AHEAD`` years after today."""
    return QDate.currentDate().addYears(YEARS_AHEAD)


class SessionDateEdit(DigitDateEdit):
    def __init__(self, digits: Callable[[], Digits] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(digits, parent)
        # No date yet (a session made outside the app) shows as none: the box showed today's, and the first
        # save wrote it into the minutes while Finalise asked for a date.
        self.setSpecialValueText(" ")
        self.setDateRange(NO_DATE, last_day())

    def show_day(self, day: dt.date | None) -> None:
        """The session's date (``None``: no date yet), a day past the box's end included, as it is."""
        shown = QDate(day.year, day.month, day.day) if day else NO_DATE
        self.setMaximumDate(max(self.maximumDate(), shown))  # wide enough first: Qt moves a date past the end
        self.setDate(shown)
        self.setMaximumDate(max(last_day(), shown))  # narrowed back where it can be: the date stays

    def day(self) -> dt.date | None:
        value = self.date()
        return None if value == self.minimumDate() else dt.date(value.year(), value.month(), value.day())
