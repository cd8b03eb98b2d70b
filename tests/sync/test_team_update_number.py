"""A team update's number is taken only with the whole file on disk, and a file is never out on a
stick with a number the centre has not counted: the next update would carry the same number with
other content, and every laptop that applied the first would refuse it as stale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import EnvironmentProblem
from desktop.core.sqlcipher_file import derive_key, raw_connect
from desktop.sync.errors import BundleFileExistsError, CentreAppliesNoUpdateError
from desktop.sync.team import export_team_update, import_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_an_update_the_database_cannot_count_is_taken_back(team: Team, tmp_path: Path) -> None:
    centre, laptop = team.centre, team.devices[0]
    stick = tmp_path / "stick"
    stick.mkdir()
    other = raw_connect(centre.path, PASSPHRASE, raw_key=derive_key(centre.path, PASSPHRASE))  # another program holds the write lock (5 s wait)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EnvironmentProblem) as locked:  # the transaction classifies SQLite's error
            export_team_update(centre, stick / "u.majlis")
        assert locked.value.details.get("reason") == "locked"
    finally:
        other.rollback()
        other.close()
    assert list(stick.iterdir()) == []  # not on the stick: the number was not counted
    written = write_team_update(centre, stick)
    assert written.sequence == 1 and written.path.parent == stick
    assert import_team_update(laptop, written.path)[0] == 1


def test_an_existing_file_is_refused_before_any_work(team: Team, tmp_path: Path) -> None:
    centre = team.centre
    waiting = tmp_path / "waiting.majlis"
    waiting.write_bytes(b"an update not carried yet")
    with pytest.raises(BundleFileExistsError) as caught:
        export_team_update(centre, waiting)
    assert caught.value.path == str(waiting) and waiting.read_bytes() == b"an update not carried yet"
    assert export_team_update(centre, tmp_path / "next.majlis")[0] == 1


def test_the_centre_never_applies_its_own_update(team: Team, tmp_path: Path) -> None:
    """An old update of its own found on a stick: applied, it set the centre's number back to 1 and its
    next update went out as number 2 again, which a laptop that applied the first 2 refuses as stale."""
    centre, laptop = team.centre, team.devices[0]
    first = write_team_update(centre, tmp_path / "u1.majlis")
    second = write_team_update(centre, tmp_path / "u2.majlis")
    assert import_team_update(laptop, second.path)[0] == 2
    with pytest.raises(CentreAppliesNoUpdateError):
        import_team_update(centre, first.path)
    third = write_team_update(centre, tmp_path / "u3.majlis")
    assert third.sequence == 3
    assert import_team_update(laptop, third.path)[0] == 3
