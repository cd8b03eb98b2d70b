"""A team file WITHOUT ``after_update`` (written by the Majlis before it, left on the stick) does not undo the
recipients a newer team file gave a laptop that has applied no team update yet (hp4's review finding 5 of
session 39): team._keeps_recipients returned bool(applied) for such a file and never looked at the file
position it remembered (``team_file_recipients_from``), so after `team key rotate` and the new team file,
joining again with the old file sent the next bundles to the lost key. Such a file is older than any file
that says where it stands and than any update. The old-style file is made as the earlier Majlis made it
(make_team_file without after_update, signed with the central key, the recipients of its day); real stores,
real rotation, real age bundles."""

from __future__ import annotations

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


def test_an_old_style_team_file_does_not_undo_a_newer_one(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    with team.centre.session() as s:
        row = current_team(s)
        assert row is not None and row.central_signing_key
        central, before = keys.load_signing_key(str(row.central_signing_key)), list(row.recipients)
    first = read_team_file(team.team_file)
    old_style = folder / "old-style.majlis-team"  # the file an earlier Majlis wrote, still on the stick
    old_style.write_bytes(make_team_file(team_id=first.team_id, team_name=first.team_name, recipients=before,
                                         central_signing_key=central, payload=first.payload))
    assert read_team_file(old_style).after_update is None
    lost = team_identities(team.centre)
    made = rotate_team_key(team.centre)
    newer = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, newer)
    join_team(laptop, newer)
    join_team(laptop, old_style)  # the old file left on the stick, joined with again
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]  # was: back to the lost key
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)
