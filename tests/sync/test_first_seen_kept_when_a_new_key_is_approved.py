"""A laptop registered at hand-over sends its bundles; it is lost, revoked, and its backup restored on a
new laptop signs with a new key, which the coordinator approves. `bundle status` (and the Sync page's
devices table) says when this database first saw each device (README: `first_seen`, "when its first bundle
arrived"). Found in session 41 (hp9): after the approval, the laptop's first_seen becomes the time its
new key's bundle was held, not the time its first bundle arrived weeks before.

Cause: desktop/sync/roster.py `_approve` (`known.first_seen = known.first_seen or first_seen`): a
pre-registered device keeps first_seen empty in its roster row (desktop/sync/devices.py reads its first
bundle's arrival instead), so the approval writes the held bundle's arrival over what was reported.
Real stores, real bundles through the real writer and importer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.devices import device_reports
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.new_key import new_signing_key
from desktop.sync.roster import approve, pending
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=1)


def _first_seen(team: Team, device_id: str) -> str | None:
    (report,) = [r for r in device_reports(team.centre) if r.device_id == device_id]
    return report.first_seen


def _sent(team: Team, out: Path) -> list[str]:
    made = export_bundle(team.devices[0], out)
    assert made is not None
    return [o.status for o in import_files(team.centre, [made.path], team.identities)]


def _a_second_after(stamp: str) -> str:
    return (dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_first_seen_stays_when_a_revoked_laptops_new_key_is_approved(team: Team, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    assert _sent(team, tmp_path / "first.majlis") == ["imported"]
    first = _first_seen(team, laptop.device_id)
    assert first  # its first bundle's arrival

    # The times are kept to the second: the new key's bundle is held a second later on the centre's clock
    # (not slept for), so that its arrival cannot be mistaken for the first bundle's.
    monkeypatch.setattr("desktop.sync.importer.utc_now_iso", lambda: _a_second_after(first))
    revocations.revoke(team.centre, laptop.device_id)
    new_signing_key(laptop)
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P02"))
    assert _sent(team, tmp_path / "again.majlis") == ["held"]
    (waiting,) = pending(team.centre)
    assert [o.status for o in approve(team.centre, waiting.id).outcomes] == ["imported"]

    assert _first_seen(team, laptop.device_id) == first  # still when its first bundle arrived
