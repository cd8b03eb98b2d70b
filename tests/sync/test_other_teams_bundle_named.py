"""A bundle of another team, given to this centre, is said to be another team's.

A coordinator of two organisations' studies (or a stick passed between two centres) imports a laptop's
bundle made for the other team: age cannot open it, and the centre said "not encrypted for any of the
team keys loaded here (wrong team key, or a damaged file header)", which sent the coordinator looking
for a key they never had. The bundle's file name, as Majlis makes it, names its team: where that is
another team's, the line says so. Only a hint: a renamed file keeps the general line, one named for this team
says it was likely sent to a newer team key than those held here, and nothing is written either way.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.models import Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import current_team
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, full_digest, make_team


@pytest.fixture
def two_teams(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "ours").mkdir()
    (tmp_path / "theirs").mkdir()
    ours = make_team(tmp_path / "ours", devices=0)
    theirs = make_team(tmp_path / "theirs", devices=1, name="Another organisation")
    yield ours, theirs
    ours.close()
    theirs.close()


def their_bundle(theirs: Team, folder: Path) -> Path:
    """The other team's laptop records a roundtable and exports it into ``folder`` (the stick): Majlis
    names the file."""
    folder.mkdir(exist_ok=True)
    with theirs.devices[0].transaction() as s:
        s.add(Session(kind="roundtable", title="Mosul roundtable"))
    made = export_bundle(theirs.devices[0], folder)
    assert made is not None and made.path.name.startswith("majlis-")
    return made.path


def test_another_teams_bundle_said_to_be_another_teams(two_teams, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ours, theirs = two_teams
    bundle = their_bundle(theirs, tmp_path / "stick")
    copy = bundle.with_name(f"{bundle.stem} (2).majlis")  # a second copy on the stick
    shutil.copy(bundle, copy)
    before = full_digest(ours.centre)
    outcomes = import_files(ours.centre, [bundle, copy], ours.identities)
    assert [(o.status, o.code) for o in outcomes] == [("refused", "other_team_bundle")] * 2
    assert full_digest(ours.centre) == before


def test_a_renamed_file_keeps_the_general_line_one_named_for_this_team_a_newer_key(two_teams, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ours, theirs = two_teams
    bundle = their_bundle(theirs, tmp_path / "stick")
    renamed = bundle.with_name("mosul.majlis")
    shutil.copy(bundle, renamed)
    parts = bundle.name.split("-")
    with ours.centre.session() as s:
        team = current_team(s)
        assert team is not None
        ours_slug = team.id.replace("-", "")[-8:]
    named_ours = bundle.with_name("-".join([parts[0], ours_slug, *parts[2:]]))
    shutil.copy(bundle, named_ours)
    outcomes = import_files(ours.centre, [renamed, named_ours], ours.identities)
    # Named for this team: most likely sent to a newer team key than those held here (a centre restored from
    # a backup made before New team key…, tests/sync/test_restored_centre_team_key.py), said as such.
    assert [(o.status, o.code) for o in outcomes] == [("refused", "wrong_identity"), ("refused", "newer_team_key")]


def test_bundle_import_says_it_in_one_line(two_teams, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                           capsys: pytest.CaptureFixture[str]) -> None:
    ours, theirs = two_teams
    bundle = their_bundle(theirs, tmp_path / "stick")
    centre_path = ours.centre.path
    ours.centre.close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code = main(["bundle", "import", "--db", str(centre_path), "--identity-file", str(ours.identity_file), str(bundle)])
    out, err = capsys.readouterr()
    refusal = [line for line in (out + err).splitlines() if bundle.name in line]
    assert code != 0
    assert len(refusal) == 1 and "comes from another team" in refusal[0], out + err
    assert "Traceback" not in out + err
