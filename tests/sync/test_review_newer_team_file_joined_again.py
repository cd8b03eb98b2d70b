"""Review finding 2 (failing test): team.join_team keeps a laptop's recipients whenever it has applied any
team update (``keeps_recipients = existing is not None and UPDATE_EPOCH_STATE``), not only when the team
file is older than the update, as README's `team key rotate` row says ("keeps its recipients when it joins
again with an OLDER team file"). A laptop that applied update 1 before the key was lost, then joins again
with the team file the centre wrote AFTER `team key rotate` (README: "so does `team join` with a newer
team file", the way to bring it a new consent form), keeps the old recipient: its next bundles are
encrypted to the key on the lost stick, which opens them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core.models import Session
from desktop.sync.export import export_bundle
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import (
    apply_team_update,
    current_team,
    join_team,
    team_identities,
    write_current_team_file,
    write_team_update,
)
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def test_a_team_file_written_after_the_new_key_joined_again_brings_it(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    lost = team_identities(team.centre)  # the key file on the lost stick
    apply_team_update(laptop, write_team_update(team.centre, folder / "u1.majlis").path)  # before the loss
    made = rotate_team_key(team.centre)
    newer = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, newer)
    join_team(laptop, newer)  # the team file of the day, which names the new key only
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]  # today: the old, lost, recipient
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)  # whoever found the stick must read nothing new
