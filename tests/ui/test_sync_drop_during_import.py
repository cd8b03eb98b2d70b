"""A second USB stick dropped on the Sync page while the first one's bundles are being imported.

The page took the drop (the cursor said "copy", the drop was accepted) and did nothing with it: no
line, no import afterwards; a coordinator merging two hundred bundles from several sticks believed
the second stick imported. Now the drop is answered in Results, in one line that says the files were
not taken and to drop them again once the import has finished; they are indeed not imported (a second
import beside the first is not let in), and dropped again afterwards they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_sync_import_run import SlowStick, laptop_bundle

team = team_fixture(devices=0)


def test_a_stick_dropped_during_an_import_is_said_not_taken(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    stick = SlowStick(tmp_path / "slow.majlis", monkeypatch)
    second = tmp_path / "second stick"
    second.mkdir()
    for n in range(3):
        laptop_bundle(team, second / f"b{n}.majlis", n)
    try:
        assert page.import_paths([stick.path])
        qtbot.waitUntil(stick.being_read, timeout=60_000)
        before = page.results.count()
        assert drag_and_drop(page, [second])
        said = [page.results.item(i).text() for i in range(before, page.results.count())]
        assert said == ["The files dropped were not taken: an import is running. Drop them again once it has "
                        "finished."], said
        assert "second stick" not in said[0] and "Traceback" not in said[0]
        last = page.results.item(page.results.count() - 1)  # scrolled to: the list may be long by now
        assert page.results.visualItemRect(last).intersects(page.results.viewport().rect())
    finally:
        stick.answer(b"not a bundle")
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [Path(o.source).name for o in page.last_outcomes] == ["slow.majlis"]  # the drop was not imported

    assert drag_and_drop(page, [second])  # dropped again once it finished: imported
    qtbot.waitUntil(lambda: page._token is None and len(page.last_outcomes) == 3 and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported"] * 3
