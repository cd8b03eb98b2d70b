"""`majlis-cli device list` (and `bundle status`) list a centre's laptops as a person reads their
labels: "Basra laptop 9" before "Basra laptop 10", whatever the case or the digits' script. Sorted
as text (SQL ORDER BY name), 10 came before 9 and a lower-case label after every capital."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.ids import new_id
from desktop.sync.keys import public_key_b64
from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("cli_env")

#: The order a person expects, this database first; registered in another order.
EXPECTED = ["centre", "Basra laptop 2", "basra laptop 9", "Basra laptop 10", "لابتۆپی ٩", "لابتۆپی ١٠"]


def _centre_with_laptops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    make_team(tmp_path, devices=0).close()
    centre = tmp_path / "centre.db"
    for name in ("Basra laptop 10", "لابتۆپی ١٠", "basra laptop 9", "لابتۆپی ٩", "Basra laptop 2"):
        key = public_key_b64(Ed25519PrivateKey.generate())
        code, _, err = run(capsys, "device", "register", "--db", centre, "--id", new_id(), "--key", key,
                           "--name", name)
        assert code == 0, err
    return centre


def test_device_list_orders_labels_as_they_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre = _centre_with_laptops(tmp_path, capsys)
    code, out, err = run(capsys, "device", "list", "--db", centre)
    assert code == 0, err
    assert [line.split(" (")[0] for line in out.splitlines()] == EXPECTED, out
    code, out, _ = run(capsys, "device", "list", "--db", centre, "--json")
    assert [d["name"] for d in json.loads(out)] == EXPECTED
    code, out, _ = run(capsys, "bundle", "status", "--db", centre, "--json")
    assert [d["name"] for d in json.loads(out)["devices"]] == EXPECTED
