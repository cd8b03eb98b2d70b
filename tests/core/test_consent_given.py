"""The withdrawal that covers each consent record of a participant (``consent_given``), free of any database:
the cases the store-level tests (tests/sync/test_consent_dated_ahead_of_a_withdrawal.py) do not reach."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import consent_given
from desktop.core.consent_given import covering, given_day
from tests.clock_helpers import BAGHDAD_ZONE, UTC_ZONE, in_zone, needs_tzset


@dataclass
class Rec:
    withdrawn_at: str | None = None
    withdrawal_scope: str | None = None
    session_id: str | None = "s1"
    recorded_at: str = "2026-03-01T10:00:00+03:00"
    created_at: str | None = None


def test_a_consent_is_given_on_the_earliest_day_that_says_it() -> None:
    assert given_day("2026-03-01", "2026-03-02T09:00:00+03:00", None) == "2026-03-01"  # dated ahead of its session
    assert given_day("2026-03-05", "2026-03-02T09:00:00+03:00", None) == "2026-03-02"  # a session dated ahead
    assert given_day(None, "20260302T090000", None) is None  # not written the way the app writes it: not read
    assert given_day(None, "", None) is None


def test_a_withdrawal_of_quotes_covers_unmarked_consents_up_to_its_day() -> None:
    records = [Rec("2026-03-01", "quotes", "s1"), Rec(session_id="s2", recorded_at="2026-03-02T09:00:00+03:00"),
               Rec(session_id="s3", recorded_at="2026-03-02T09:00:00+03:00"),
               Rec(session_id="s4", recorded_at="2026-03-03T09:00:00+03:00")]
    days = {"s1": "2026-02-20", "s2": "2026-03-01", "s3": "2026-03-02", "s4": "2026-03-03"}
    # s3, the day after: a clock a day ahead dates so (SKEW_DAYS), so it is covered too; s4 stands.
    assert covering(records, days) == [("2026-03-01", "quotes"), ("2026-03-01", "quotes"), ("2026-03-01", "quotes"),
                                       (None, None)]


def test_the_latest_withdrawal_of_quotes_counts_and_an_unreadable_day_covers_all() -> None:
    later = Rec(session_id="s3", recorded_at="2026-05-02T09:00:00+03:00")
    days = {"s3": "2026-05-02"}
    assert covering([Rec("2026-03-01", "quotes"), Rec("2026-06-01", "quotes"), later], days)[2] == ("2026-06-01", "quotes")
    assert covering([Rec("not a day", "quotes"), later], days)[1] == ("not a day", "quotes")


def test_a_withdrawal_of_everything_covers_every_consent_and_an_emptied_one_none() -> None:
    records = [Rec("2026-03-01", "all"), Rec("2026-02-01", "quotes"), Rec(session_id="s9", recorded_at="2030-01-01")]
    assert covering(records, {}) == [("2026-03-01", "all"), ("2026-03-01", "all"), ("2026-03-01", "all")]
    assert covering([Rec("", "quotes"), Rec()], {}) == [("", "quotes"), (None, None)]


def test_a_withdrawal_covers_the_day_after_its_own_and_no_later() -> None:
    """The rule every device reads alike: on or before the withdrawal's day, or the day after (a clock a
    day ahead), covered; two days after, the consent stands; an unreadable day or consent day, covered."""
    assert consent_given.covers("2025-01-01", "2025-01-01")
    assert consent_given.covers("2025-01-02", "2025-01-01")
    assert not consent_given.covers("2025-01-03", "2025-01-01")
    assert consent_given.covers(None, "2025-01-01")
    assert consent_given.covers("9998-01-01", consent_given.withdrawal_day("not a day"))
    assert consent_given.covers("9999-12-31", "9999-12-31")  # past what dates can say: covered


# 2026-03-02 22:30 UTC: still the 2nd on a laptop left on UTC, already the 3rd at a centre on Asia/Baghdad.
LATE_EVENING_UTC_MS = 1772490600000


@needs_tzset
def test_two_computers_in_different_time_zones_decide_alike() -> None:
    """A laptop's date was set ahead: it dated the session and the record the 5th, and re-dating moved only
    the record's stamp, to the 2nd at 22:30 UTC. The withdrawal of quotes of the 1st covers consents given
    up to the 2nd (SKEW_DAYS). Read as this computer's day, the stamp said the 2nd on a laptop on UTC (covered)
    and the 3rd at a centre on Baghdad time (quoted): the two no longer agreed. Every device reads its UTC day."""
    stamp = f"{LATE_EVENING_UTC_MS:013d}:00000:laptop-1"
    records = [Rec("2026-03-01", "quotes", "s1"),
               Rec(session_id="s2", recorded_at="2026-03-05T01:30:00+03:00", created_at=stamp)]
    days = {"s1": "2026-02-20", "s2": "2026-03-05"}
    decided = {}
    for zone in (UTC_ZONE, BAGHDAD_ZONE):
        with in_zone(zone):
            decided[zone] = (given_day(days["s2"], records[1].recorded_at, stamp), covering(records, days))
    assert decided[UTC_ZONE] == decided[BAGHDAD_ZONE] == (
        "2026-03-02", [("2026-03-01", "quotes"), ("2026-03-01", "quotes")])


def test_the_day_of_a_recorded_time_is_its_utc_day() -> None:
    """``recorded_at`` says its own offset: the day of that moment in UTC, as of the stamp (the same moment
    gives the same day whichever of the two says it); one without an offset, the earliest it can name
    (UTC+14, as ``consent_order`` reads it)."""
    assert given_day(None, "2026-03-03T01:30:00+03:00", None) == "2026-03-02"
    assert given_day(None, "2026-03-02T21:30:00-03:00", None) == "2026-03-03"
    assert given_day(None, "2026-03-03T09:00:00", None) == "2026-03-02"
    assert given_day(None, "2026-03-03T09:00:00+03:00", f"{LATE_EVENING_UTC_MS:013d}:00000:laptop-1") == "2026-03-02"
    assert given_day(None, "2026-03-03 at the centre", None) == "2026-03-03"  # unreadable after its day: that day
    assert given_day(None, "9999-12-31T23:00:00-03:00", None) == "9999-12-31"  # past what dates can say
    assert given_day(None, "", "9999999999999:00000:laptop-1") == "2286-11-20"  # the latest a stamp can say
