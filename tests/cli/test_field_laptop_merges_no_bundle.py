"""``majlis-cli bundle import`` on a FIELD laptop given the team key file (``--identity-file``)
imported another laptop's bundle, while the laptop's Sync page refuses every bundle there
(``not_merged_here``: bundles are merged at the centre, or on a laptop the centre names a
coordinator). The CLI now refuses the same way: one line per bundle, the same code, exit 1, nothing
imported; the team updates given with them are still applied, as the page applies them, and without
the key file a stick of team updates was refused whole (``no team key``) instead. Real SQLCipher
stores, real bundles and team updates, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync.errors import NotMergedHereError
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.sync_helpers import Team, full_digest, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

REFUSED = f"[not_merged_here] {NotMergedHereError.default_message}"


def other_laptops_bundle(team: Team, out: Path) -> Path:
    with team.devices[1].transaction() as s:
        s.add(Participant(code="BAS-P21"))
    made = export_bundle(team.devices[1], out)
    assert made is not None
    return made.path


@pytest.mark.parametrize("key", [True, False])
def test_a_field_laptop_refuses_every_bundle_given(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   key: bool) -> None:
    team = make_team(tmp_path, devices=2)
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        bundle = other_laptops_bundle(team, tmp_path / "laptop 2.majlis")
        in_folder = other_laptops_bundle(team, stick / "laptop 2b.majlis")
        field = team.devices[0]
        db = field.path
        before = full_digest(field)
    finally:
        team.close()
    flags = ("--identity-file", str(team.identity_file)) if key else ()
    code, out, err = run(capsys, "bundle", "import", "--db", db, *flags, bundle, stick)
    assert code == 1, (out, err)
    assert err.splitlines() == [f"refused {bundle}: {REFUSED}", f"refused {in_folder}: {REFUSED}"], err
    assert out == "0 of 2 bundles imported or already present; 0 held for approval; 2 refused\n", out
    from desktop.core.db import open_store
    from tests.conftest import PASSPHRASE

    store = open_store(db, PASSPHRASE)
    try:
        assert full_digest(store) == before  # nothing imported
    finally:
        store.close()


def test_a_field_laptop_applies_the_team_update_beside_the_bundle(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=2)
    try:
        bundle = other_laptops_bundle(team, tmp_path / "laptop 2.majlis")
        update = write_team_update(team.centre, tmp_path / "update.majlis").path
        db = team.devices[0].path
    finally:
        team.close()
    code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", team.identity_file,
                         bundle, update)
    assert code == 1, (out, err)
    assert out.startswith(f"applied {update}: team update 1 ("), out
    assert out.endswith("0 of 1 bundle imported or already present; 0 held for approval; 1 refused\n"), out
    assert err == f"refused {bundle}: {REFUSED}\n", err


def test_a_coordinators_laptop_still_merges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The laptop the centre's roster names a coordinator (told by a team update) imports the bundle."""
    team = make_team(tmp_path, devices=2, roles=("coordinator", "field"))
    try:
        update = write_team_update(team.centre, tmp_path / "update.majlis").path
        bundle = other_laptops_bundle(team, tmp_path / "laptop 2.majlis")
        db = team.devices[0].path
    finally:
        team.close()
    code, out, err = run(capsys, "bundle", "import", "--db", db, "--identity-file", team.identity_file,
                         update, bundle)
    assert code == 0, (out, err)
    assert f"imported {bundle}: device field laptop 2 (" in out, out
