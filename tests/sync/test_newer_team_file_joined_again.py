"""A team file says which team update it follows (``after_update``: the epoch and sequence of the latest
update the centre had written, signed with the rest), and a laptop joining its team again takes the file's
recipients when the file is not older than the last update it applied (hp13's review finding 2: it kept its
recipients whenever any update was applied, so the team file written AFTER `team key rotate` left its next
bundles encrypted to the key on the lost stick). An older file keeps the laptop's recipients, as does a file
of the same update written before a newer one it joined with, and a file without the field after any update
(today's behaviour); a file whose ``after_update`` is not two whole numbers is refused (``malformed``)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.core.models import Team as TeamRow
from desktop.sync import keys
from desktop.sync.errors import MalformedBundleError
from desktop.sync.export import export_bundle
from desktop.sync.key_rotation import rotate_team_key
from desktop.sync.manifest import canonical_json
from desktop.sync.safe_zip import build_zip
from desktop.sync.team import (
    apply_team_update,
    current_team,
    join_team,
    team_identities,
    write_current_team_file,
    write_team_update,
)
from desktop.sync.team_file import make_team_file, read_team_file
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def test_a_team_file_written_after_the_new_key_joined_again_brings_it(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    lost = team_identities(team.centre)  # the key file on the lost stick
    apply_team_update(laptop, write_team_update(team.centre, folder / "u1.majlis").path)  # before the loss
    made = rotate_team_key(team.centre)
    newer = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, newer)
    join_team(laptop, newer)  # the team file of the day, which names the new key only
    with laptop.session() as s:
        joined = current_team(s)
        assert joined is not None
        assert list(joined.recipients) == [made.recipient]  # was: the old, lost, recipient
    with laptop.transaction() as s:
        s.add(Session(kind="roundtable", title="After the key was lost"))
    sent = export_bundle(laptop, folder / "after.majlis")
    assert sent is not None
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sent.path.read_bytes(), lost)  # whoever found the stick must read nothing new


def recipients(store: Store) -> list[str]:
    with store.session() as s:
        joined = current_team(s)
        assert joined is not None
        return list(joined.recipients)


def test_a_file_of_the_same_update_written_before_the_new_key_does_not_undo_it(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    apply_team_update(laptop, write_team_update(team.centre, folder / "u1.majlis").path)
    before = folder / "before-rotate.majlis-team"
    write_current_team_file(team.centre, before)  # follows update 1, names the old key
    made = rotate_team_key(team.centre)
    after = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, after)  # follows update 1 too, names the new key: the same second
    assert read_team_file(before).after_update == read_team_file(after).after_update
    assert (read_team_file(before).team_keys, read_team_file(after).team_keys) == (1, 2)  # not by "created"
    join_team(laptop, after)
    assert recipients(laptop) == [made.recipient]
    join_team(laptop, before)  # the older file, left on the stick
    assert recipients(laptop) == [made.recipient]
    apply_team_update(laptop, write_team_update(team.centre, folder / "u2.majlis").path)
    join_team(laptop, after)  # older than update 2: its recipients are the same anyway, kept
    assert recipients(laptop) == [made.recipient]


def _centre_team(team: Team) -> TeamRow:
    with team.centre.session() as s:
        row = current_team(s)
        assert row is not None and row.central_signing_key
        return row


def _signed_with(team: Team, after_update: object) -> bytes:
    """The centre's team file with another ``after_update``, signed by the central key (as only the centre
    could): a value a Majlis never writes."""
    current = read_team_file(team.team_file)
    central = keys.load_signing_key(str(_centre_team(team).central_signing_key))
    body = json.loads(zipfile.ZipFile(io.BytesIO(team.team_file.read_bytes())).read("team.json"))
    body["after_update"] = after_update
    text = canonical_json(body)
    assert current.after_update == (0, 0)
    return build_zip({"team.json": text, "team.sig": keys.sign(central, text)})


def test_a_file_without_the_number_keeps_the_recipients_after_an_update(team: Team) -> None:
    laptop, folder = team.devices[0], team.folder
    apply_team_update(laptop, write_team_update(team.centre, folder / "u1.majlis").path)
    rotate_team_key(team.centre)
    old_style = folder / "old-style.majlis-team"
    current = read_team_file(team.team_file)
    row = _centre_team(team)
    central, now = keys.load_signing_key(str(row.central_signing_key)), list(row.recipients)
    old_style.write_bytes(make_team_file(team_id=current.team_id, team_name=current.team_name, recipients=now,
                                         central_signing_key=central, payload=current.payload))
    assert read_team_file(old_style).after_update is None
    kept = recipients(laptop)
    join_team(laptop, old_style)
    assert recipients(laptop) == kept != now


@pytest.mark.parametrize("value", [{"epoch": -1, "sequence": 0}, {"epoch": 1, "sequence": True}, [1, 2],
                                   {"epoch": 1}, {"epoch": 1, "sequence": 1.5}, {"epoch": 2**63, "sequence": 1}])
def test_an_after_update_that_is_not_two_whole_numbers_is_refused(team: Team, value: object) -> None:
    assert read_team_file(_signed_with(team, {"epoch": 5, "sequence": 2})).after_update == (5, 2)
    data = _signed_with(team, value)
    with pytest.raises(MalformedBundleError):
        read_team_file(data)


def test_the_file_position_an_earlier_majlis_remembered_is_read(team: Team) -> None:
    """An earlier Majlis remembered "epoch:sequence:created" of the file it took: read as a file that says no
    ``team_keys``, below any file of the same update that does."""
    laptop, folder = team.devices[0], team.folder
    laptop.set_state("team_file_recipients_from", "0:0:2026-01-05T10:00:00Z")
    made = rotate_team_key(team.centre)
    after = folder / "after-rotate.majlis-team"
    write_current_team_file(team.centre, after)
    join_team(laptop, after)
    assert recipients(laptop) == [made.recipient]
    follows = read_team_file(after).after_update
    assert follows is not None
    assert laptop.get_state("team_file_recipients_from") == f"{follows[0]}:{follows[1]}:2"
