"""A bundle whose copy to the USB stick was interrupted before any of it was written: Windows sets a
copy's length first, so the stick pulled out early leaves a file of the bundle's name and size holding
only zero bytes. It was refused as "not a Majlis bundle (it is not an age-encrypted file)", as if the
laptop had sent the wrong file; it is the bundle, damaged on the way, to be sent again."""

from __future__ import annotations

from pathlib import Path

from desktop.sync import errors
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, full_digest
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=0)


def test_a_bundle_of_zero_bytes_is_said_to_be_damaged_and_changes_nothing(team: Team, tmp_path: Path) -> None:
    zeroed = tmp_path / "laptop-3.majlis"
    zeroed.write_bytes(bytes(300_000))
    short = tmp_path / "laptop-4.majlis"
    short.write_bytes(bytes(100))  # shorter than what is looked at first
    before = full_digest(team.centre)
    outcomes = import_files(team.centre, [zeroed, short], team.identities)
    assert [(o.status, o.code) for o in outcomes] == [("refused", "corrupted")] * 2, outcomes
    assert outcomes[0].message == errors.CorruptedBundleError.default_message
    assert full_digest(team.centre) == before
