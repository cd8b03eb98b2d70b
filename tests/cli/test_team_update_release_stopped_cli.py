"""`majlis-cli team update import` on a second coordinator's laptop, the disk full while the update applies
the bundles held for a device it put on the roster: the update is committed, so the command says it
applied, then on stderr where releasing the held bundles stopped (how many of how many) and that the next
team update applies the others; exit code 4 (the environment). It ended with the disk's error alone, as
if nothing had been done."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.disk_room import disk_room
from tests.ui.test_sync_release_by_update_stopped import _held_bundles, _room, _second_coordinator

pytest.importorskip("resource", reason="file-size limits are POSIX only")


def test_the_update_is_said_applied_then_where_the_release_stopped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team = _second_coordinator(tmp_path)
    try:
        second = team.devices[0]
        device, key, files = _held_bundles(team, tmp_path)
        assert [o.status for o in import_files(second, files, team.identities)] == ["held", "held"]
        preregister(team.centre, device, key, "Amarah laptop")
        update = tmp_path / "u2.majlis"
        code, _, err = run(capsys, "team", "update", "export", "--db", team.centre.path, "--out", update)
        assert code == 0, err
        with disk_room(_room(second)):
            code, out, err = run(capsys, "team", "update", "import", "--db", second.path, update)
        assert code == 4, (out, err)
        assert out.splitlines()[0].startswith("team update 2 applied"), out
        assert "applying the bundles held for the devices it put on the roster stopped: the disk refused the write" \
            in err and "1 of 2 applied before it; the others stay held and are applied with the next team update" \
            in err, err
        assert "Traceback" not in err
    finally:
        team.close()
