"""Majlis's own pop-up menus hold their items' words whole at 20 points, as the menu bar's do
(test_menus_hold_their_words): a transcript's "…" menu of turn buttons, Session actions, its PDF menu
and the Participants list's menu of columns; and the context menus Qt makes of a list's actions (the
Sessions list, the coding window's codebook)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.coding.window import open_coding_window
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.widgets.session_pdf import PdfButton
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_fg_editor_at_20_points import open_editor
from tests.ui.test_menus_hold_their_words import _cut
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (910, 512)


def _opened(menu: QMenu, where: QPoint) -> list[str]:
    menu.popup(where)
    settle()
    assert menu.isVisible()
    cut = _cut(menu)
    menu.hide()
    settle()
    return cut


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menus, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_sessions_menus_hold_their_words(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                           lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        window, editor = open_editor(manager, demo_store, qtbot, lang, monkeypatch)
        where = window.mapToGlobal(QPoint(20, 20))
        t: Any = editor.transcript
        assert t.acting.collapsed()
        cut = {"…": _opened(t.acting.menu, where)}
        actions = editor.findChild(QPushButton, "session_actions_menu")
        assert actions is not None and actions.menu() is not None
        cut["session actions"] = _opened(actions.menu(), where)
        pdf = editor.findChild(PdfButton)
        assert pdf is not None and pdf.menu() is not None
        cut["PDF"] = _opened(pdf.menu(), where)
        assert not any(cut.values()), cut
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_menu_of_columns_holds_their_names(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                               lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
        window.go_to("participants")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        view = page.view
        view.setFocus()
        cell = view.visualRect(view.model().index(0, 0)).center()
        QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell,
                                                       view.viewport().mapToGlobal(cell)))
        qtbot.waitUntil(lambda: page.columns.menu is not None and page.columns.menu.isVisible())
        assert not _cut(page.columns.menu), _cut(page.columns.menu)
        page.columns.menu.close()
    finally:
        manager.set_font_size(None)


def _context_menu_cut(view: QAbstractItemView, qtbot: QtBot) -> list[str] | None:
    """Opens ``view``'s context menu from the keyboard (Qt's own, of its actions: it runs until closed)
    and reads what it cuts; None if no menu opened."""
    found: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            found.append(_cut(menu))
            menu.close()

    QTimer.singleShot(300, read_and_close)
    view.setFocus()
    index = view.currentIndex() if view.currentIndex().isValid() else view.model().index(0, 0)
    view.setCurrentIndex(index)
    cell = view.visualRect(index).center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell,
                                                   view.viewport().mapToGlobal(cell)))
    qtbot.wait(50)
    return found[0] if found else None


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menus, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_context_menus_qt_makes_hold_their_words(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                     qtbot: QtBot, lang: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The Sessions list's menu (Open, Code this session…) and the coding window's codebook (Memo on the
    code…, Move up…): menus Qt makes anew of the widget's actions each time they open."""
    try:
        window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
        window.go_to("sessions")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        qtbot.waitUntil(lambda: page.view.model().rowCount() > 0, timeout=10_000)
        assert _context_menu_cut(page.view, qtbot) == []
        with demo_store.session() as s:
            session_id = s.scalars(select(Session.id).where(Session.kind == "focus_group").limit(1)).one()
        coding = open_coding_window(window.ctx, session_id)
        qtbot.addWidget(coding)
        qtbot.waitUntil(lambda: coding.codes.rowCount() > 0, timeout=10_000)
        assert _context_menu_cut(coding.tree, qtbot) == []
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_sync_results_menu_holds_its_words(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                               lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Sync page's Results: Copy, Copy all ("…ر بگرەوە" in Kurdish at 20 points)."""
    try:
        window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
        window.go_to("sync")
        window.ctx.tasks.wait(10_000)
        settle()
        log = window.current_page().findChild(ResultsLog)
        assert log is not None
        log.addItem("a line")
        menu = log.copy_menu()
        assert _opened(menu, window.mapToGlobal(QPoint(20, 20))) == []
    finally:
        manager.set_font_size(None)
