"""A laptop whose date was set a year ahead records changes dated a year ahead, and the centre (with
the right date) refuses every bundle holding them (``future_clock``). "Export again" cannot help:
the changes keep the time they were recorded with. What each side now says is true and can be acted on:

* the centre's refusal says to check both dates and to keep the bundle file, which imports once
  its date is at most a day away (shown here by importing the same file then);
* the laptop, its date set right, refuses to write a bundle the centre would refuse (nothing
  written, nothing counted as sent), sends what came before such changes, and says why; the Sync
  page and majlis-cli warn that this computer's clock is behind what is recorded here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.clock import MAX_AHEAD_MS, system_ms
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.core.status import status
from desktop.sync.errors import ClockBehindError, FutureClockError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.outbox import outbox
from tests.clock_helpers import HOUR_MS, YEAR_MS, ahead, date_set_right_after_a_year_ahead, reopen
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def record(store: Store, code: str) -> None:
    with store.transaction() as s:
        s.add(Participant(code=code))


def codes(store: Store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(Participant.code)))


def test_the_centre_refusal_says_keep_the_file_and_that_is_true(team: Team, tmp_path: Path) -> None:
    laptop = reopen(team, 0, ahead(YEAR_MS))  # its date set a year ahead, and nobody noticed
    record(laptop, "BSR-FG01-P01")
    bundle = export_bundle(laptop, tmp_path / "ahead.majlis")
    assert bundle is not None
    (refused,) = import_files(team.centre, [bundle.path], team.identities)
    assert refused.status == "refused" and refused.code == "future_clock"
    assert refused.message == FutureClockError.default_message
    assert "keep this bundle file" in refused.message and "export again" not in refused.message
    centre = reopen(team, None, ahead(YEAR_MS - 12 * HOUR_MS))  # that date is now less than a day away
    (later,) = import_files(centre, [bundle.path], team.identities)
    assert later.status == "imported", later.message
    assert "BSR-FG01-P01" in codes(centre)


def test_the_laptop_with_its_date_set_right_keeps_them_and_says_why(team: Team, tmp_path: Path) -> None:
    laptop = date_set_right_after_a_year_ahead(team)
    assert laptop.clock.log_ahead_ms is not None and laptop.clock.log_ahead_ms > system_ms() + MAX_AHEAD_MS
    waiting = status(laptop)["unsent_changes"]
    assert waiting > 0
    behind = outbox(laptop).clock_behind_until
    assert behind is not None and behind.timestamp() * 1000 > system_ms() + YEAR_MS - HOUR_MS
    record(laptop, "BSR-FG01-P02")  # new work, dated today
    target = tmp_path / "today.majlis"
    with pytest.raises(ClockBehindError) as refused:
        export_bundle(laptop, target)
    assert refused.value.dated_until_ms > system_ms() + YEAR_MS - HOUR_MS
    assert not target.exists() and list(tmp_path.glob("*.majlis")) == []
    assert status(laptop)["unsent_changes"] == waiting + 1  # nothing counted as sent
    # The day comes (less than a day before those changes' date): the same laptop sends them all.
    laptop = reopen(team, 0, ahead(YEAR_MS - 12 * HOUR_MS))
    assert outbox(laptop).clock_behind_until is None
    sent = export_bundle(laptop, target)
    assert sent is not None and not sent.more_pending
    centre = reopen(team, None, ahead(YEAR_MS - 12 * HOUR_MS))
    (outcome,) = import_files(centre, [sent.path], team.identities)
    assert outcome.status == "imported", outcome.message
    assert {"BSR-FG01-P01", "BSR-FG01-P02"} <= codes(centre)


def test_what_came_before_goes_and_the_rest_waits(team: Team, tmp_path: Path) -> None:
    record(team.devices[0], "BSR-FG01-P01")  # recorded with the right date
    laptop = reopen(team, 0, ahead(YEAR_MS))
    record(laptop, "BSR-FG01-P02")  # then the date went a year ahead
    laptop = reopen(team, 0, system_ms)
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None and first.more_pending
    with pytest.raises(ClockBehindError):
        export_bundle(laptop, tmp_path / "second.majlis")
    assert not (tmp_path / "second.majlis").exists()
    (outcome,) = import_files(team.centre, [first.path], team.identities)
    assert outcome.status == "imported", outcome.message
    assert "BSR-FG01-P01" in codes(team.centre) and "BSR-FG01-P02" not in codes(team.centre)


def test_majlis_cli_warns_and_refuses_in_one_line(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    laptop = reopen(team, 0, ahead(YEAR_MS))
    record(laptop, "BSR-FG01-P01")
    laptop.close()
    target = tmp_path / "today.majlis"
    code = main(["bundle", "export", "--db", str(laptop.path), "--out", str(target)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "Traceback" not in err, (out, err)
    warning, refusal = err.splitlines()
    assert warning.startswith("majlis-cli: warning: this computer's clock") and "behind changes" in warning
    assert refusal.startswith("majlis-cli: [clock_behind] ") and "No bundle was written" in refusal
    assert not target.exists()
    code = main(["status", "--db", str(laptop.path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["unsent_changes"] > 0 and "behind changes" in err


def occupation(store: Store, code: str) -> str | None:
    with store.session() as s:
        return s.scalar(select(Participant.occupation).where(Participant.code == code))


def test_a_date_reset_to_the_past_never_makes_new_edits_lose_to_older_ones(team: Team, tmp_path: Path) -> None:
    """A flat BIOS battery: the laptop's work was sent with the right date, then its date went back
    two years. Its next edit must still come after its earlier ones, here and at the centre; it waits
    (export refuses) until the date is set right, then wins at the centre as it did on the laptop."""
    laptop = team.devices[0]
    record(laptop, "BSR-FG01-P01")
    with laptop.transaction() as s:
        s.scalars(select(Participant)).one().occupation = "teacher"
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert import_files(team.centre, [first.path], team.identities)[0].status == "imported"
    laptop = reopen(team, 0, ahead(-2 * YEAR_MS))  # the date reset two years back
    assert laptop.clock.log_ahead_ms is not None  # it says so
    before = laptop.clock.now()
    with laptop.transaction() as s:
        s.scalars(select(Participant)).one().occupation = "farmer"
    assert occupation(laptop, "BSR-FG01-P01") == "farmer"
    with pytest.raises(ClockBehindError):  # sent now, the edit would be refused or lose: it waits
        export_bundle(laptop, tmp_path / "reset.majlis")
    laptop = reopen(team, 0, system_ms)  # the date set right
    assert laptop.clock.log_ahead_ms is None and laptop.clock.now() > before
    later = export_bundle(laptop, tmp_path / "later.majlis")
    assert later is not None
    (outcome,) = import_files(team.centre, [later.path], team.identities)
    assert outcome.status == "imported", outcome.message
    assert occupation(team.centre, "BSR-FG01-P01") == "farmer"  # the newest edit, as on the laptop
