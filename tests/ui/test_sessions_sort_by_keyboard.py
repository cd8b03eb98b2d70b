"""The sessions list is sorted from the keyboard: the Menu key on a cell opens the list's menu, whose
Sort by this column (its letter, in each language) sorts by that cell's column, A to Z, and again the
other way round. Before, sorting was a click on a column's header only (DESIGN.md, Interface: "Every
action reachable by keyboard"). The menu's letters are distinct and typeable: in Kurdish Open
(«&کردنەوە») and Code this session (« &کۆدکردنی…») were both on ک, so ک only moved between them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.ui.test_accessibility import menu_problems, mnemonic_letter


def sort_from_the_menu(page: SessionsPage, qtbot: QtBot, lang: str, column: int, order: Qt.SortOrder) -> list[str]:
    """Menu key on the table's current cell, then the letter of Sort by this column; waits for the list
    sorted by ``column`` in ``order``. The menu's problems, if any."""
    page.view.setCurrentIndex(page.model.index(0, column))
    seen: list[str] = []

    def in_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            seen.append("no menu opened")
            return
        seen.extend(menu_problems(menu, lang))
        sort = getattr(page, "sort_action", None)
        if sort is not None and sort in menu.actions():
            letter = mnemonic_letter(sort.text())
            QTest.sendKeyEvent(QTest.KeyAction.Click, menu, Qt.Key(0), letter, Qt.KeyboardModifier.NoModifier)
        if menu.isVisible():  # never left open: the test would wait in it for ever
            seen.append("the menu has no Sort by this column, or its letter did not pick it")
            menu.close()

    QTimer.singleShot(50, in_the_menu)
    # The Menu key or Shift+F10, as Windows hands it to the focused widget (offscreen Qt makes no menu
    # event of the key itself).
    cell = page.view.visualRect(page.view.currentIndex()).center()
    QApplication.sendEvent(page.view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell,
                                                        page.view.viewport().mapToGlobal(cell)))
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: bool(seen) or (not page.ctx.tasks.busy and header.sortIndicatorSection() == column
                                           and header.sortIndicatorOrder() == order), timeout=10_000)
    return seen


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_list_is_sorted_from_the_keyboard(lang: str, ctx: AppContext, manager: LanguageManager, store: Store,
                                              qtbot: QtBot) -> None:
    demo.generate(store, sessions=6, seed=1)
    manager.set_language(lang)
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: page.loads >= 1 and not ctx.tasks.busy and page.isActiveWindow(), timeout=10_000)
    assert page.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    title = page.model.COLUMNS.index("title")
    page.view.setFocus()

    def titles() -> list[str]:
        return [page.model.row_at(r)["title"] for r in range(page.model.rowCount())]

    assert sort_from_the_menu(page, qtbot, lang, title, Qt.SortOrder.AscendingOrder) == []
    assert titles() == sorted(titles()) and len(set(titles())) > 1
    assert sort_from_the_menu(page, qtbot, lang, title, Qt.SortOrder.DescendingOrder) == []
    assert titles() == sorted(titles(), reverse=True)
