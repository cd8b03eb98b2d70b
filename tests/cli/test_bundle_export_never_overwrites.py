"""`bundle export --out FILE` twice with the same FILE: the second run used to overwrite a bundle that
may not have been sent yet. Its changes were then gone from the USB stick while the laptop counted
them as exported, and the centre later saw a gap. Now an existing file is refused (exit 3, the
"exists" code), nothing is written, and the exported position stays; a folder gets a free name."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync import export
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.cli_run import run
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    laptop = made.devices[0]
    laptop.close()  # the laptop is driven through majlis-cli from here on
    yield made
    made.close()


def unsent(capsys: pytest.CaptureFixture[str], db: Path) -> int:
    code, out, _ = run(capsys, "status", "--db", db, "--json")
    assert code == 0
    return int(json.loads(out)["unsent_changes"])


def test_export_to_an_existing_file_is_refused_and_nothing_moves(team: Team, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = team.devices[0].path
    stick = tmp_path / "stick"
    stick.mkdir()
    today = stick / "today.majlis"
    assert run(capsys, "demo", "--db", db, "--sessions", "1", "--seed", "1")[0] == 0
    code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", today)
    assert code == 0 and "bundle written" in out, err
    first = today.read_bytes()
    assert run(capsys, "demo", "--db", db, "--sessions", "1", "--seed", "2")[0] == 0  # more work, not sent yet
    waiting = unsent(capsys, db)
    assert waiting > 0

    code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", today)
    assert code == 3, (code, out, err)
    assert out == "" and err.count("\n") == 1 and err.startswith("majlis-cli: ") and "Traceback" not in err
    assert str(today) in err and "nothing was written" in err
    assert today.read_bytes() == first  # the bundle not sent yet is still there, whole
    assert sorted(p.name for p in stick.iterdir()) == ["today.majlis"]  # no temporary file left either
    assert unsent(capsys, db) == waiting  # the exported position did not move

    code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", stick)  # a folder still works
    assert code == 0 and "bundle written" in out, err
    assert unsent(capsys, db) == 0
    bundles = sorted(stick.iterdir())
    assert len(bundles) == 2
    outcomes = import_files(team.centre, bundles, team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"], [o.message for o in outcomes]
    code, out, _ = run(capsys, "bundle", "status", "--db", team.centre.path, "--json")
    assert code == 0 and json.loads(out)["gaps"] == []  # the centre sees every change, no gap


def test_a_folder_gets_a_free_name_instead_of_overwriting(team: Team, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """--full twice into one folder makes the same range, so the same name: the second gets ' (2)'."""
    db = team.devices[0].path
    assert run(capsys, "demo", "--db", db, "--sessions", "1", "--seed", "1")[0] == 0
    outdir = tmp_path / "out"
    outdir.mkdir()
    assert run(capsys, "bundle", "export", "--db", db, "--out", outdir, "--full")[0] == 0
    (first,) = outdir.iterdir()
    before = first.read_bytes()
    code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", outdir, "--full")
    assert code == 0, err
    second = outdir / first.name.replace(".majlis", " (2).majlis")
    assert sorted(outdir.iterdir()) == sorted([first, second]) and str(second) in out
    assert first.read_bytes() == before
    outcomes = import_files(team.centre, [first, second], team.identities)
    assert [o.status for o in outcomes] == ["imported", "already_present"], [o.message for o in outcomes]


def test_split_export_again_to_the_same_file_is_refused(team: Team, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """More than one bundle carries: the command says 'run bundle export again … to a folder, or to
    another file name'. Running it again with the same file keeps the first part and says so."""
    db = team.devices[0].path
    assert run(capsys, "demo", "--db", db, "--sessions", "2", "--seed", "1")[0] == 0
    small = functools.partial(export_bundle, max_changes_bytes=20_000)  # the real writer, a smaller limit
    monkeypatch.setattr(export, "export_bundle", small)  # the command imports it when it runs
    part = tmp_path / "part.majlis"
    code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", part)
    assert code == 0 and "more changes wait" in out and "to a folder, or to another file name" in out, (out, err)
    first = part.read_bytes()
    waiting = unsent(capsys, db)
    assert waiting > 0
    code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", part)
    assert code == 3 and err.count("\n") == 1 and str(part) in err, (code, out, err)
    assert part.read_bytes() == first and unsent(capsys, db) == waiting
    rest = tmp_path / "rest"
    rest.mkdir()
    while unsent(capsys, db):
        code, out, err = run(capsys, "bundle", "export", "--db", db, "--out", rest)
        assert code == 0, err
    outcomes = import_files(team.centre, [part, *sorted(rest.iterdir())], team.identities)
    assert {o.status for o in outcomes} == {"imported"}, [o.message for o in outcomes]
    code, out, _ = run(capsys, "bundle", "status", "--db", team.centre.path, "--json")
    assert json.loads(out)["gaps"] == []
