"""``device register`` (``centre: pre-register …``) put a device on the roster of any database: one in
no team, or a field laptop's, where it counts for nothing (the roster that matters is the centre's,
and the laptop gets it from team updates). It is now refused there in one line, exit 1, nothing
registered: ``[not_enrolled]`` in no team (the centre's step is ``team create``), ``[not_centre]`` on
a laptop that joined. Real SQLCipher stores, a real team, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.ids import new_id
from desktop.sync.keys import public_key_b64
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_register_only_at_the_centre(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=1).close()
    centre, laptop, alone = tmp_path / "centre.db", tmp_path / "field0.db", tmp_path / "alone.db"
    fresh_store(alone, PASSPHRASE, "working alone").close()
    device, key = new_id(), public_key_b64(Ed25519PrivateKey.generate())
    register = ("device", "register", "--id", device, "--key", key, "--name", "Basra laptop 2")

    for db, code_word in ((laptop, "[not_centre]"), (alone, "[not_enrolled]")):
        roster = run(capsys, "device", "list", "--db", db, "--json")[1]
        before = db.read_bytes()
        code, out, err = run(capsys, *register, "--db", db)
        assert (code, out, err.count("\n")) == (1, "", 1), (db, code, out, err)
        assert err.startswith(f"majlis-cli: {code_word} this database is "), err
        assert "devices are registered at the centre" in err and err.endswith("; nothing was registered\n"), err
        assert db.read_bytes() == before
        assert run(capsys, "device", "list", "--db", db, "--json")[1] == roster

    code, out, err = run(capsys, *register, "--db", centre)
    assert code == 0 and out.startswith("device registered\n"), (code, out, err)
    listed = json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])
    assert device in {d["device_id"] for d in listed}
