"""The UTC day of a moment (``clock.utc_day``): one helper for the CLI's clock lines, the consent rule and the
Sync page, the same in every time zone, and counted from 1970 rather than read with ``fromtimestamp`` (which
fails on Windows before 1970)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.clock import utc_day, utc_moment
from tests.clock_helpers import BAGHDAD_ZONE, UTC_ZONE, in_zone, needs_tzset

DAY_MS = 24 * 3600 * 1000
# 2026-03-02 00:00 UTC, 03:00 in Baghdad
MIDNIGHT_MS = int(dt.datetime(2026, 3, 2, tzinfo=dt.UTC).timestamp() * 1000)


def test_days_before_1970_are_counted_back_from_it() -> None:
    assert utc_day(0) == "1970-01-01"
    assert utc_day(-1) == "1969-12-31"
    assert utc_day(-DAY_MS) == "1969-12-31"
    assert utc_day(-DAY_MS - 1) == "1969-12-30"
    assert utc_day(-365 * DAY_MS) == "1969-01-01"
    assert utc_moment(-1) == dt.datetime(1969, 12, 31, 23, 59, 59, 999000, tzinfo=dt.UTC)


def test_a_moment_past_what_dates_can_say_is_an_overflow() -> None:
    with pytest.raises(OverflowError):
        utc_day(10**16 * DAY_MS)


@needs_tzset
@pytest.mark.parametrize("zone", [UTC_ZONE, BAGHDAD_ZONE])
def test_around_midnight_utc_the_day_is_the_same_in_every_zone(zone: str) -> None:
    with in_zone(zone):
        assert utc_day(MIDNIGHT_MS - 1) == "2026-03-01"
        assert utc_day(MIDNIGHT_MS) == "2026-03-02"
        assert utc_day(MIDNIGHT_MS + 21 * 3600 * 1000) == "2026-03-02"  # midnight in Baghdad: still the 2nd
        assert utc_moment(MIDNIGHT_MS).hour == 0

