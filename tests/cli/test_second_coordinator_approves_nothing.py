"""A second coordinator's laptop merges bundles with the team key file, but laptops are approved at the
centre (the Sync page there hides its roster panel and says so). On the command line ``device approve``
and ``device reject`` ran there all the same: the laptop put a device on its own roster that the centre
never approved (and merged what it sent), or refused a key for ever that the centre would name later;
and ``bundle import`` told it to "approve or reject" a held bundle. Both are now refused in one line
(``[not_centre]``, exit 1, nothing changed), and the held line says the bundle waits there until a team
update from the centre names its device. Real SQLCipher stores, a real team, real bundles through the
real writer, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team, write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import full_digest, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _held_at_the_second_coordinator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A team whose centre named field0.db a coordinator (a team update applied there), and a bundle of
    a laptop that joined but is on no roster yet, imported at field0.db with the team key file: held."""
    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    try:
        update = write_team_update(team.centre, tmp_path / "u1.majlis").path
        newcomer = fresh_store(tmp_path / "newcomer.db", PASSPHRASE, "new laptop")
        try:
            join_team(newcomer, team.team_file)
            with newcomer.transaction() as s:
                s.add(Participant(code="ERB-P01"))
            made = export_bundle(newcomer, tmp_path / "newcomer.majlis")
            assert made is not None
        finally:
            newcomer.close()
        identity = team.identity_file
    finally:
        team.close()
    code, out, err = run(capsys, "team", "update", "import", "--db", tmp_path / "field0.db", update)
    assert code == 0 and "now a coordinator" in out, (code, out, err)
    code, out, err = run(capsys, "bundle", "import", "--db", tmp_path / "field0.db", "--identity-file", identity,
                         made.path)
    assert code == 1 and "1 held for approval" in out, (code, out, err)
    assert "approve or reject" not in err
    assert ("is not on the centre's roster yet; it waits here until a team update from the centre names it "
            "(laptops are approved at the centre)") in err, err
    return tmp_path / "field0.db"


@pytest.mark.parametrize(("action", "what", "nothing"), [
    ("approve", "laptops are approved at the centre", "nothing was changed"),
    ("reject", "laptops are approved or rejected at the centre", "nothing was changed"),
])
def test_a_second_coordinator_neither_approves_nor_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           action: str, what: str, nothing: str) -> None:
    second = _held_at_the_second_coordinator(tmp_path, capsys)
    code, out, err = run(capsys, "device", "pending", "--db", second)  # what waits may still be seen
    assert code == 0 and "new laptop" in out, (code, out, err)
    store = open_store(second, PASSPHRASE)
    try:
        before = full_digest(store)
    finally:
        store.close()
    code, out, err = run(capsys, "device", action, "--db", second, "1")
    assert (code, out) == (1, ""), (code, out, err)
    assert err == (f"majlis-cli: [not_centre] this database is a laptop of the team, not its centre, and {what}: "
                   f"run it on the coordinator's database (the one that ran majlis-cli team create); {nothing}\n")
    store = open_store(second, PASSPHRASE)
    try:
        assert full_digest(store) == before
        with store.session() as s:
            assert s.execute(select(Participant.code)).scalars().all() == []
    finally:
        store.close()
    # At the centre the same commands run (its own pending list is empty: nothing was sent to it).
    code, out, err = run(capsys, "device", action, "--db", tmp_path / "centre.db", "1")
    assert code == 3 and "no device waits" in err, (code, out, err)


def test_the_centre_is_named_on_a_laptops_roster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``device list`` on a laptop the centre's team update reached listed the centre as
    ``1a2b3c4d (no name yet)`` (a label never travels in a team update), a coordinator among the others;
    the Sync page and ``bundle status`` name it the centre. Now ``device list`` does too."""
    import json

    second = _held_at_the_second_coordinator(tmp_path, capsys)
    code, out, err = run(capsys, "status", "--db", tmp_path / "centre.db", "--json")
    centre_id = json.loads(out)["device_id"]
    code, out, err = run(capsys, "device", "list", "--db", second)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("field laptop 1 (") and "[this device]" in lines[0], out
    assert f"the centre ({centre_id[-8:]})\tcoordinator\tfingerprint " in out, out
    assert "no name yet" not in out
    code, out, err = run(capsys, "device", "list", "--db", second, "--json")
    assert [d["device_id"] for d in json.loads(out) if d["is_centre"]] == [centre_id]
    code, out, err = run(capsys, "device", "list", "--db", tmp_path / "centre.db", "--json")  # at the centre
    assert [d["is_self"] for d in json.loads(out) if d["is_centre"]] == [True]
