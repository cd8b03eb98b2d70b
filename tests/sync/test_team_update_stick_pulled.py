"""`majlis-cli team update export --out /media/stick` (the centre's Publish into a folder) with the USB
stick pulled while the centre's tables were read: whether the folder was a folder was asked again only
once the update was made, so the team update was written as a FILE named like the stick's folder, beside
it on the centre's own disk, said as written there, and its number used. It is now asked once, at the
start: the folder gone is said as such (no such folder), nothing written, no number used; with the stick
back, the next update carries that number and a laptop applies it. The stick's folder is really removed,
at the centre's first read of its tables (an engine event of the real SQLCipher store; no mock)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.sync.team import apply_team_update, write_team_update
from tests.sync_helpers import Team, full_digest, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_a_stick_pulled_while_the_update_is_made_leaves_nothing(team: Team, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    before = full_digest(team.centre)

    def pull(*_args: Any) -> None:
        if stick.is_dir():
            shutil.rmtree(stick)

    event.listen(team.centre.engine, "before_cursor_execute", pull)
    try:
        with pytest.raises(FileNotFoundError):
            write_team_update(team.centre, stick)
    finally:
        event.remove(team.centre.engine, "before_cursor_execute", pull)
    assert not stick.exists()  # neither the folder nor a file of its name
    assert full_digest(team.centre) == before  # no number used

    stick.mkdir()  # put back
    written = write_team_update(team.centre, stick)
    assert written.path.parent == stick and written.sequence == 1
    assert apply_team_update(team.devices[0], written.path).sequence == 1
