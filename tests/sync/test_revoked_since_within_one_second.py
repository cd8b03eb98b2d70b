"""A bundle imported again says "revoked since it was imported" only when its key was revoked after its
import, also when the import and the revocation fall in one second.

Receipt and revocation times have whole seconds. A script (or a fast coordinator) revokes a lost laptop,
then approves the new key of its restored backup and so imports the new key's bundle, all in one second:
told by time alone, the new key's bundle imported again was said to be signed by a key revoked since,
although its key is the one the laptop is back on the roster under. The bundle imported before the
revocation, in the same second, is still said so. Real stores, real bundles, the real importer; only the
centre's clock is held in one second.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.export import export_bundle
from desktop.sync.importer import REVOKED_SINCE, import_files
from desktop.sync.new_key import new_signing_key
from desktop.sync.roster import approve, pending
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=1)

# Every time the centre notes in this story: the receipts, the held bundle, the revocation.
CENTRE_CLOCKS = ("desktop.sync.import_apply", "desktop.sync.importer", "desktop.sync.revocations")


def _sent(team: Team, out: Path, code: str) -> Path:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code=code))
    made = export_bundle(laptop, out)
    assert made is not None
    return made.path


def _again(team: Team, path: Path) -> tuple[str, str]:
    (outcome,) = import_files(team.centre, [path], team.identities)
    return outcome.status, outcome.code


@pytest.mark.parametrize("one_second", [False, True], ids=["as_it_comes", "all_within_one_second"])
def test_only_the_bundle_of_the_revoked_key_is_said_revoked_since(team: Team, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    one_second: bool) -> None:
    if one_second:
        for module in CENTRE_CLOCKS:
            monkeypatch.setattr(f"{module}.utc_now_iso", lambda: "2026-12-07T06:57:03Z")
    laptop = team.devices[0]
    morning = _sent(team, tmp_path / "morning.majlis", "BSR-FG01-P01")
    assert [o.status for o in import_files(team.centre, [morning], team.identities)] == ["imported"]

    revocations.revoke(team.centre, laptop.device_id)
    new_signing_key(laptop)
    restored = _sent(team, tmp_path / "restored.majlis", "BSR-FG01-P02")
    assert [o.status for o in import_files(team.centre, [restored], team.identities)] == ["held"]
    (waiting,) = pending(team.centre)
    assert [o.status for o in approve(team.centre, waiting.id).outcomes] == ["imported"]

    assert _again(team, morning) == ("already_present", REVOKED_SINCE)  # signed with the key revoked after it
    assert _again(team, restored) == ("already_present", "")  # signed with the key it is back under
