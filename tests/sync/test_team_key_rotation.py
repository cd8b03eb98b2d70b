"""A team key file lost on a USB stick opened every bundle the laptops sent from then on: the team had no
way to change its key. ``rotate_team_key`` makes a new age identity at the centre, kept beside the old ones
(bundles sent before still import), makes it the team's recipient (the extra recipients kept, the old
centre recipient dropped), and the next team update carries the recipients to the laptops, which encrypt
their next bundles to the new key only: the lost key opens none of them. A team update naming recipients
that are not age X25519 ones, or too many, is refused whole. Real SQLCipher stores, real age (pyrage; the
``age`` tool too when installed), real team updates and bundles."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core.models import Session
from desktop.sync import keys
from desktop.sync.errors import MalformedBundleError, NotCentreKeyError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_file
from desktop.sync.key_rotation import RECIPIENTS_MAX, rotate_team_key
from desktop.sync.team import (
    apply_team_update,
    current_team,
    join_team,
    team_identities,
    write_current_team_file,
    write_team_update,
)
from desktop.sync.team_file import read_team_file
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import forged_team_update


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def recipients(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.session() as s:
        made = current_team(s)
        assert made is not None
        return list(made.recipients)


def a_bundle(laptop, out: Path, title: str) -> Path:  # type: ignore[no-untyped-def]
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title=title))
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


def test_a_laptop_that_applied_the_update_encrypts_to_the_new_key_only(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    lost = team_identities(team.centre)  # the key on the lost stick
    assert len(lost) == 1
    before = a_bundle(laptop, folder / "before.majlis", "Before the key was lost")

    made = rotate_team_key(team.centre)

    kept = team_identities(team.centre)
    assert len(kept) == 2 and str(kept[0]) == str(lost[0])  # the old one kept, beside the new
    assert made.recipient == keys.recipient_of(kept[1])
    assert recipients(team.centre) == [made.recipient]  # the old centre recipient dropped
    assert apply_team_update(laptop, write_team_update(team.centre, folder / "u1.majlis").path).new_key
    assert recipients(laptop) == [made.recipient]

    after = a_bundle(laptop, folder / "after.majlis", "After the new key")
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(after.read_bytes(), lost)  # whoever found the stick reads nothing new
    assert pyrage.decrypt(after.read_bytes(), [kept[1]])
    # At the centre, both import: the bundle sent before the update and the one after.
    assert import_file(team.centre, before, kept).status == "imported"
    assert import_file(team.centre, after, kept).status == "imported"


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_agrees(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    old_key = folder / "old.key"
    keys.write_identity_file(old_key, team_identities(team.centre))
    rotate_team_key(team.centre)
    apply_team_update(laptop, write_team_update(team.centre, folder / "u1.majlis").path)
    after = a_bundle(laptop, folder / "after.majlis", "After the new key")
    new_key = folder / "new.key"
    keys.write_identity_file(new_key, team_identities(team.centre)[1:])
    assert subprocess.run(["age", "-d", "-i", str(old_key), str(after)], capture_output=True).returncode != 0
    assert subprocess.run(["age", "-d", "-i", str(new_key), str(after)], capture_output=True).returncode == 0


def test_the_extra_recipients_the_team_keeps_stay(tmp_path: Path) -> None:
    from desktop.sync.team import create_team
    from tests.conftest import PASSPHRASE
    from tests.stores import fresh_store

    other = keys.recipient_of(keys.generate_identity())  # another coordinator's own age key
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    try:
        create_team(centre, name="Basra", team_file=tmp_path / "t.majlis-team", extra_recipients=(other,))
        first = rotate_team_key(centre)
        assert recipients(centre) == [first.recipient, other]
        second = rotate_team_key(centre)  # again: neither earlier centre key is a recipient
        assert recipients(centre) == [second.recipient, other] and second.kept == 3
        write_current_team_file(centre, tmp_path / "again.majlis-team")  # a laptop joining from now on
        assert read_team_file(tmp_path / "again.majlis-team").recipients == (second.recipient, other)
    finally:
        centre.close()


def test_a_laptop_makes_no_team_key(team: Team) -> None:
    before = recipients(team.devices[0])
    with pytest.raises(NotCentreKeyError):
        rotate_team_key(team.devices[0])
    assert recipients(team.devices[0]) == before and team_identities(team.devices[0]) == []


def test_an_old_team_file_joined_again_keeps_the_new_key(team: Team) -> None:
    laptop = team.devices[0]
    made = rotate_team_key(team.centre)
    apply_team_update(laptop, write_team_update(team.centre, team.folder / "u1.majlis").path)
    join_team(laptop, team.team_file)  # the team file from before, still on the stick
    assert recipients(laptop) == [made.recipient]


@pytest.mark.parametrize("named", [
    ["age1notarecipient"],
    [],
    [keys.recipient_of(keys.generate_identity()) for _ in range(RECIPIENTS_MAX + 1)],
    ["AGE-SECRET-KEY-1" + "Q" * 58],
])
def test_an_update_naming_recipients_that_are_none_is_refused_whole(team: Team, named: list[str]) -> None:
    laptop = team.devices[0]
    before = recipients(laptop)
    with team.centre.transaction() as s:  # a centre that wrote what no Majlis writes
        made = current_team(s)
        assert made is not None
        made.recipients = named
    update = forged_team_update(team.centre, [], team.folder / "forged.majlis")
    with pytest.raises(MalformedBundleError):
        apply_team_update(laptop, update)
    assert recipients(laptop) == before
    with laptop.session() as s:
        applied = current_team(s)
        assert applied is not None and applied.update_sequence == 0
