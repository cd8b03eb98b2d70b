"""`team update export` and `team file` used to overwrite whatever was at their --out, silently: a team
update not carried to the laptops yet, or another team's file, was lost that way. Now, as with
`bundle export`, an existing file is refused (exit 3, one line, the file left byte for byte, nothing
else written) and the centre's state stays: a refused or failed update export takes no number, so the
next one is numbered on without a gap and every laptop applies it. A folder gets a free name."""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.sync.keys import write_protected_identity_file
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only
from tests.stores import fresh_store
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    made.centre.close()  # both are driven through majlis-cli from here on
    made.devices[0].close()
    yield made
    made.close()


def refused_in_one_line(code: int, out: str, err: str, path: Path) -> None:
    assert code == 3, (code, out, err)  # README: 3 = exists
    assert out == "" and err.count("\n") == 1 and err.startswith("majlis-cli: ") and "Traceback" not in err
    assert str(path) in err and "nothing was" in err and "never" in err


def exported(capsys: pytest.CaptureFixture[str], centre: Path, out: Path) -> tuple[int, Path]:
    """(sequence, file) of a team update the centre writes."""
    code, printed, err = run(capsys, "team", "update", "export", "--db", centre, "--out", out)
    assert code == 0, err
    # The first line (a second says when nothing changed since the last update: see test_publish_nothing_changed).
    found = re.fullmatch(r"team update (\d+) written: (.+)", printed.splitlines()[0])
    assert found, printed
    return int(found[1]), Path(found[2])


def applied(capsys: pytest.CaptureFixture[str], laptop: Path, update: Path) -> int:
    code, printed, err = run(capsys, "team", "update", "import", "--db", laptop, update)
    assert code == 0, err
    found = re.match(r"team update (\d+) applied", printed)
    assert found, printed
    return int(found[1])


def test_update_export_over_an_existing_file_is_refused_and_takes_no_number(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    centre, laptop = team.centre.path, team.devices[0].path
    stick = tmp_path / "stick"
    stick.mkdir()
    update = stick / "update.majlis"
    assert exported(capsys, centre, update) == (1, update)
    carried = update.read_bytes()  # not carried to the laptops yet

    code, out, err = run(capsys, "team", "update", "export", "--db", centre, "--out", update)
    refused_in_one_line(code, out, err, update)
    assert update.read_bytes() == carried
    assert sorted(p.name for p in stick.iterdir()) == ["update.majlis"]  # no temporary file either

    # The refusal took no number: the next update is 2, and the laptop applies 1 then 2.
    assert exported(capsys, centre, stick / "update-2.majlis") == (2, stick / "update-2.majlis")
    assert applied(capsys, laptop, update) == 1
    assert applied(capsys, laptop, stick / "update-2.majlis") == 2


def test_an_update_into_a_folder_never_replaces_one_there(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A centre restored from a backup numbers its updates from 1 again (in a later epoch), so the
    name it gives in a folder may be taken by an update of before: the new one gets ' (2)'."""
    centre, laptop = team.centre.path, team.devices[0].path
    code, out, err = run(capsys, "backup", "--db", centre)
    assert code == 0, err
    backup = Path(out.strip().removeprefix("backup written: "))
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    sequence, first = exported(capsys, centre, outbox)
    assert sequence == 1 and first.parent == outbox and first.name.endswith("-1.majlis")
    before = first.read_bytes()
    assert run(capsys, "restore", "--db", centre, "--from", backup)[0] == 0

    sequence, second = exported(capsys, centre, outbox)
    assert sequence == 1 and second == outbox / first.name.replace(".majlis", " (2).majlis")
    assert first.read_bytes() == before and sorted(outbox.iterdir()) == sorted([first, second])
    assert applied(capsys, laptop, first) == 1
    assert applied(capsys, laptop, second) == 1  # the later epoch: accepted, not stale


def test_team_file_over_an_existing_file_is_refused(team: Team, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    centre = team.centre.path
    folder = tmp_path / "handout"
    folder.mkdir()
    other = folder / "team.majlis-team"
    other.write_bytes(b"another team's file, or one not handed out yet")
    code, out, err = run(capsys, "team", "file", "--db", centre, "--out", other)
    refused_in_one_line(code, out, err, other)
    assert other.read_bytes() == b"another team's file, or one not handed out yet"
    assert sorted(p.name for p in folder.iterdir()) == ["team.majlis-team"]

    fresh = folder / "again.majlis-team"
    code, out, err = run(capsys, "team", "file", "--db", centre, "--out", fresh)
    assert code == 0 and out == f"team file written: {fresh}\n", err
    joiner = fresh_store(tmp_path / "new.db", PASSPHRASE, "new laptop")
    joiner.close()
    assert run(capsys, "team", "join", "--db", joiner.path, "--team-file", fresh)[0] == 0


def test_team_create_over_an_existing_team_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = tmp_path / "c.db"
    fresh_store(c, PASSPHRASE, "centre").close()
    team_file, key = tmp_path / "t.majlis-team", tmp_path / "t.key"
    team_file.write_bytes(b"the first campaign's team file")
    listing = sorted(tmp_path.iterdir())
    code, out, err = run(capsys, "team", "create", "--db", c, "--name", "Cohort", "--team-file", team_file,
                         "--identity-file", key)
    refused_in_one_line(code, out, err, team_file)
    assert "team file" in err and str(key) not in err
    assert team_file.read_bytes() == b"the first campaign's team file"
    assert sorted(tmp_path.iterdir()) == listing  # no identity file, no temporary file
    info = json.loads(run(capsys, "status", "--db", c, "--json")[1])
    assert info["team"] in (None, "")  # not half a centre: a second try with another name works
    code, out, err = run(capsys, "team", "create", "--db", c, "--name", "Cohort",
                         "--team-file", tmp_path / "t2.majlis-team", "--identity-file", key)
    assert code == 0, err


def test_a_read_only_folder_leaves_nothing_and_takes_no_number(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    centre, laptop = team.centre.path, team.devices[0].path
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        for argv in (("team", "update", "export"), ("team", "file")):
            code, out, err = run(capsys, *argv, "--db", centre, "--out", stick / "x.majlis")
            assert code == 4 and out == "" and err.count("\n") == 1 and "Traceback" not in err, (argv, err)
    assert list(stick.iterdir()) == []
    assert exported(capsys, centre, stick) == (1, stick / exported_name(stick))
    assert applied(capsys, laptop, stick / exported_name(stick)) == 1


def exported_name(folder: Path) -> str:
    (only,) = folder.iterdir()
    return only.name


def test_a_disk_full_at_the_end_of_the_write_leaves_no_partial_file(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole update is in the temporary file when the disk says it is full (at the flush to
    disk): the temporary file goes, no file takes the name, and the number is not used up."""
    centre, laptop = team.centre.path, team.devices[0].path
    stick = tmp_path / "stick"
    stick.mkdir()
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if os.fstat(fd).st_size > 0 and Path(f"/proc/self/fd/{fd}").resolve().parent == stick:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    for argv in (("team", "update", "export"), ("team", "file")):
        code, out, err = run(capsys, *argv, "--db", centre, "--out", stick / "x.majlis")
        assert code == 4 and out == "" and err.count("\n") == 1 and "No space left" in err, (argv, err)
        assert list(stick.iterdir()) == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert exported(capsys, centre, stick / "u.majlis") == (1, stick / "u.majlis")
    assert applied(capsys, laptop, stick / "u.majlis") == 1


def test_an_export_never_replaces_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exports (xlsx, qdpx, pdf, brief, qdc) replace an earlier export at --out, as documented:
    they are made again from the database at will. The database itself is not one of them."""
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    before, listing = db.read_bytes(), sorted(tmp_path.iterdir())
    for argv in (("export", "qdc"), ("export", "xlsx"), ("export", "qdpx"), ("export", "brief")):
        code, out, err = run(capsys, *argv, "--db", db, "--out", db)
        refused_in_one_line(code, out, err, db)
        assert db.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == listing
    earlier = tmp_path / "export.xlsx"
    assert run(capsys, "export", "xlsx", "--db", db, "--out", earlier)[0] == 0  # last week's export
    code, _, err = run(capsys, "export", "xlsx", "--db", db, "--out", earlier)
    assert code == 0 and earlier.read_bytes().startswith(b"PK"), err  # an earlier export: replaced


def test_an_export_never_replaces_a_bundle_team_file_or_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped --out must not cost an unsent bundle, the team file or the team key: each is known by
    its content (renamed by a messaging app, it still is one), and every export refuses it in one line."""
    team = make_team(tmp_path)
    try:
        laptop, centre = team.devices[0].path, team.centre.path
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        bundle = tmp_path / "unsent.xlsx"
        export_bundle(team.devices[0], tmp_path / "b.majlis")
        (tmp_path / "b.majlis").rename(bundle)
        update = tmp_path / "update.qdc"
        write_team_update(team.centre, update)
        protected = tmp_path / "protected.key"
        write_protected_identity_file(protected, team.identities, "key passphrase")
        keepers = [bundle, update, team.team_file, team.identity_file, protected]
    finally:
        team.close()
    before = {path: path.read_bytes() for path in keepers}
    for target in keepers:
        for argv, db in ((("export", "xlsx"), laptop), (("export", "qdc"), centre), (("export", "qdpx"), laptop),
                         (("export", "brief"), centre)):
            code, out, err = run(capsys, *argv, "--db", db, "--out", target)
            refused_in_one_line(code, out, err, target)
            assert "team key" in err, err
    assert {path: path.read_bytes() for path in keepers} == before
    workbook = tmp_path / "last-week.xlsx"  # an earlier export, itself a ZIP: still replaced
    assert run(capsys, "export", "xlsx", "--db", laptop, "--out", workbook)[0] == 0
    assert run(capsys, "export", "xlsx", "--db", laptop, "--out", workbook)[0] == 0
