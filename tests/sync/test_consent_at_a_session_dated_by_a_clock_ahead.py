"""A laptop whose clock is ahead dates the session too: its consent must not beat the centre's withdrawal
of the same day.

The participant phoned the centre today and withdrew consent to be quoted. The same day a facilitator held a
focus group with them on a laptop whose clock runs 23 hours ahead: the new session takes the laptop's date
(tomorrow), the consent record's recorded_at and stamp say tomorrow too, and the bundle imports (a day ahead
is allowed). Read by the days alone the consent was given after the withdrawal and stood, and the centre's
workbook quoted the words the participant withdrew. Nothing synced tells this consent from one given the
next day, so a withdrawal covers the day after its own too (``consent_given.SKEW_DAYS``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import withdrawal
from tests.clock_helpers import HOUR_MS, ahead, reopen
from tests.sync.test_consent_dated_ahead_of_a_withdrawal import (
    _consent_at_a_session,
    _known_at_the_centre,
    _quoted,
    _sent,
    _workbook_text,
)
from tests.sync_helpers import Team, make_team

AHEAD_H = 23


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_a_session_dated_by_a_laptop_a_day_ahead_does_not_beat_todays_withdrawal(team: Team, tmp_path: Path) -> None:
    # The clocks are chosen, never the hour the test runs at: the centre's at noon today, the laptop's
    # AHEAD_H hours past it (tomorrow, whatever the hour: an import takes a clock up to a day ahead).
    noon = dt.datetime.combine(dt.date.today(), dt.time(12)).astimezone()
    centre_ms = int((noon - dt.datetime.now().astimezone()).total_seconds() * 1000)
    reopen(team, None, ahead(centre_ms))
    laptops_now = noon + dt.timedelta(hours=AHEAD_H)
    assert laptops_now.date() == noon.date() + dt.timedelta(days=1)
    study = _known_at_the_centre(team, tmp_path)
    withdrawal.withdraw_participant(team.centre, participant_id=study.other, scope="quotes", on=noon.date())
    laptop = reopen(team, 0, ahead(centre_ms + AHEAD_H * HOUR_MS))
    # The focus group as the laptop dates it (its date box starts at its own today), held now.
    _consent_at_a_session(laptop, study.other, laptops_now.date(), laptops_now.isoformat(timespec="seconds"))
    _sent(team, laptop, tmp_path / "ahead.majlis")  # imported today, by the centre's clock
    quotes, _ = _workbook_text(team.centre, tmp_path / "centre.xlsx")
    assert not _quoted(quotes), "the centre quotes words the participant withdrew today"

