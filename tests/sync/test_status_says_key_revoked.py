"""`majlis-cli status` on a laptop whose key the centre revoked says so, and what to do.

hp2 (the lost laptop) told the restored laptop on its Sync page; `status`, where the IT helper reads the
key to register, said nothing, and its bundles were refused at the centre. It now has
`device_key_revoked` (`--json`: true/false; the text: yes, with `device new-key`), from the revoked keys
the centre's team update brings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.db import open_store
from desktop.sync import revocations
from desktop.sync.new_key import new_signing_key
from desktop.sync.team import import_team_update, write_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def _status(path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    code, out, _err = run(capsys, "status", "--db", path, *flags)
    assert code == 0
    return out


def test_status_says_the_key_was_revoked_until_a_new_one_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team = make_team(tmp_path, devices=2)
    laptop, other = team.devices
    path = Path(laptop.path)
    try:
        revocations.revoke(team.centre, laptop.device_id)
        update = write_team_update(team.centre, tmp_path / "update.majlis").path
        for store in (laptop, other):
            import_team_update(store, update)
        laptop.close()
        assert json.loads(_status(path, capsys, "--json"))["device_key_revoked"] is True
        text = _status(path, capsys)
        assert "device_key_revoked: yes (" in text and "majlis-cli device new-key" in text
        other_path = Path(other.path)
        other.close()
        assert json.loads(_status(other_path, capsys, "--json"))["device_key_revoked"] is False  # not its key
        assert "device_key_revoked: no\n" in _status(other_path, capsys)
        reopened = open_store(path, PASSPHRASE)
        try:
            new_signing_key(reopened)
        finally:
            reopened.close()
        assert json.loads(_status(path, capsys, "--json"))["device_key_revoked"] is False
    finally:
        team.close()
