"""Review finding 4 (failing test): of two team files following the same team update, join_team takes the
one with the later ``created`` (team._keeps_recipients compares (epoch, sequence, created)), and ``created``
is the centre computer's date (utc_now_iso). A centre whose date was set ahead (a year typed wrong, the case
tests/clock_helpers and the restored-centre tests care about) wrote the team file a laptop joined with; set
right, then a stick is lost and `team key rotate` is run and the team file written again, before any team
update: the new file's ``created`` is earlier than the old one's, so the laptop joining with it keeps the
old recipients and its next bundles are still encrypted to the lost key. The file written while the date
was ahead is made as the centre makes it (make_team_file, signed with the central key, its ``created`` a
year ahead); real stores, real rotation, real age bundles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core.models import Session
from desktop.sync import keys
from desktop.sync.export import export_bundle
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import current_team, join_team, team_identities, write_current_team_file
from desktop.sync.team_file import make_team_file, read_team_file
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_a_team_file_after_a_new_key_is_taken_though_the_last_was_dated_ahead(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    with team.centre.session() as s:
        row = current_team(s)
        assert row is not None and row.central_signing_key
        central, before = keys.load_signing_key(str(row.central_signing_key)), list(row.recipients)
    today = read_team_file(team.team_file)
    year_ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ahead = folder / "written-a-year-ahead.majlis-team"  # `team file` while the centre's date was wrong
    ahead.write_bytes(make_team_file(team_id=today.team_id, team_name=today.team_name, recipients=before,
                                     central_signing_key=central, payload=today.payload, created=year_ahead,
                                     after_update=(0, 0)))
    join_team(laptop, ahead)
    lost = team_identities(team.centre)  # the date set right; then a stick with the key file is lost
    made = rotate_team_key(team.centre)
    newer = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, newer)
    assert read_team_file(newer).after_update == (0, 0)
    join_team(laptop, newer)
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]  # fails: the old (lost) key kept
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)
