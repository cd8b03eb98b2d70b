"""The status bar and the Sync page say the same thing about the team, and it is the truth.

The demo database is in no team (it holds no team row; the Sync page says it cannot join one), so
the status bar must not print "Team: demo": a facilitator would be told two different things. The
demo is said apart, by its own label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import make_team


def _window_on_sync(ctx: Any, qtbot: QtBot) -> tuple[MainWindow, SyncPage]:
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.go_to("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.is_loaded() and page.outbox.state is not None)
    qtbot.waitUntil(lambda: bool(window.team_label.text()))
    return window, page


def test_demo_database_is_alone_in_the_status_bar_too(store: Store, qtbot: QtBot, make_ctx: Any) -> None:
    demo.generate(store, sessions=1, seed=1)  # what --demo and the smoke test open
    ctx = make_ctx(store)
    ctx.demo = True
    window, page = _window_on_sync(ctx, qtbot)

    assert page.outbox.state is not None and not page.outbox.state.in_team  # the truth: no team
    # In no team, and cannot join one (tests/ui/test_demo_offers_only_what_works.py): no team named.
    assert page.outbox.team_label.text().startswith("This is the demo database")
    assert not page.outbox.join_button.isVisible()
    qtbot.waitUntil(lambda: window.team_label.text() == "Working alone")
    assert "Team" not in window.team_label.text()
    assert window.demo_label.isVisible() and window.demo_label.text() == "Demo database"


def test_a_laptop_in_a_team_names_it_in_both_places(tmp_path: Path, qtbot: QtBot, make_ctx: Any) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        window, page = _window_on_sync(make_ctx(team.devices[0]), qtbot)
        assert page.outbox.state is not None and page.outbox.state.in_team
        assert page.outbox.team_label.text().startswith("This laptop is in a team")
        qtbot.waitUntil(lambda: window.team_label.text() == "Team: \u2068Elections law cohort\u2069")
        assert not window.demo_label.isVisible()
        window.close()
    finally:
        team.close()
