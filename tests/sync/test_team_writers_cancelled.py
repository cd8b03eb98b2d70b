"""The centre's team update and protected team key file, cancelled while being written (the Sync page's
Cancel: tests/ui/test_export_cancel_while_writing.py): asked up to the last moment before the file takes its
name, a Cancel leaves no file (nor a temporary one) and, for a team update, no number used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.sync.keys import load_protected_identity_file, write_protected_identity_file
from desktop.sync.team import import_team_update, team_identities, write_team_update
from tests.sync_helpers import Team, full_digest
from tests.team_copies import team_copy_fixture

KEY_PASSPHRASE = "a key passphrase said by phone"


team = team_copy_fixture(devices=1)


def _asked_until(cancel_at: int) -> tuple[list[int], Callable[[], bool]]:
    """A Cancel that comes at the ``cancel_at``-th time it is asked (1: the first)."""
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= cancel_at

    return asked, cancelled


@pytest.mark.parametrize("cancel_at", [1, 2])  # once the tables are read; as the file is about to take its name
def test_a_team_update_cancelled_while_written_leaves_nothing(team: Team, tmp_path: Path, cancel_at: int) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    before = full_digest(team.centre)
    asked, cancelled = _asked_until(cancel_at)
    with pytest.raises(InterruptedError):
        write_team_update(team.centre, stick / "update.majlis", cancelled=cancelled)
    assert len(asked) == cancel_at
    assert list(stick.iterdir()) == [] and full_digest(team.centre) == before
    written = write_team_update(team.centre, stick / "update.majlis", cancelled=lambda: False)
    assert written.sequence == 1 and import_team_update(team.devices[0], written.path)[0] == 1


def test_a_key_file_cancelled_while_written_leaves_nothing(team: Team, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    identities = team_identities(team.centre)
    with pytest.raises(InterruptedError):
        write_protected_identity_file(stick / "team.age", identities, KEY_PASSPHRASE, cancelled=lambda: True)
    assert list(stick.iterdir()) == []
    path = write_protected_identity_file(stick / "team.age", identities, KEY_PASSPHRASE, cancelled=lambda: False)
    assert [str(i) for i in load_protected_identity_file(path, KEY_PASSPHRASE)] == [str(i) for i in identities]
