"""Two bundles written within one second: "Last bundle" names the second of them.

Receipt times have whole seconds. Ordered by time alone, the first of two bundles written in the
same second could be named as the last, before and after a restore from a backup made between them.
The centre's clock is not involved: the laptop's export clock is held in one second.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync.outbox import outbox
from tests.sync_helpers import Team
from tests.sync_page_helpers import bundles_across_a_backup, restore_laptop, team_fixture

team = team_fixture(devices=1)


@pytest.mark.parametrize("restored", [False, True], ids=["as_it_is", "restored_from_between"])
def test_the_second_of_two_bundles_in_one_second_is_the_last(team: Team, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             restored: bool) -> None:
    monkeypatch.setattr("desktop.sync.export.utc_now_iso", lambda: "2026-12-07T06:57:03Z")
    laptop = team.devices[0]
    story = bundles_across_a_backup(laptop, tmp_path, ("first session", "second session"))
    if restored:
        laptop = restore_laptop(team, story.backup)
    assert outbox(laptop).last_export_range == (story.second.seq_from, story.second.seq_to)
