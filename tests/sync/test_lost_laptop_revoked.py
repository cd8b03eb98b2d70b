"""A facilitator's laptop is stolen: the centre revokes it, and the facilitator carries on from a
backup restored onto a new laptop, signing with a new key the coordinator approves.

Real stores, real bundles through the real writer and importer, a real backup and restore: a bundle
signed with the revoked key is refused (the one the laptop posted before it was lost, and one forged
with the stolen key under another device id), what it sent before stays; the restored laptop is
refused too until it makes a new key; its bundles then wait for approval, and once approved carry
everything again (the posted bundle's changes included) under the same device id.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.models import Participant
from desktop.core.restore_whole import restore_and_carry
from desktop.sync import keys, revocations
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.new_key import new_signing_key
from desktop.sync.roster import approve, pending, roster
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture
from tests.trust_helpers import change, forge, laptop_key, participant_data

pytestmark = pytest.mark.usefixtures("cli_env")

team = team_copy_fixture(devices=1)


def _record(laptop: Store, code: str) -> None:
    with laptop.transaction() as s:
        s.add(Participant(code=code))


def _bundle(laptop: Store, out: Path) -> Path:
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


def _codes(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(s.execute(select(Participant.code)).scalars())


def _statuses(team: Team, *files: Path) -> list[tuple[str, str]]:
    return [(o.status, o.code) for o in import_files(team.centre, list(files), team.identities)]


def test_a_stolen_laptop_is_refused_and_its_restored_backup_comes_back_with_a_new_key(
        team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    device_id, old_key = laptop.device_id, keys.public_key_b64(laptop_key(laptop))
    _record(laptop, "BAS-FG01-P01")
    assert _statuses(team, _bundle(laptop, tmp_path / "b1.majlis")) == [("imported", "")]
    _record(laptop, "BAS-FG01-P02")
    posted = _bundle(laptop, tmp_path / "b2.majlis")  # on a USB stick in the post
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)  # the facilitator's last backup
    stolen_key = laptop_key(laptop)
    laptop.close()  # the laptop is gone

    done = revocations.revoke(team.centre, device_id[-8:])  # by the short id a roster line shows
    assert done.device_id == device_id and not done.already
    assert revocations.revoke(team.centre, device_id).already
    (entry,) = [e for e in roster(team.centre) if e.device_id == device_id]
    assert entry.revoked and entry.name == "field laptop 1"

    # The posted bundle, and one forged with the stolen key as another device: refused, never held.
    forged = forge(team, [change("participant", "insert", participant_data(code="BAS-FG09-P99"), device="f" * 32,
                                 seq=1)], device_id="f" * 32, key=stolen_key, out=tmp_path / "forged.majlis")
    outcomes = import_files(team.centre, [posted, forged], team.identities)
    assert [(o.status, o.code) for o in outcomes] == [("refused", "revoked_key")] * 2
    assert outcomes[0].device_name == "field laptop 1" and "revoked" in outcomes[0].message
    assert pending(team.centre) == [] and _codes(team.centre) == ["BAS-FG01-P01"]  # what it sent before stays

    # A new laptop: the backup restored (a path not there yet), still the lost laptop's key: refused.
    restore_and_carry(backup, tmp_path / "new-laptop.db", PASSPHRASE)
    restored = open_store(tmp_path / "new-laptop.db", PASSPHRASE)
    try:
        assert restored.device_id == device_id
        assert keys.same_public_key(keys.public_key_b64(laptop_key(restored)), old_key)
        _record(restored, "BAS-FG01-P03")
        assert _statuses(team, _bundle(restored, tmp_path / "b3.majlis")) == [("refused", "revoked_key")]

        # A new key: its bundles wait for approval (not refused as an impostor), carrying everything again.
        fingerprint = new_signing_key(restored)
        assert fingerprint == keys.key_fingerprint(keys.public_key_b64(laptop_key(restored)))
        again: list[Path] = []  # the old epoch's changes, then the new one's: a bundle each
        more = True
        while more:
            made = export_bundle(restored, tmp_path)
            assert made is not None
            again.append(made.path)
            more = made.more_pending
        assert _statuses(team, *again) == [("held", "held")] * 2
        (waiting,) = pending(team.centre)
        assert waiting.device_id == device_id and waiting.fingerprint == fingerprint
        approved = approve(team.centre, waiting.id)
        assert [o.status for o in approved.outcomes] == ["imported"] * 2
        assert approved.name == "field laptop 1"  # the centre's label kept
    finally:
        restored.close()
    assert _codes(team.centre) == ["BAS-FG01-P01", "BAS-FG01-P02", "BAS-FG01-P03"]
    (entry,) = [e for e in roster(team.centre) if e.device_id == device_id]
    assert not entry.revoked and entry.fingerprint == fingerprint
    # The revoked key stays refused, the device back on the roster or not.
    assert _statuses(team, posted) == [("refused", "revoked_key")]


def test_the_centre_and_a_device_not_on_the_roster_cannot_be_revoked(team: Team) -> None:
    with pytest.raises(revocations.OwnDeviceError):
        revocations.revoke(team.centre, team.centre.device_id)
    from desktop.core.errors import Missing

    with pytest.raises(Missing):
        revocations.revoke(team.centre, "0123abcd")
    assert not any(e.revoked for e in roster(team.centre))


def test_a_revoked_key_cannot_be_registered_again_but_a_new_one_can(team: Team) -> None:
    from desktop.sync.devices import DeviceKeyConflict, RevokedKeyConflict, preregister

    laptop = team.devices[0]
    old_key = keys.public_key_b64(laptop_key(laptop))
    revocations.revoke(team.centre, laptop.device_id)
    with pytest.raises(RevokedKeyConflict) as refused:  # its own type: the dialog and the CLI read that
        preregister(team.centre, laptop.device_id, old_key, "field laptop 1")
    assert isinstance(refused.value, DeviceKeyConflict)  # every handler of a key conflict still catches it
    new_signing_key(laptop)
    assert preregister(team.centre, laptop.device_id, keys.public_key_b64(laptop_key(laptop)), "") is False
    (entry,) = [e for e in roster(team.centre) if e.device_id == laptop.device_id]
    assert not entry.revoked


def test_the_cli_revokes_lists_refuses_in_one_line_and_makes_a_new_key(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    laptop = team.devices[0]
    _record(laptop, "BAS-FG01-P01")
    sent = _bundle(laptop, tmp_path / "b1.majlis")
    device_id, centre, field = laptop.device_id, team.centre.path, laptop.path
    old_key = keys.public_key_b64(laptop_key(laptop))
    team.close()
    assert run("device", "revoke", "--db", field, device_id)[0] != 0  # a laptop revokes nothing
    code, _, err = run("bundle", "import", "--db", centre, "--take-revoked", device_id, sent)
    assert code == 3 and "is not revoked" in err  # nothing to take: nothing imported
    code, out, err = run("device", "revoke", "--db", centre, device_id[-8:])
    assert code == 0, err
    assert f"field laptop 1 ({device_id[-8:]})" in out and "revoked" in out and "device new-key" in out
    assert "[revoked]" in run("device", "list", "--db", centre)[1]
    code, _, err = run("device", "register", "--db", centre, "--id", device_id, "--key", old_key)
    assert code == 1 and "[impostor_device] this key was revoked" in err and "device new-key" in err
    assert len(err.splitlines()) == 1, err
    (listed,) = [e for e in json.loads(run("device", "list", "--db", centre, "--json")[1]) if e["device_id"] == device_id]
    assert listed["revoked"] is True
    code, out, err = run("bundle", "import", "--db", centre, sent)
    assert code == 1 and len(err.splitlines()) == 1 and err.startswith(f"refused {sent}: [revoked_key] "), err
    assert err.rstrip().endswith("--take-revoked ID)")
    assert run("device", "revoke", "--db", centre, "nosuchid")[0] == 3
    code, _, err = run("device", "revoke", "--db", centre, team.centre.device_id)
    assert code != 0 and "[own_device]" in err
    assert run("device", "new-key", "--db", centre)[0] == 1  # the centre sends no bundles (frozen_checks too)
    code, out, _ = run("device", "new-key", "--db", field)
    assert code == 0 and "new key fingerprint: " in out and "approve" in out


def test_a_posted_bundle_is_taken_by_name_and_nothing_else_signed_with_the_revoked_key(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The bundle the laptop wrote before it was lost, posted on a USB stick: refused like any other,
    then taken when the coordinator names it with ``--take-revoked``, even once the device signs with a
    new key; a bundle forged with the stolen key under another device id is refused all the same."""
    laptop = team.devices[0]
    device_id, stolen_key = laptop.device_id, laptop_key(laptop)
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)  # before the work on the stick
    _record(laptop, "BAS-FG01-P01")
    posted = _bundle(laptop, tmp_path / "posted.majlis")
    laptop.close()
    revocations.revoke(team.centre, device_id)
    forged = forge(team, [change("participant", "insert", participant_data(code="BAS-FG09-P99"), device="f" * 32,
                                 seq=1)], device_id="f" * 32, key=stolen_key, out=tmp_path / "forged.majlis")
    restore_and_carry(backup, tmp_path / "new-laptop.db", PASSPHRASE)
    restored = open_store(tmp_path / "new-laptop.db", PASSPHRASE)
    try:
        new_signing_key(restored)  # the facilitator's new key, approved before the stick arrives
        _record(restored, "BAS-FG01-P02")
        more = True
        while more:
            made = export_bundle(restored, tmp_path)
            assert made is not None
            import_files(team.centre, [made.path], team.identities)
            more = made.more_pending
    finally:
        restored.close()
    approve(team.centre, pending(team.centre)[0].id)
    assert _statuses(team, posted) == [("refused", "revoked_key")]
    centre = team.centre.path
    team.close()
    code = main(["bundle", "import", "--db", str(centre), "--take-revoked", device_id[-8:], str(posted), str(forged)])
    out, err = capsys.readouterr()
    assert code == 1 and f"imported {posted}" in out, (out, err)
    assert err.splitlines() == [err.splitlines()[0]] and err.startswith(f"refused {forged}: [revoked_key] ")
    code = main(["bundle", "import", "--db", str(centre), "--take-revoked", "0123abcd", str(posted)])
    assert code == 3 and "no device 0123abcd on the roster" in capsys.readouterr().err
    reopened = open_store(centre, PASSPHRASE)
    try:
        assert _codes(reopened) == ["BAS-FG01-P01", "BAS-FG01-P02"]
        (entry,) = [e for e in roster(reopened) if e.device_id == device_id]
        assert not entry.revoked  # taking a file changes nothing on the roster
    finally:
        reopened.close()
