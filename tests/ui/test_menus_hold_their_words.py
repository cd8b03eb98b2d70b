"""The menu bar's menus hold each item's words whole at the largest text sizes, in Arabic, Kurdish and
English. At 20 points Qt's Fusion style (Majlis on Linux) cut them in the middle: "En…sh" in View >
Language, "Export REFI…DA project…", "Help fo…is page", "یارمەتی ب…ەم پەڕەیە". The style measures
an item with a narrow check column and draws it with one of 0.79 of the item's height, which grows
with the text, and cuts the words to what is left; a submenu's arrow, as tall as half the item, stood
on the word "Language". The menus now make room for both before they open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import shots_folder

# Fusion's menu item (qfusionstyle.cpp, CE_MenuItem): the words start after the check column and its
# margins and end before the right border and the shortcuts' column.
ITEM_FRAME, ITEM_H_MARGIN, RIGHT_BORDER = 2, 3, 15


def _room_for_words(menu: QMenu, option: QStyleOptionMenuItem) -> tuple[float, float]:
    """Where Fusion draws an item's words: its left and right ends, in the item (left to right)."""
    width, height = option.rect.width(), option.rect.height()
    check_column = max(int(height * 0.79), option.maxIconWidth, 21)
    start = (ITEM_H_MARGIN + ITEM_FRAME - 1) + check_column + ITEM_H_MARGIN
    end = width - RIGHT_BORDER - option.reservedShortcutWidth + 2
    if option.menuItemType == QStyleOptionMenuItem.MenuItemType.SubMenu:
        end = min(end, width - 3 - (height - 4) // 2)  # the arrow's far end is 3 pixels in from the edge
    return start, end


def _cut(menu: QMenu) -> list[str]:
    cut = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        option = QStyleOptionMenuItem()
        menu.initStyleOption(option, action)
        option.rect = menu.actionGeometry(action)
        words = option.text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
        start, end = _room_for_words(menu, option)
        if option.fontMetrics.horizontalAdvance(words) > end - start:
            cut.append(f"{words!r}: {option.fontMetrics.horizontalAdvance(words)} > {end - start}")
    return cut


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menus, offscreen
@pytest.mark.parametrize("size", [20.0, 24.0])
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_each_menu_holds_its_items_words(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                         tmp_path: Path, lang: str, size: float) -> None:
    manager.set_language(lang)
    manager.set_font_size(size)
    try:
        window = MainWindow(make_context(demo_store, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        settle()
        cut: dict[str, list[str]] = {}
        shots = shots_folder(tmp_path, "MAJLIS_MENU_SHOTS")
        menus = (window.file_menu, window.view_menu, window.language_menu, window.help_menu)
        titles = [menu.title() for menu in menus]
        for menu in menus:
            menu.popup(window.mapToGlobal(QPoint(40, 40)))
            settle()
            assert menu.isVisible()
            if words := _cut(menu):
                cut[menu.title()] = words
            menu.grab().save(str(shots / f"{lang}_{size:.0f}_{titles.index(menu.title())}.png"))  # to look at
            menu.hide()
            settle()
        assert not cut, cut
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menus, offscreen
def test_the_menus_make_room_again_after_a_switch(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                  qtbot: QtBot) -> None:
    """Opened once in English at the default size, the menus hold their words after a switch to Kurdish
    at 24 points: their room is measured each time they open."""
    manager.set_language("en")
    try:
        window = MainWindow(make_context(demo_store, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        settle()
        menus = (window.file_menu, window.view_menu, window.language_menu, window.help_menu)
        for menu in menus:
            menu.popup(window.mapToGlobal(QPoint(40, 40)))
            settle()
            menu.hide()
        manager.set_language("ckb")
        manager.set_font_size(24.0)
        settle()
        for menu in menus:
            menu.popup(window.mapToGlobal(QPoint(40, 40)))
            settle()
            assert menu.isVisible() and not _cut(menu), (menu.title(), _cut(menu))
            menu.hide()
            settle()
    finally:
        manager.set_font_size(None)
