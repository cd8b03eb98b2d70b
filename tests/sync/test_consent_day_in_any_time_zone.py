"""Two devices in different time zones decide alike which consents a withdrawal takes back.

A withdrawal of quotes dated D covers every consent given up to the day after D (``consent_given``). The day
a consent was typed in was read from its stamp in this computer's time zone: a laptop left on UTC and the
centre on Asia/Baghdad read a stamp of 22:30 UTC as two different days. Holding the same records after sync,
the laptop's workbook kept the participant's words out of its quotes and the centre's quoted them. Every day
of a moment is now its UTC day, whatever the zone the reading computer is set to.

Real stores, a team update and a bundle through the real writer and importer, workbooks read back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import withdrawal
from desktop.core.clock import system_ms
from desktop.sync.team import import_team_update, write_team_update
from tests.clock_helpers import BAGHDAD_ZONE, UTC_ZONE, ahead, in_zone, needs_tzset, reopen
from tests.sync.test_consent_dated_ahead_of_a_withdrawal import (
    _consent_at_a_session,
    _known_at_the_centre,
    _quoted,
    _sent,
    _workbook_text,
)
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _next_late_evening_utc() -> dt.datetime:
    """The next 22:30 UTC: within the day an import allows a clock ahead; at Baghdad, already the next day."""
    now = dt.datetime.now(dt.UTC)
    evening = now.replace(hour=22, minute=30, second=0, microsecond=0)
    return evening if evening > now else evening + dt.timedelta(days=1)


@needs_tzset
def test_a_laptop_on_utc_and_a_centre_on_baghdad_time_quote_alike(team: Team, tmp_path: Path) -> None:
    stamped = _next_late_evening_utc()
    withdrawn_on = stamped.date() - dt.timedelta(days=1)  # covers consents given up to stamped's UTC day
    study = _known_at_the_centre(team, tmp_path)
    withdrawal.withdraw_participant(team.centre, participant_id=study.other, scope="quotes", on=withdrawn_on)
    import_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u.majlis-update").path)
    # The laptop recorded the consent while its date was three days ahead (the session and recorded_at say
    # so: content, never re-dated), and was re-dated since: its stamp is of 22:30 UTC. Stamped at that time
    # here directly, as re-dating leaves it.
    ahead_day = stamped.date() + dt.timedelta(days=3)
    laptop = reopen(team, 0, ahead(int(stamped.timestamp() * 1000) - system_ms()))
    _consent_at_a_session(laptop, study.other, ahead_day, f"{ahead_day.isoformat()}T01:30:00+03:00")
    _sent(team, laptop, tmp_path / "late.majlis")
    quoted: dict[tuple[str, str], bool] = {}
    for name, store in (("laptop", laptop), ("centre", team.centre)):
        for zone in (UTC_ZONE, BAGHDAD_ZONE):
            with in_zone(zone):
                quotes, _ = _workbook_text(store, tmp_path / f"{name}-{len(quoted)}.xlsx")
            quoted[(name, zone)] = _quoted(quotes)
    # Given on stamped's UTC day, the day after the withdrawal's: covered, on every device in every zone.
    assert quoted == dict.fromkeys(quoted, False)
