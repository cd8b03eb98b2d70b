"""The team's key file (``team key export --no-passphrase``, or ``age-keygen``'s file) opened in Windows
Notepad and saved again: as "UTF-8 with BOM" its first line began with the byte-order mark, and as
"Unicode" it was UTF-16. The first was refused as "a line that is not an age X25519 identity", the second
as "not text": a coordinator was sent to look for an undamaged copy of the one key that opens every
bundle. Both now open the team's bundles (``keys.load_identity_file``, read by ``bundle import --key`` and
the Sync page). Real age identities, a real laptop bundle decrypted and verified."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync import keys
from desktop.sync.bundle_reader import read_bundle
from desktop.sync.errors import KeyFileError
from tests.sync_helpers import Team, make_team, session_bundle


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


SAVED_AS = {
    "UTF-8 with BOM": lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
    "Unicode (UTF-16 LE)": lambda text: codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"),
    "Unicode big endian": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
}


@pytest.mark.parametrize("saved_as", SAVED_AS)
def test_a_key_file_saved_again_by_notepad_opens_the_bundles(team: Team, tmp_path: Path, saved_as: str) -> None:
    bundle = session_bundle(team.devices[0], tmp_path / "laptop.majlis", "Roundtable in Basra")
    resaved = tmp_path / "team-notepad.key"
    resaved.write_bytes(SAVED_AS[saved_as](team.identity_file.read_text(encoding="ascii")))
    identities = keys.load_identity_file(resaved)
    assert keys.recipients_of(identities) == keys.recipients_of(team.identities)
    assert read_bundle(bundle, identities).manifest.device_id == team.devices[0].device_id


def test_a_key_file_that_is_no_text_is_still_said_so(tmp_path: Path) -> None:
    broken = tmp_path / "team.key"
    broken.write_bytes(codecs.BOM_UTF8 + b"\xff\xfe\x00garbage")
    with pytest.raises(KeyFileError) as refused:
        keys.load_identity_file(broken)
    assert refused.value.message == "The key file is not text."
