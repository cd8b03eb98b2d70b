"""The centre publishes a team update with nothing changed since the last (a consent form edited but
not published as a new version, a code not saved): it is written (a lost file can be made again) and
the coordinator is told it brings nothing new (the Sync page: tests/ui/test_sync_publish_team_update.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import codebook
from desktop.sync.team import import_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_an_update_with_nothing_new_is_said_to_be_so(team: Team, tmp_path: Path) -> None:
    with team.centre.transaction() as s:
        code_id = codebook.create_code(s, name_en="Trust").id
    first = write_team_update(team.centre, tmp_path / "1.majlis")
    assert first.same_as is None
    again = write_team_update(team.centre, tmp_path / "2.majlis")
    assert (again.sequence, again.same_as) == (2, 1)
    assert import_team_update(team.devices[0], again.path) == (2, 1)  # still a whole update
    with team.centre.transaction() as s:
        codebook.update_code(s, code_id, definition="Said of institutions")
    changed = write_team_update(team.centre, tmp_path / "3.majlis")
    assert changed.same_as is None
    assert write_team_update(team.centre, tmp_path / "4.majlis").same_as == 3


def test_the_cli_says_it_in_a_second_line(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    db = team.centre.path
    team.centre.close()
    assert main(["team", "update", "export", "--db", str(db), "--out", str(tmp_path)]) == 0
    out, _ = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert main(["team", "update", "export", "--db", str(db), "--out", str(tmp_path)]) == 0
    out, _ = capsys.readouterr()
    first, second = out.splitlines()
    assert first.startswith("team update 2 written: ") and second.startswith("nothing changed since team update 1")
