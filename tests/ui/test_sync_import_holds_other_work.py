"""What waits for an import on the Sync page is greyed while it runs, and said why.

Export bundle…, Publish team update…, Approve/Reject and Resolve conflict stayed enabled during an
import; each ran on the page's one DB worker, behind the import, so a coordinator pressed one and saw
nothing happen for the length of the import. They are now greyed while an import runs, with a line
saying they wait for it, and enabled again once it ends (finished or cancelled)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.sync.importer import import_files
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_conflicts_by_keyboard import same_turns_edited_on_two_laptops
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=2, roles=("field", "coordinator"))  # a coordinator may edit any row: conflicts


def waiting_work(page: SyncPage) -> dict[str, QPushButton]:
    panel = page.roster_panel
    return {"export": page.export_button, "publish": page.publish_button, "approve": panel.approve_button,
            "reject": panel.reject_button, "resolve": page.resolve_button}


def enabled(page: SyncPage) -> dict[str, bool]:
    return {name: button.isEnabled() for name, button in waiting_work(page).items()}


def ended(page: SyncPage, loads: int) -> bool:
    """The import is over and the page has read what it brought."""
    return page._token is None and page.central.loads > loads and page.is_loaded()


def test_work_that_waits_for_an_import_is_greyed_while_it_runs(team: Team, tmp_path: Path, qtbot: QtBot,
                                                               make_ctx: Any) -> None:
    (tmp_path / "c").mkdir()
    same_turns_edited_on_two_laptops(team, tmp_path / "c", 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    held = laptop_bundle(team, stick / "held.majlis", 90, on_roster=False, name="Halabja laptop")
    assert [o.status for o in import_files(team.centre, [held], team.identities)] == ["held"]
    bundles = [laptop_bundle(team, stick / f"b{n}.majlis", n) for n in range(4)]
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    qtbot.waitUntil(lambda: page.roster_panel.waiting_list.count() == 1 and page.outbox.state is not None,
                    timeout=30_000)
    everything = dict.fromkeys(waiting_work(page), True)
    qtbot.waitUntil(lambda: enabled(page) == everything, timeout=30_000)

    for cancelled in (False, True):
        loads = page.central.loads
        assert page.import_paths(bundles)
        if cancelled:
            page.cancel()
        assert enabled(page) == dict.fromkeys(everything, False), enabled(page)
        assert page.waits_note.isVisibleTo(page) and page.waits_note.text()
        assert page.resolve_selected() is None  # Enter or a double click on a conflict waits too
        assert page.team_updates.publish_to(tmp_path / "update.majlis") is False
        qtbot.waitUntil(partial(ended, page, loads), timeout=60_000)
        qtbot.waitUntil(lambda: enabled(page) == everything, timeout=30_000)
        assert not page.waits_note.isVisibleTo(page)
    assert not (tmp_path / "update.majlis").exists()
