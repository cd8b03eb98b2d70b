"""A centre restored from a backup made before New team key (``team key rotate``) lost the new key: it lives
inside the database. The laptops had the new recipients from a team update and encrypted their next bundles to
them only, so none opened at the centre (``wrong_identity``, nothing saying why), and the centre's next team
update named the old recipients again: the laptops went back to the key whose file was lost. The restore the
CLI and the app share (``restore_whole.restore_and_carry``) now carries the keys made after the backup from the
database it replaces, with the team's recipients. Real SQLCipher stores, real rotation, real backups and
restores, real age bundles and team updates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core import db_rekey
from desktop.core.backups import backup
from desktop.core.db import open_store
from desktop.core.restore_whole import restore_and_carry
from desktop.sync import keys
from desktop.sync.errors import ReplacedTeamKeyError
from desktop.sync.importer import import_files
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.team import apply_team_update, team_identities, write_team_update
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, full_digest, make_team, session_bundle, team_recipients
from tests.team_copies import TeamTemplate, copy_team, team_template


def _rotated_after_a_backup(tmp_path: Path) -> tuple[Team, Path, Path, str]:
    """A team whose centre was backed up, then made a new team key and told its laptop in a team update; the
    laptop's next bundle (encrypted to the new key only); the backup; the new recipient."""
    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    made = rotate_team_key(team.centre)
    apply_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "u1.majlis").path)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = session_bundle(team.devices[0], stick, "Roundtable Basra")  # named by Majlis: team, device, numbers
    return team, kept, bundle, made.recipient


Rotated = tuple[TeamTemplate, dict[str, Any]]


@pytest.fixture(scope="module")
def rotated(tmp_path_factory: pytest.TempPathFactory) -> Rotated:
    """``_rotated_after_a_backup`` made once per module (a backup, a new team key, an update and a bundle:
    seconds of CPU); each test takes a copy of its files (tests/team_copies.py)."""
    made: dict[str, Any] = {}

    def build(folder: Path) -> Team:
        team, kept, bundle, new = _rotated_after_a_backup(folder)
        made.update(kept=kept.relative_to(folder), bundle=bundle.relative_to(folder), new=new)
        return team

    return team_template(tmp_path_factory, build), made


def _rotated_copy(rotated: Rotated, tmp_path: Path) -> tuple[Team, Path, Path, str]:
    """What ``_rotated_after_a_backup(tmp_path)`` gives, as a copy of the module's."""
    template, made = rotated
    return copy_team(template, tmp_path), tmp_path / made["kept"], tmp_path / made["bundle"], made["new"]


def test_a_centre_restored_from_before_a_new_team_key_keeps_it(rotated: Rotated, tmp_path: Path) -> None:
    team, kept, bundle, new = _rotated_copy(rotated, tmp_path)
    lost = str(team_identities(team.centre)[0])  # the key whose file was lost
    team.close()

    whole = restore_and_carry(kept, team.centre.path, PASSPHRASE)

    assert whole.team_keys == 1
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        held = team_identities(centre)
        assert [str(i) for i in held][0] == lost and len(held) == 2  # the old one for bundles sent before
        assert keys.recipient_of(held[1]) == new
        assert team_recipients(centre) == [new]  # what the laptops were last told, not the lost key
        [outcome] = import_files(centre, [bundle], held)  # the laptop's bundle opens
        assert outcome.status == "imported", outcome.message
        # The centre's next team update names the new key: a laptop applying it stays on it.
        laptop = open_store(team.devices[0].path, PASSPHRASE)
        try:
            apply_team_update(laptop, write_team_update(centre, tmp_path / "u-after-restore.majlis").path)
            assert team_recipients(laptop) == [new]
        finally:
            laptop.close()
    finally:
        centre.close()


def test_a_restore_carries_no_key_when_none_was_made_since(tmp_path: Path) -> None:
    """Restored from a backup newer than the database (or no new key since): nothing changes."""
    team = make_team(tmp_path, devices=1)
    rotate_team_key(team.centre)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    before = (team_identities(team.centre), team_recipients(team.centre))
    team.close()

    assert restore_and_carry(kept, team.centre.path, PASSPHRASE).team_keys == 0
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        assert ([str(i) for i in team_identities(centre)], team_recipients(centre)) == (
            [str(i) for i in before[0]], before[1])
    finally:
        centre.close()


def test_a_laptop_restored_carries_no_key(rotated: Rotated, tmp_path: Path) -> None:
    team, _kept, _bundle, new = _rotated_copy(rotated, tmp_path)
    laptop = team.devices[0]
    laptop_backup = backup(laptop.engine, laptop.path, PASSPHRASE)
    team.close()
    whole = restore_and_carry(laptop_backup, laptop.path, PASSPHRASE)
    assert whole.team_keys == 0
    restored = open_store(laptop.path, PASSPHRASE)
    try:
        assert team_identities(restored) == [] and team_recipients(restored) == [new]
    finally:
        restored.close()


def test_nothing_is_carried_from_a_database_the_passphrase_no_longer_opens(rotated: Rotated, tmp_path: Path) -> None:
    """The passphrase changed after the backup: the database replaced does not open with the backup's, so
    its keys stay there: the import's line says the bundle was likely sent to a newer team key."""
    team, kept, bundle, _new = _rotated_copy(rotated, tmp_path)
    db_rekey.rekey(team.centre, "a new passphrase 2026")
    team.close()
    assert restore_and_carry(kept, team.centre.path, PASSPHRASE).team_keys == 0
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        before = full_digest(centre)
        [outcome] = import_files(centre, [bundle], team_identities(centre))
        # Not "wrong team key": the file is this team's, sent to a newer key than those the database holds.
        assert (outcome.status, outcome.code) == ("refused", "newer_team_key")
        assert "newer team key (New team key…)" in outcome.message
        assert full_digest(centre) == before
    finally:
        centre.close()


def test_a_laptop_never_goes_back_to_the_key_the_centre_replaced(rotated: Rotated, tmp_path: Path) -> None:
    """The restore could not carry the new key (the passphrase changed after the backup): the restored centre's
    team is back on the key whose file was lost, and its next team update named it. Applied, the laptop's next
    bundles were encrypted to the lost key again. The laptop refuses it whole (nothing changed, still on the new
    key) until the centre makes a new team key, whose update it applies."""
    team, kept, _bundle, new = _rotated_copy(rotated, tmp_path)
    db_rekey.rekey(team.centre, "a new passphrase 2026")
    team.close()
    restore_and_carry(kept, team.centre.path, PASSPHRASE)
    centre = open_store(team.centre.path, PASSPHRASE)
    laptop = open_store(team.devices[0].path, PASSPHRASE)
    try:
        assert team_recipients(centre) != [new]  # the lost key's recipient, as the backup had it
        before = full_digest(laptop)
        with pytest.raises(ReplacedTeamKeyError):
            apply_team_update(laptop, write_team_update(centre, tmp_path / "u-restored.majlis").path)
        assert team_recipients(laptop) == [new] and full_digest(laptop) == before

        again = rotate_team_key(centre)  # what the refusal tells the coordinator to do
        applied = apply_team_update(laptop, write_team_update(centre, tmp_path / "u-new-key.majlis").path)
        assert applied.new_key and team_recipients(laptop) == [again.recipient]
    finally:
        laptop.close()
        centre.close()
