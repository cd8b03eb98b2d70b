"""``majlis-cli device register --id … --key …`` with an id and a key pasted from a chat app or a document,
invisible marks around them (bidi marks, the Arabic letter mark, zero-width characters): registered, the
marks dropped, as in the app's Register a device… (tests/ui/test_register_device_pasted_with_marks.py).
Flags unchanged. Real SQLCipher centre, real team, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.ids import new_id
from desktop.sync import keys
from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

MARKED = ("\u2067\u200f{}\u200e\u2069", "\u061c\u200b{}\ufeff", "\u2066{}\u2069\u200f ", " \u200e{}\u2060")


def test_the_cli_registers_an_id_and_key_with_marks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=1).close()
    centre = tmp_path / "centre.db"
    for wrap in MARKED:
        device, key = new_id(), keys.public_key_b64(Ed25519PrivateKey.generate())
        code, out, err = run(capsys, "device", "register", "--db", centre, "--id", wrap.format(device),
                             "--key", wrap.format(key), "--name", "Basra laptop 2")
        assert code == 0 and out.startswith("device registered\n"), (code, out, err)
        assert f"key fingerprint: {keys.key_fingerprint(key)} (field)" in out
        listed = {d["device_id"]: d for d in json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])}
        assert listed[device]["fingerprint"] == keys.key_fingerprint(key), listed.keys()
