"""The demo database ("Try the app") shows no count of unsent changes: nothing is ever sent from it.

The status bar and the Sync page said "Unsent changes: 1,744" on the demo, the count of its made-up
sessions' changes, as if they waited to go to a team; the demo joins no team and sends nothing (its Sync
line says so). On the demo neither shows a count, nor the Sync page's "No bundle exported yet."; the
status bar's "Demo database" says what it is. On a facilitator's own database both count as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui_helpers import main_window_on_screen


def window_on(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, *, is_demo: bool) -> MainWindow:
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager, demo=is_demo), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    return window


def shown_rules(window: MainWindow) -> int:
    return sum(1 for w in window.statusBar().findChildren(QFrame, "upright_rule") if w.isVisible())


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.parametrize("is_demo", [True, False])
def test_no_unsent_count_on_the_demo(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                     is_demo: bool) -> None:
    demo.generate(store, sessions=3, seed=3, advocacy=False)
    window = window_on(manager, store, qtbot, lang, is_demo=is_demo)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    window.ctx.tasks.drain()
    settle()
    assert window.unsent_label.isVisible() == (not is_demo)
    assert window.unsent_label.text()  # counted all the same (the accessible tree, a switch to a real database)
    # A line between each two items shown, none before or after: demo | device | team, or device | team | unsent.
    assert shown_rules(window) == 2
    window.go_to("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded)
    settle()
    assert page.outbox.unsent_label.isVisible() == (not is_demo)
    assert page.outbox.last_label.isVisible() == (not is_demo)  # "No bundle exported yet."
    assert page.outbox.team_label.isVisible()  # the line that says why nothing is sent from the demo


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_demo_status_bar_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setattr("tests.ui_helpers.make_context",
                        lambda s, m, **kw: make_context(s, m, demo=True, **kw))
    demo.generate(store, sessions=3, seed=3, advocacy=False)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    assert window.ctx.demo
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    window.ctx.tasks.drain()
    settle()
    assert not window.unsent_label.isVisible() and window.demo_label.isVisible()
    window.go_to("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded)
    settle()
    shots = shots_folder(tmp_path, "MAJLIS_HP3_SHOTS")
    window.grab().save(str(shots / f"demo_window_20pt_{lang}.png"))
    page.outbox.grab().save(str(shots / f"demo_sync_send_box_20pt_{lang}.png"))
