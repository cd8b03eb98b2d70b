"""The mark a restore leaves in a centre's database (``published_forms.RESTORED_UNHEARD``): the consent form
editor asks before Publish while it is there (tests/ui/test_restored_centre_asks_before_publishing.py).
Set by the restore the CLI and the app both use (``restore_whole.restore_and_carry``), at a centre only;
kept while no device's bundle naming the forms its laptop holds is applied (a bundle held from a device not
on the roster tells nothing until approved; one naming none, as an older Majlis writes, tells nothing either);
gone once one is, whether imported or approved. Real SQLCipher stores, real bundles."""

from __future__ import annotations

from pathlib import Path

from desktop.core import published_forms
from desktop.core.backups import backup
from desktop.core.db import Store, open_store
from desktop.core.restore_whole import restore_and_carry
from desktop.sync.importer import import_files
from desktop.sync.roster import approve, pending
from desktop.sync.team import apply_team_update, join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team, session_bundle, team_told_a_form_and_a_code


def _marked(store: Store) -> bool:
    with store.session() as s:
        return published_forms.restored_unheard(s)


def test_the_mark_stays_while_no_bundle_is_applied_and_goes_with_the_first(tmp_path: Path) -> None:
    team = team_told_a_form_and_a_code(tmp_path)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    laptop_bundle = session_bundle(team.devices[0], tmp_path / "laptop.majlis", "Roundtable Basra")
    stranger = fresh_store(tmp_path / "stranger.db", PASSPHRASE, "Mosul laptop")
    join_team(stranger, team.team_file)
    apply_team_update(stranger, tmp_path / "u1.majlis")  # it holds the team's form, as laptops do
    stranger_bundle = session_bundle(stranger, tmp_path / "stranger.majlis", "Roundtable Mosul")
    stranger.close()
    assert not _marked(team.centre)  # never restored
    team.close()

    restore_and_carry(kept, team.centre.path, PASSPHRASE)
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        assert _marked(centre)
        [held] = import_files(centre, [stranger_bundle], team.identities)
        assert held.status == "held" and _marked(centre)  # nothing applied: the mark stays
        [outcome] = import_files(centre, [laptop_bundle], team.identities)
        assert outcome.status == "imported" and not _marked(centre)

        # Restored again: the device's bundle held, then approved: applied, and the mark goes too.
        centre.close()
        restore_and_carry(kept, team.centre.path, PASSPHRASE)
        centre = open_store(team.centre.path, PASSPHRASE)
        [held] = import_files(centre, [stranger_bundle], team.identities)
        assert held.status == "held" and _marked(centre)
        [waiting] = pending(centre)
        approve(centre, waiting.id, team.identities)
        assert not _marked(centre)
    finally:
        centre.close()


def test_a_laptop_restored_is_not_marked(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    kept = backup(laptop.engine, laptop.path, PASSPHRASE)
    team.close()
    restore_and_carry(kept, laptop.path, PASSPHRASE)
    laptop = open_store(laptop.path, PASSPHRASE)
    try:
        assert not _marked(laptop)
    finally:
        laptop.close()


def test_a_bundle_naming_no_forms_leaves_the_mark(tmp_path: Path) -> None:
    """A laptop's bundle that names no form it holds (an older Majlis's, or the team has none yet) tells
    the centre nothing of the versions it lost: Publish still asks."""
    team = make_team(tmp_path, devices=1)
    kept = backup(team.centre.engine, team.centre.path, PASSPHRASE)
    laptop_bundle = session_bundle(team.devices[0], tmp_path / "laptop.majlis", "Roundtable Basra")
    team.close()
    restore_and_carry(kept, team.centre.path, PASSPHRASE)
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        [outcome] = import_files(centre, [laptop_bundle], team.identities)
        assert outcome.status == "imported" and _marked(centre)
    finally:
        centre.close()
