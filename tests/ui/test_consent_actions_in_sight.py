"""The Consent register's actions in sight as the page opens, at 20 points on a 1366x768 laptop at 150 %.

Record consent again…, Withdraw…, Print consent record… and Print session register… stood under the
register's table, on one to three lines: with the table's rows in sight (the register first, hp9) they
were under the fold, found only by Tab or by scrolling. They now stand on the register's title line, at
its end: as four buttons where the line holds them, else as one Actions button whose menu offers the
four, enabled as they are, with their Alt keys. The register's title and rows stay in sight.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_consent_register_first_at_20_points import frame_of, rows_in_sight
from tests.ui_helpers import in_view, main_window_on_screen

LAPTOP = (910, 512)  # a 1366x768 laptop at 150 %
WIDE = (1600, 900)


def open_consent(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None,
                 screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ConsentPage]:
    window = main_window_on_screen(manager, store, qtbot, lang, size, screen, monkeypatch)
    window.go_to("consent")
    page: Any = window.current_page()
    assert isinstance(page, ConsentPage)
    qtbot.waitUntil(lambda: page.register.rowCount() > 4, timeout=10_000)
    window.ctx.tasks.wait(10_000)
    settle()
    return window, page


def buttons(page: ConsentPage) -> list[QPushButton]:
    return [page.record_button, page.withdraw_button, page.print_record_button, page.print_register_button]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_actions_are_in_sight_with_the_rows(lang: str, manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        window, page = open_consent(manager, demo_store, qtbot, lang, 20.0, LAPTOP, monkeypatch)
        frame = frame_of(page)
        assert frame.verticalScrollBar().value() == 0
        assert rows_in_sight(page) >= 4, rows_in_sight(page)  # hp9: the register's rows first
        shown = [b for b in buttons(page) if b.isVisible()]
        if len(shown) < 4:  # not all on the line: the menu's button, in sight, offers every one
            more = page.register_actions.more
            assert more.isVisible() and in_view(more), "the register's actions are under the fold"
            assert frame.viewport().rect().contains(more.mapTo(frame.viewport(), more.rect().bottomRight()))
            page.register_view.setFocus()
            qtbot.keyClick(page.register_view, Qt.Key.Key_Down)  # a record chosen: its actions enabled
            settle()
            assert page.selected_row() is not None
            page.register_actions.fill_menu()
            offered = page.register_actions.menu.actions()
            assert [a.text() for a in offered] == [b.text() for b in buttons(page)]
            assert [a.isEnabled() for a in offered] == [b.isEnabled() for b in buttons(page)]
            assert any(a.isEnabled() for a in offered)
            if os.environ.get("MAJLIS_HP4_SHOTS"):
                more.click()
                menu = page.register_actions.menu
                qtbot.waitUntil(menu.isVisible)
                shot = window.grab()
                painter = QPainter(shot)  # the menu is a window of its own: drawn where it stands
                painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
                painter.end()
                shot.save(f"{os.environ['MAJLIS_HP4_SHOTS']}/consent-actions-menu-20pt-{lang}.png")
                menu.close()
        else:
            assert all(in_view(b) for b in shown)
        if os.environ.get("MAJLIS_HP4_SHOTS"):
            window.grab().save(f"{os.environ['MAJLIS_HP4_SHOTS']}/consent-actions-20pt-{lang}.png")
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_with_room_the_four_buttons_show_in_sight(lang: str, manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                  qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = open_consent(manager, demo_store, qtbot, lang, None, WIDE, monkeypatch)
    assert all(b.isVisible() and in_view(b) for b in buttons(page))
    assert not page.register_actions.more.isVisible()
    if os.environ.get("MAJLIS_HP4_SHOTS"):
        window.grab().save(f"{os.environ['MAJLIS_HP4_SHOTS']}/consent-actions-wide-{lang}.png")
