"""A team update that puts two devices on a second coordinator's roster, whose release of their held bundles
stops (the disk full) at the first device: the second device's bundles are not reached.

Before, only the devices reached were reported (``TeamUpdateApplied.released``): the Sync page's lines of the
second device's bundles still said "held for approval (device … is not on the roster)", though the update had
put it on the roster, and `majlis-cli team update import` said nothing of them. Now every held bundle not
applied is said as waiting for the next team update, on the page (its line, as the first device's unreached
bundle's is) and by the CLI (a line per bundle: its device and changes, no participant data).
The disk "fills up" through the file-size limit (tests/disk_room.py): no mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.device_label import short_id
from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.sync.team_update import ReleaseStopped, apply_team_update
from desktop.ui.sync.page import SyncPage
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.disk_room import disk_room
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_sync_release_by_update_stopped import _participants, _room, _second_coordinator

pytest.importorskip("resource", reason="file-size limits are POSIX only")

# The first device (released first: the roster is in the order of device ids): one small bundle, then one the
# disk has no room for. The second: one small bundle, never reached.
FIRST_SPANS = [(1, 1), (2, 6001)]
REAL_NAME = "Zainab Kadhim"


def _bundles(team: Team, tmp_path: Path) -> list[tuple[str, str, str, list[Path]]]:
    """Two devices on no roster yet, each with its bundles: (id, public key, name, files), in roster order."""
    ids = sorted([new_id(), new_id()])
    made = []
    for device, place, spans in ((ids[0], "amarah", FIRST_SPANS), (ids[1], "kut", [(1, 1)])):
        key = keys.generate_signing_key()
        files = [forge(team, [change("participant", "insert", participant_data(
            code=f"{place.upper()}-FG01-P{n:04d}", real_name=REAL_NAME, phone=None, occupation="x" * 90),
            device=device, seq=n) for n in range(first, last + 1)], device_id=device, key=key,
            name=f"{place.title()} laptop", out=tmp_path / f"{place}-{first}.majlis") for first, last in spans]
        made.append((device, keys.public_key_b64(key), f"{place.title()} laptop", files))
    return made


def _update_rostering_both(team: Team, tmp_path: Path, devices: list[tuple[str, str, str, list[Path]]]) -> Path:
    for device, key, name, _ in devices:
        preregister(team.centre, device, key, name)
    return write_team_update(team.centre, tmp_path / "u2.majlis").path


def test_the_page_says_every_bundle_not_reached_waits_for_the_next_update(tmp_path: Path, qtbot: QtBot,
                                                                         make_ctx: Any) -> None:
    team = _second_coordinator(tmp_path)
    try:
        second = team.devices[0]
        devices = _bundles(team, tmp_path)
        page: SyncPage = open_page(make_ctx(second, user_name="second coordinator"), qtbot,
                                   identity=team.identity_file)
        lines = imported_lines(page, qtbot, [f for *_, files in devices for f in files])
        assert sum("held for approval (device" in line for line in lines) == 3, lines
        update = _update_rostering_both(team, tmp_path, devices)

        def said(name: str) -> bool:
            return page._token is None and page.is_loaded() and any(
                name in page.results.item(i).text() for i in range(page.results.count()))

        with disk_room(_room(second)):
            assert page.import_paths([update])
            qtbot.waitUntil(lambda: said("u2.majlis"), timeout=60_000)
            page.ctx.tasks.drain(30_000)
        texts = [page.results.item(i).text() for i in range(page.results.count())]
        line = next(t for t in texts if "u2.majlis" in t)
        assert "team update 2 applied" in line and "Bundles applied before it: 1 of 3." in line, line
        assert "imported when device" in next(t for t in texts if "amarah-1.majlis" in t)
        for name, device in (("amarah-2.majlis", "Amarah laptop"), ("kut-1.majlis", "Kut laptop")):
            rest = next(t for t in texts if name in t)
            assert "held for approval" not in rest and "not on the roster" not in rest, rest
            assert "not applied yet: a team update put device" in rest and device in rest, rest
            assert "The next team update applies it." in rest, rest
        assert _participants(second) == 1

        later = write_team_update(team.centre, tmp_path / "u3.majlis").path  # room again: the rest applied
        assert page.import_paths([later])
        qtbot.waitUntil(lambda: said("u3.majlis"), timeout=60_000)
        page.ctx.tasks.drain(30_000)
        texts = [page.results.item(i).text() for i in range(page.results.count())]
        assert "imported when device" in next(t for t in texts if "kut-1.majlis" in t)
        assert _participants(second) == 6002
    finally:
        team.close()


def test_the_cli_names_every_bundle_not_reached(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team = _second_coordinator(tmp_path)
    try:
        second = team.devices[0]
        devices = _bundles(team, tmp_path)
        files = [f for *_, fs in devices for f in fs]
        assert [o.status for o in import_files(second, files, team.identities)] == ["held"] * 3
        update = _update_rostering_both(team, tmp_path, devices)
        with disk_room(_room(second)):
            code, out, err = run(capsys, "team", "update", "import", "--db", second.path, update)
        assert code == 4, (out, err)
        assert out.splitlines()[0].startswith("team update 2 applied"), out
        assert "1 of 3 applied before it" in err, err
        (amarah, kut) = devices
        waiting = [line for line in err.splitlines() if "not applied yet" in line]
        assert len(waiting) == 2, err  # one line per bundle still held
        assert f"Amarah laptop ({short_id(amarah[0])}), changes 2\u20136001" in waiting[0], waiting
        assert f"Kut laptop ({short_id(kut[0])}), changes 1\u20131" in waiting[1], waiting
        assert all("the next team update applies it" in line for line in waiting), waiting
        assert REAL_NAME not in out + err and "KUT-FG01" not in out + err and "Traceback" not in err
    finally:
        team.close()


def test_the_stopped_release_carries_the_devices_not_reached(tmp_path: Path) -> None:
    """Below the page and the CLI: ReleaseStopped's update names the second device too (no outcomes), and
    what is still held, bundle by bundle."""
    team = _second_coordinator(tmp_path)
    try:
        second = team.devices[0]
        devices = _bundles(team, tmp_path)
        assert [o.status for o in import_files(second, [f for *_, fs in devices for f in fs],
                                               team.identities)] == ["held"] * 3
        update = _update_rostering_both(team, tmp_path, devices)
        with disk_room(_room(second)), pytest.raises(ReleaseStopped) as stopped:
            apply_team_update(second, update)
        released = stopped.value.applied.released
        assert [(d.device_id, [o.status for o in d.outcomes]) for d in released] == [
            (devices[0][0], ["imported"]), (devices[1][0], [])]
        assert [(h.device_id, h.seq_from, h.seq_to) for h in stopped.value.still_held] == [
            (devices[0][0], 2, 6001), (devices[1][0], 1, 1)]
        assert stopped.value.held == 3
    finally:
        team.close()
