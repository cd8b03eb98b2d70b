"""A conflict resolution that fails while an import runs says so and leaves the import alone.

The Sync page's one failure handler ended the import's busy state: a resolution failing mid-import
(the database busy, a conflict resolved meanwhile elsewhere) cleared the import's cancel token, so
Cancel went grey and Import came back while files were still being read, and a second import could
start beside the first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import SlowStick, laptop_bundle

team = team_fixture(devices=0)


@pytest.fixture
def page(team: Team, qtbot: QtBot, make_ctx) -> SyncPage:  # type: ignore[no-untyped-def]
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)


def test_a_failed_resolution_mid_import_leaves_the_import_running(
        page: SyncPage, team: Team, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = laptop_bundle(team, tmp_path / "b1.majlis", 1)
    stick = SlowStick(tmp_path / "slow.majlis", monkeypatch)
    try:
        assert page.import_paths([stick.path, bundle])
        qtbot.waitUntil(stick.being_read, timeout=60_000)
        # What the conflicts panel calls when its resolution fails on the worker.
        page.conflicts._failed(RuntimeError("database is locked"))
        said = [page.results.item(i).text() for i in range(page.results.count())]
        assert said and said[-1].startswith("Failed: ")  # the resolution's failure is said
        assert page._token is not None  # the import still runs
        assert page.cancel_button.isEnabled() and not page.import_button.isEnabled()
        assert not page.import_paths([bundle])  # no second import beside the first
    finally:
        stick.answer(b"not a bundle")
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["refused", "imported"]
