"""Of two team files following the same team update, the one written after a new team key stands, whatever
the centre computer's date (hp4's review finding 4 of session 39): join_team took the one with the later
``created`` (team._keeps_recipients compared (epoch, sequence, created)), and ``created`` is the centre
computer's date. A centre whose date was set ahead (a year typed wrong) wrote the team file a laptop joined
with; set right, then a stick was lost and `team key rotate` run and the team file written again, before any
team update: the new file's ``created`` was earlier than the old one's, so the laptop kept the old
recipients and its next bundles were still encrypted to the lost key. A file now also says how many team
keys the centre had made (``team_keys``, signed with the rest; a rotation raises it), and that orders two
files of the same update, not their dates. The file written while the date was ahead is made as the centre
makes it (make_team_file, signed with the central key, following the same update as the file written
after the rotation, ``created`` a year ahead), with ``team_keys`` as this Majlis writes it and without it
as an earlier Majlis wrote it; real stores, real rotation, real age bundles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core.models import Session
from desktop.sync import keys
from desktop.sync.errors import MalformedBundleError
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


@pytest.mark.parametrize("team_keys", [1, None], ids=["this-majlis", "earlier-majlis"])
def test_a_team_file_after_a_new_key_is_taken_though_the_last_was_dated_ahead(
        team: Team, team_keys: int | None) -> None:
    laptop, folder = team.devices[0], team.folder
    with team.centre.session() as s:
        row = current_team(s)
        assert row is not None and row.central_signing_key
        central, before = keys.load_signing_key(str(row.central_signing_key)), list(row.recipients)
    today = folder / "today.majlis-team"
    write_current_team_file(team.centre, today)
    follows = read_team_file(today).after_update
    assert follows is not None and read_team_file(today).team_keys == 1
    year_ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ahead = folder / "written-a-year-ahead.majlis-team"  # `team file` while the centre's date was wrong
    ahead.write_bytes(make_team_file(team_id=row.id, team_name=row.name, recipients=before,
                                     central_signing_key=central, payload=read_team_file(today).payload,
                                     created=year_ahead, after_update=follows, team_keys=team_keys))
    join_team(laptop, ahead)
    lost = team_identities(team.centre)  # the date set right; then a stick with the key file is lost
    made = rotate_team_key(team.centre)
    newer = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, newer)
    assert read_team_file(newer).after_update == follows  # no team update between: the same one followed
    assert read_team_file(newer).team_keys == 2
    join_team(laptop, newer)
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]  # was: the old (lost) key kept
    join_team(laptop, ahead)  # the file dated ahead, left on the stick, joined with again
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)


def test_team_keys_that_is_not_a_whole_number_is_refused(team: Team) -> None:
    with team.centre.session() as s:
        row = current_team(s)
        assert row is not None and row.central_signing_key
        central = keys.load_signing_key(str(row.central_signing_key))
    made = read_team_file(team.team_file)
    assert made.team_keys == 1  # team create's file
    for value in (-1, True, 1.5, "2", 2**63):
        data = make_team_file(team_id=made.team_id, team_name=made.team_name, recipients=made.recipients,
                              central_signing_key=central, payload=made.payload, after_update=(0, 0),
                              team_keys=value)  # type: ignore[arg-type]
        with pytest.raises(MalformedBundleError):
            read_team_file(data)
