"""`majlis-cli restore` of a centre's backup made before `team key rotate`: the new key, made after the
backup, lives inside the database replaced. Without it no laptop's next bundle opened at the centre (they
encrypt to the new key once a team update told them) and the import said only "not encrypted for any of the
team keys loaded here". The restore keeps it (one line says so) and `bundle import` opens the laptop's bundle
with the key the database holds. Real SQLCipher stores, a real rotation, backup and restore, real bundles."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.backups import backup
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import apply_team_update, write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team, session_bundle

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_restored_centre_keeps_the_team_key_made_after_its_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    rotate_team_key(team.centre)
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    bundle = session_bundle(team.devices[0], tmp_path / "after-the-new-key.majlis", "Roundtable Basra")
    team.close()

    code, out, err = run(capsys, "restore", "--db", team.centre.path, "--from", kept)
    assert code == 0 and err == "", err
    assert ("1 team key made after this backup (team key rotate) kept in the restored database, with the team's "
            "recipients: the laptops' bundles encrypted to it open here") in out

    code, out, err = run(capsys, "bundle", "import", "--db", team.centre.path, bundle)
    assert code == 0, err
    assert f"imported {bundle}: " in out and "1 of 1 bundle imported or already present" in out, out


def test_a_key_the_restore_could_not_carry_is_said_at_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The passphrase changed after the backup: the database replaced does not open with the backup's, so the
    new key stays in it. The import does not say "wrong team key" but what most likely happened, in one line."""
    from desktop.core import db_rekey

    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    rotate_team_key(team.centre)
    db_rekey.rekey(team.centre, "a new passphrase 2026")
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session_bundle(team.devices[0], stick, "Roundtable Basra")
    team.close()
    code, out, err = run(capsys, "restore", "--db", team.centre.path, "--from", kept)
    assert code == 0 and "team key" not in out, out

    code, out, err = run(capsys, "bundle", "import", "--db", team.centre.path, bundle)

    assert code == 1
    assert err.startswith(f"refused {bundle}: [newer_team_key] No team key used here opens this bundle, though its "
                          "file name says it comes from this team: it was probably encrypted to a newer team key "
                          "(New team key…)"), err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_laptop_refuses_the_restored_centres_update_naming_the_lost_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The restored centre (its new key not carried: the passphrase changed after the backup) publishes a team
    update naming the key whose file was lost: `team update import` on the laptop refuses it in one line."""
    from desktop.core import db_rekey
    from desktop.core.db import open_store
    from desktop.sync.team import current_team

    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    made = rotate_team_key(team.centre)
    db_rekey.rekey(team.centre, "a new passphrase 2026")
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    team.close()
    assert run(capsys, "restore", "--db", team.centre.path, "--from", kept)[0] == 0
    code, _out, err = run(capsys, "team", "update", "export", "--db", team.centre.path, "--out",
                          tmp_path / "u-restored.majlis")
    assert code == 0, err

    code, out, err = run(capsys, "team", "update", "import", "--db", team.devices[0].path, tmp_path / "u-restored.majlis")

    assert code == 1 and out == "", out
    assert "[replaced_team_key] This team update names a team key that the centre replaced with a new one" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    laptop = open_store(team.devices[0].path, PASSPHRASE)
    try:
        with laptop.session() as s:
            joined = current_team(s)
            assert joined is not None and list(joined.recipients) == [made.recipient]
    finally:
        laptop.close()
