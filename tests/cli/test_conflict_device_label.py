"""`conflicts list` names the device behind each version as every other command does: a device on
the roster without a label is `1a2b3c4d (no name yet)` (it printed `unknown device (1a2b3c4d)`, as
if the centre had never heard of it); only a device this database truly does not know is an
`unknown device (1a2b3c4d)`. Real stores, a real conflict made through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete

from desktop.core.db import open_store
from desktop.core.local_tables import Device
from tests.cli.test_cli_slips import session_summary_conflict
from tests.cli_run import run
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _versions(capsys: pytest.CaptureFixture[str], centre_db: Path) -> str:
    code, out, err = run(capsys, "conflicts", "list", "--db", centre_db)
    assert code == 0 and err == "", err
    return "\n".join(out.splitlines()[2:4])


def _set_laptop(centre_db: Path, laptop_id: str, *, name: str | None) -> None:
    """At the centre: the laptop's roster label emptied (registered without one, none sent), or
    (``None``) its roster entry gone."""
    store = open_store(centre_db, PASSPHRASE)
    try:
        with store.session() as s, s.begin():
            if name is None:
                s.execute(delete(Device).where(Device.id == laptop_id))
            else:
                s.get(Device, laptop_id).name = name
    finally:
        store.close()


def test_a_device_without_a_label_is_named_by_its_id_and_an_unknown_one_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre_db, laptop_db, _ = session_summary_conflict(tmp_path, capsys, "جلسة بؤرية في البصرة")
    laptop_id = json.loads(run(capsys, "status", "--db", laptop_db, "--json")[1])["device_id"]
    short = laptop_id[-8:]
    assert f"(field laptop 1 ({short}), " in _versions(capsys, centre_db)

    _set_laptop(centre_db, laptop_id, name="")
    said = _versions(capsys, centre_db)
    assert f"({short} (no name yet), " in said, said
    assert "unknown device" not in said, said

    _set_laptop(centre_db, laptop_id, name=None)
    said = _versions(capsys, centre_db)
    assert f"(unknown device ({short}), " in said, said
    assert "no name yet" not in said, said
