"""An approval stopped while it applied the device's bundles (the disk full, the app closed, Ctrl+C)
leaves the device on the roster, the bundles applied before, and the others waiting (listed under the
number of the first of them). The Sync page's Approve of that device (``waiting_only``) took a device
on the roster under its key for one decided in another window: "already approved or rejected …:
nothing more was done", and the bundles left waited for ever there (only ``majlis-cli device approve``
applied them). It now applies what is left, as majlis-cli does; each bundle still goes in once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.sync import held_archive, roster
from tests.sync.test_held_applied_by_another_approval import held_device
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=0)


class Stopped(Exception):
    """What stopped the first approval (the disk full, the app closed) between two bundles."""


def test_the_page_approves_again_what_a_stopped_approval_left(team: Team, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    number = held_device(team, tmp_path, 3)
    real_load = held_archive.load
    loads: list[int] = []

    def stop_at_the_second(*args: Any) -> Any:
        loads.append(1)
        if len(loads) == 2:
            raise Stopped()
        return real_load(*args)

    monkeypatch.setattr(held_archive, "load", stop_at_the_second)
    with pytest.raises(Stopped):
        roster.approve(team.centre, number, waiting_only=True)
    monkeypatch.setattr(held_archive, "load", real_load)
    [left] = roster.pending(team.centre)
    assert left.bundles == 2 and left.id != number  # the others wait, under the first one's number
    again = roster.approve(team.centre, left.id, waiting_only=True)
    assert [o.status for o in again.outcomes] == ["imported", "imported"]
    assert again.name == "Kirkuk laptop"
    with team.centre.session() as s:
        assert len(s.execute(select(Participant.id)).all()) == 3
    assert roster.pending(team.centre) == []
