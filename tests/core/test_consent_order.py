"""The order of consent records (desktop/core/consent_order.py): the earlier of ``recorded_at`` and the
record's stamp, to the second, then the stamp. The sync tests (tests/sync/test_lying_dates.py) show it
through real bundles; these pin the rule itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desktop.core.clock import Timestamp
from desktop.core.consent_order import effective_ms, latest, oldest_first

NOON = int(dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC).timestamp() * 1000)  # 12:00 at +03:00


@dataclass
class Rec:
    name: str
    recorded_at: str
    created_at: str


def stamp(ms: int, device: str = "dev-a") -> str:
    return str(Timestamp(ms, 0, device))


def names(*records: Rec) -> list[str]:
    return [r.name for r in oldest_first(records)]


def test_a_record_dated_ahead_counts_from_when_it_was_made() -> None:
    ahead = Rec("yes dated 2286", "2286-01-01T10:00:00+03:00", stamp(NOON))
    later = Rec("no an hour later", "2026-03-01T13:00:00+03:00", stamp(NOON + 3_600_000, "centre"))
    assert names(later, ahead) == ["yes dated 2286", "no an hour later"]
    assert latest([later, ahead]) is later


def test_a_paper_form_typed_in_later_keeps_the_day_it_was_signed() -> None:
    paper = Rec("paper signed on the 1st", "2026-03-01", stamp(NOON + 5 * 86_400_000))
    screen = Rec("on screen on the 3rd", "2026-03-03T12:00:00+03:00", stamp(NOON + 2 * 86_400_000))
    assert names(paper, screen) == ["paper signed on the 1st", "on screen on the 3rd"]


def test_within_one_second_the_stamps_decide() -> None:
    """``now_iso`` writes the second: a record made 500 ms after another in the same second, dated
    ahead or not, comes after it."""
    first = Rec("first", "2286-01-01T10:00:00+03:00", stamp(NOON + 300))
    second = Rec("second", "2026-03-01T12:00:00+03:00", stamp(NOON + 800, "centre"))
    assert names(second, first) == ["first", "second"]


@pytest.mark.parametrize("recorded_at", ["", "not a time", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00"])
def test_any_recorded_at_is_placed_without_error(recorded_at: str) -> None:
    record = Rec("x", recorded_at, stamp(NOON))
    assert effective_ms(record.recorded_at, record.created_at) <= NOON


def test_offsets_are_moments_not_text() -> None:
    """12:00 at +03:00 is before 10:00 at +00:00, though its text sorts after."""
    east = Rec("east", "2026-03-01T12:00:00+03:00", stamp(NOON + 10_000_000))
    west = Rec("west", "2026-03-01T10:00:00+00:00", stamp(NOON + 10_000_000, "dev-b"))
    assert names(west, east) == ["east", "west"]
