"""The revoked and the rejected keys' fingerprints are read by one function in desktop/core
(``fingerprints.key_fingerprints``): ``majlis-cli status`` (is this laptop's key revoked?), the importer
and the roster (``revocations.fingerprints``, ``rejections.fingerprints``) count a key the same way,
whatever base64 spelling it was stored under, and a malformed stored key counts as no key at all.
Real SQLCipher stores of a real team."""

from __future__ import annotations

import base64
from pathlib import Path

from desktop.core.fingerprints import key_fingerprint, key_fingerprints
from desktop.core.models import RejectedDevice, RevokedKey
from desktop.core.status import status
from desktop.sync import keys, rejections, revocations
from desktop.sync.manifest import utc_now_iso
from tests.sync_helpers import make_team
from tests.trust_helpers import laptop_key

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _other_spelling(key: str) -> str:
    """The same 32 bytes in base64 with other (ignored) padding bits: another text, the same key."""
    other = key[:42] + _ALPHABET[_ALPHABET.index(key[42]) ^ 1] + key[43:]
    assert other != key and base64.b64decode(other) == base64.b64decode(key)
    return other


def test_status_the_importer_and_the_roster_count_a_key_alike(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        laptop = team.devices[0]
        own = keys.public_key_b64(laptop_key(laptop))
        assert status(laptop)["device_key_revoked"] is False
        with laptop.transaction() as s:  # what the centre's team update keeps here: this key, spelled otherwise
            s.add(RevokedKey(device_id=laptop.device_id, public_key=_other_spelling(own), revoked_at=utc_now_iso()))
            s.add(RevokedKey(device_id="a1b2c3d4", public_key="not a key", revoked_at=utc_now_iso()))
            s.add(RejectedDevice(id=7, device_id="a1b2c3d4-rejected", public_key=_other_spelling(own),
                                 rejected_at=utc_now_iso()))
        assert status(laptop)["device_key_revoked"] is True
        with laptop.session() as s:
            revoked = key_fingerprints(s, RevokedKey.public_key)
            assert revoked == revocations.fingerprints(s) == {key_fingerprint(own)}  # the malformed one: none
            assert rejections.fingerprints(s) == key_fingerprints(s, RejectedDevice.public_key) == revoked
            assert revocations.is_revoked(s, own)
            assert not revocations.is_revoked(s, "another malformed key")  # "" matched "" before
    finally:
        team.close()
