"""Two bundles written within one second: "Last bundle" names the second of them.

Receipt times have whole seconds. Ordered by time alone, the first of two bundles written in the
same second could be named as the last, before and after a restore from a backup made between them.
The centre's clock is not involved: the laptop's export clock is held in one second.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.db import open_store
from desktop.sync.export import export_bundle
from desktop.sync.outbox import outbox
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_unsent_after_restore import record

team = team_fixture(devices=1)


@pytest.mark.parametrize("restored", [False, True], ids=["as_it_is", "restored_from_between"])
def test_the_second_of_two_bundles_in_one_second_is_the_last(team: Team, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             restored: bool) -> None:
    monkeypatch.setattr("desktop.sync.export.utc_now_iso", lambda: "2026-12-07T06:57:03Z")
    laptop = team.devices[0]
    record(laptop, "first session")
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    record(laptop, "second session")
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None and second.seq_from > first.seq_to
    if restored:
        laptop.close()
        backups.restore(backup, laptop.path, PASSPHRASE)
        laptop = open_store(laptop.path, PASSPHRASE)
        team.devices[0] = laptop  # closed with the team
    assert outbox(laptop).last_export_range == (second.seq_from, second.seq_to)
