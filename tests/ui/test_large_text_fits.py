"""At the largest text size (Settings → Font size, 24 points) what was cut off now shows whole.

* The navigation was 256 pixels wide whatever its titles needed (given only a maximum width, it kept
  the width a list asks by default): in English "Recommendations" read "Recommendati…".
* The Sync page of a team's centre scrolled sideways in Kurdish: the drop hint and the devices'
  summary were single lines of about 1,150 pixels.
* The Consent page's forms table, "three rows" tall, showed one row and a half: its header and its
  scroll bar stood in those three rows' height (at any text size).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.sync.importer import import_files
from desktop.ui.app import make_context
from desktop.ui.consent.page import ConsentPage
from desktop.ui.main_window import MainWindow
from desktop.ui.page_stack import PAGE_FRAME
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)


def _window(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None) -> MainWindow:
    manager.set_language(lang)
    manager.set_font_size(size)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1350, 688)  # a 1366x768 screen, less the window's frame and the task bar
    window.show()
    settle()
    return window


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("en", 24.0), ("ckb", 24.0), ("en", None)])
def test_every_page_title_shows_whole(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                      lang: str, size: float | None) -> None:
    window = _window(manager, demo_store, qtbot, lang, size)
    nav = window.page_stack.nav
    titles = nav.sizeHintForColumn(0) + 2 * nav.frameWidth()
    assert titles <= nav.viewport().width() + 2 * nav.frameWidth(), (nav.width(), titles)
    assert nav.width() <= titles + 20  # and no wider than they need: the pages keep the rest
    manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_centres_sync_page_does_not_scroll_sideways(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                        lang: str) -> None:
    held = laptop_bundle(team, tmp_path / "held.majlis", 90, on_roster=False, name="Halabja laptop")
    import_files(team.centre, [held], team.identities)
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language(lang)
    ctx.language.set_font_size(24.0)
    try:
        page = open_page(ctx, qtbot, size=(1180, 900))
        qtbot.waitUntil(lambda: page.roster_panel.waiting_list.count() == 1, timeout=30_000)
        assert page.drop_hint.text() and page.receiving.devices.status.text()
        settle()
        scrolled = [area for area in page.findChildren(QScrollArea) if area.isVisible()]
        assert scrolled  # the page's own frame
        assert all(area.horizontalScrollBar().maximum() == 0 for area in scrolled), [
            (area.objectName(), area.horizontalScrollBar().maximum()) for area in scrolled]
    finally:
        ctx.language.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ar", None), ("en", None), ("ckb", 24.0)])
def test_the_consent_forms_table_shows_three_forms(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                    qtbot: QtBot, lang: str, size: float | None) -> None:
    window = _window(manager, demo_store, qtbot, lang, size)
    window.resize(900, 500)  # a short window: the page gives each part its smallest height
    window.go_to("consent")
    window.ctx.tasks.wait(10_000)
    settle()
    page = window.current_page()
    assert isinstance(page, ConsentPage)
    view = page.templates_view
    assert view.model().rowCount() >= 3
    shown = sum(view.rowHeight(row) for row in range(3))
    assert view.viewport().height() >= shown, (view.viewport().height(), shown)
    frame = next(f for f in window.findChildren(QScrollArea) if f.objectName() == PAGE_FRAME and f.isVisible())
    assert frame.widget() is window.current_page()
    manager.set_font_size(None)
