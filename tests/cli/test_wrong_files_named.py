"""A file given in the place of another is named as what it is, as `--db` names a bundle or a PDF:
`bundle import --identity-file` given the team file said `[bad_key_file] The key file is not text.`,
and `team join` given a bundle of changes said `[not_a_team_file] This is not a Majlis team file.`
Both are files a coordinator keeps side by side with the right one (desktop/sync/sniff.py kind_of)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team

pytestmark = pytest.mark.usefixtures("env_passphrase")

TEAM_FILE_AS_KEY = (
    "majlis-cli: [bad_key_file] This is the team file, not an age identity file: the team file holds no key. "
    "The team's key is kept in the centre's database (majlis-cli team key export writes it to a file).\n")
BUNDLE_AS_TEAM_FILE = (
    "majlis-cli: [not_a_team_file] This is a bundle of changes, not the team file: bundles are imported at the "
    "centre (Import bundles…, majlis-cli bundle import). Join the team with the team file (it ends in "
    ".majlis-team).\n")
KEY_AS_TEAM_FILE = (
    "majlis-cli: [not_a_team_file] This is the team's key file, not the team file: keep it private (it opens "
    "every bundle). Join the team with the team file (it ends in .majlis-team).\n")


@pytest.fixture
def bundle(laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "basra.majlis"
    code, _out, err = run(capsys, "bundle", "export", "--db", tmp_path / "field0.db", "--out", out)
    assert code == 0, err
    return out


def test_the_team_file_given_as_the_identity_file_is_named_as_the_team_file(
        laptop_team: Team, bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = tmp_path / "centre.db"
    assert run(capsys, "bundle", "import", "--db", centre, "--identity-file", laptop_team.team_file, bundle) == (
        1, "", TEAM_FILE_AS_KEY)
    # Nothing was imported: the same bundle with the team's key is held for approval as usual.
    code, out, err = run(capsys, "device", "pending", "--db", centre, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_a_bundle_or_the_key_given_to_team_join_is_named_as_such(
        laptop_team: Team, bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "new.db"
    fresh_store(laptop, PASSPHRASE, "Basra laptop 3").close()
    assert run(capsys, "team", "join", "--db", laptop, "--team-file", bundle) == (1, "", BUNDLE_AS_TEAM_FILE)
    assert run(capsys, "team", "join", "--db", laptop, "--team-file", laptop_team.identity_file) == (
        1, "", KEY_AS_TEAM_FILE)
    protected = tmp_path / "team-key.age"
    (tmp_path / "key-passphrase.txt").write_text("another passphrase\n", encoding="utf-8")
    code, _out, err = run(capsys, "team", "key", "export", "--db", tmp_path / "centre.db", "--out", protected,
                          "--key-passphrase-file", tmp_path / "key-passphrase.txt")
    assert code == 0, err
    assert run(capsys, "team", "join", "--db", laptop, "--team-file", protected) == (1, "", KEY_AS_TEAM_FILE)
    code, out, err = run(capsys, "status", "--db", laptop, "--json")
    assert code == 0 and json.loads(out)["team"] is None  # nothing was joined
