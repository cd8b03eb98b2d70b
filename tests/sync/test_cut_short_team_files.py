"""A team update or team file cut short (a copy to the stick interrupted, a stick pulled out) is
said to be incomplete, to copy again, not "not a Majlis team update" (which sends a facilitator
looking for another file); nothing changes. Any other ZIP cut short is still not one of ours. The
Sync page: tests/ui/test_sync_cut_short_update.py."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import codebook
from desktop.sync.bundle_reader import read_team_update
from desktop.sync.errors import (
    NotABundleError,
    NotATeamFileError,
    OtherTeamUpdateError,
    TruncatedTeamFileError,
    TruncatedTeamUpdateError,
)
from desktop.sync.team import import_team_update, join_team, write_team_update
from desktop.sync.team_file import read_team_file
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, full_digest, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _update(team: Team, folder: Path) -> Path:
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="الثقة بالمؤسسات", name_en="Trust in institutions")
    return write_team_update(team.centre, folder / "update.majlis").path


def _cuts(data: bytes) -> list[bytes]:
    return [data[:n] for n in (60, 200, len(data) // 2, len(data) - 30)]


def test_a_cut_short_team_update_is_incomplete_and_changes_nothing(team: Team, tmp_path: Path) -> None:
    whole = _update(team, tmp_path).read_bytes()
    laptop = team.devices[0]
    before = full_digest(laptop)
    for cut in _cuts(whole):
        with pytest.raises(TruncatedTeamUpdateError):
            import_team_update(laptop, cut)
    assert full_digest(laptop) == before
    assert import_team_update(laptop, whole)[0] == 1  # the whole file still applies


def test_a_cut_short_team_file_is_incomplete(team: Team, tmp_path: Path) -> None:
    whole = team.team_file.read_bytes()
    for n, cut in enumerate(_cuts(whole)):
        path = tmp_path / f"cut{n}.majlis-team"
        path.write_bytes(cut)
        with pytest.raises(TruncatedTeamFileError):
            read_team_file(path)
    newcomer = fresh_store(tmp_path / "new.db", PASSPHRASE, "new laptop")
    try:
        with pytest.raises(TruncatedTeamFileError):
            join_team(newcomer, tmp_path / "cut2.majlis-team")
        join_team(newcomer, team.team_file)
    finally:
        newcomer.close()


def test_another_zip_cut_short_is_still_not_ours(team: Team) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>" * 200)
        z.writestr("xl/workbook.xml", "<workbook/>" * 200)
    cut = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    with team.centre.session() as s:
        from desktop.sync.team import current_team

        current = current_team(s)
        assert current is not None
        key = current.central_verify_key
    with pytest.raises(NotABundleError) as refused:
        read_team_update(cut, key)
    assert not isinstance(refused.value, TruncatedTeamUpdateError)
    with pytest.raises(NotATeamFileError):
        read_team_file(cut)


def test_the_cli_says_it_in_one_line(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    whole = _update(team, tmp_path).read_bytes()
    cut = tmp_path / "cut.majlis"
    cut.write_bytes(whole[: len(whole) // 2])
    laptop = team.devices[0].path
    team.devices[0].close()
    code = main(["team", "update", "import", "--db", str(laptop), str(cut)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "[truncated_update]" in err, err
    cut_team = tmp_path / "cut.majlis-team"
    cut_team.write_bytes(team.team_file.read_bytes()[:300])
    newcomer = tmp_path / "newcomer.db"
    fresh_store(newcomer, PASSPHRASE, "newcomer").close()
    code = main(["team", "join", "--db", str(newcomer), "--team-file", str(cut_team)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "[truncated_team_file]" in err, err


def test_a_whole_update_after_a_cut_one(team: Team, tmp_path: Path) -> None:
    """The coordinator copies it again: the whole file applies after the cut one was refused."""
    path = _update(team, tmp_path)
    cut = tmp_path / "cut.majlis"
    cut.write_bytes(path.read_bytes()[:500])
    with pytest.raises(TruncatedTeamUpdateError):
        import_team_update(team.devices[0], cut)
    assert import_team_update(team.devices[0], path)[0] == 1


def test_the_centre_passes_a_cut_team_update_over_in_a_folder_and_names_it_when_given(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """At the centre a team update is never imported: one cut short on the stick (it cannot be told to
    be the centre's own) is refused in the Sync page's one line, in a folder as given by name, never
    "not age-encrypted", and the bundles beside it are imported (hp2, session 36: before, the folder
    passed it over silently, exit 0, while the page counted it refused)."""
    from desktop.core.models import Participant
    from desktop.sync.export import export_bundle

    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    stick = tmp_path / "stick"
    stick.mkdir()
    whole = _update(team, tmp_path).read_bytes()
    (stick / "update-cut.majlis").write_bytes(whole[: len(whole) // 2])
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    assert export_bundle(team.devices[0], stick) is not None
    centre = team.centre.path
    team.centre.close()
    code = main(["bundle", "import", "--db", str(centre), str(stick)])
    out, err = capsys.readouterr()
    said = "[centre_applies_no_update] This database is the team's centre: it writes team updates"
    assert code == 1 and "1 of 2 bundles imported" in out, out
    assert err.count("\n") == 1 and "update-cut.majlis" in err and said in err, err
    code = main(["bundle", "import", "--db", str(centre), str(stick / "update-cut.majlis")])
    out, err = capsys.readouterr()
    assert code == 1 and said in err and "not age-encrypted" not in err, err


def test_another_teams_update_is_said_to_be_another_teams(team: Team, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A coordinator of two teams hands a laptop the other team's update: not a forgery alarm
    ("not signed by the team's central key") but which team it is for; nothing changes."""
    (other_folder := tmp_path / "other").mkdir()
    other = make_team(other_folder, devices=0, name="Another cohort")
    try:
        theirs = write_team_update(other.centre, tmp_path / "theirs.majlis").path
    finally:
        other.close()
    laptop = team.devices[0]
    before = full_digest(laptop)
    with pytest.raises(OtherTeamUpdateError):
        import_team_update(laptop, theirs)
    assert full_digest(laptop) == before
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    db = laptop.path
    laptop.close()
    code = main(["team", "update", "import", "--db", str(db), str(theirs)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "[other_team_update]" in err, err


def test_a_team_update_given_to_join_is_named(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A facilitator handed the team update instead of the team file: told which file it is and which
    one joins, not "not a Majlis team file (team.json and team.sig expected)"."""
    update = _update(team, tmp_path)
    with pytest.raises(NotATeamFileError) as refused:
        read_team_file(update)
    assert "team update" in refused.value.message and ".majlis-team" in refused.value.message
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    newcomer = tmp_path / "newcomer.db"
    fresh_store(newcomer, PASSPHRASE, "newcomer").close()
    code = main(["team", "join", "--db", str(newcomer), "--team-file", str(update)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "This is a team update, not the team file" in err
