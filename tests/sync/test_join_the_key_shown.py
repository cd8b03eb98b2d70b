"""Joining enrols the central key whose fingerprint the person compared, or none.

The first-run wizard and the Sync page's Join a team… read the team file, show its key's fingerprint
for comparison by phone, and join later (at Finish, or on the DB worker). join_team read the file
again and enrolled whatever key it held then: a file replaced on the stick in between was joined
unseen. With ``shown_central_key`` a file that now holds another key is refused and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.sync.errors import CentralKeyMismatchError
from desktop.sync.team import current_team, join_team
from desktop.sync.team_file import read_team_file
from tests.sync_helpers import new_team_file


def test_a_file_with_another_key_than_the_one_shown_is_refused(tmp_path: Path, store: Store) -> None:
    compared = new_team_file(tmp_path / "ours", "Ours")
    shown = read_team_file(compared).central_verify_key
    compared.write_bytes(new_team_file(tmp_path / "theirs", "Theirs").read_bytes())  # replaced after the comparison
    with pytest.raises(CentralKeyMismatchError) as refused:
        join_team(store, compared, shown_central_key=shown)
    assert "changed since its fingerprint was shown" in refused.value.message
    with store.session() as s:
        assert current_team(s) is None


def test_the_file_shown_is_joined(tmp_path: Path, store: Store) -> None:
    path = new_team_file(tmp_path / "ours", "Ours")
    team = read_team_file(path)
    team_id, fingerprint, _rows = join_team(store, path, shown_central_key=team.central_verify_key)
    assert (team_id, fingerprint) == (team.team_id, team.central_key_fingerprint)
    with store.session() as s:
        enrolled = current_team(s)
        assert enrolled is not None and enrolled.central_verify_key == team.central_verify_key
