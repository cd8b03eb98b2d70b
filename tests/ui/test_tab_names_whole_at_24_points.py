"""At 24 points on a 1366x768 laptop at 150 % the Reports page's tab names were cut to 3-4 letters
("Retr…", "Sear…", "Co-…") and a facilitator with poor sight could not tell the tabs apart. Now, where
the names would be cut that far, the tabs stand as a list beside the pages, every name whole and written
across, at the side where reading starts; at 12, 16 and 20 points they stay above the pages as before.
Where the list beside would leave the pages less than they need (English at 24 points: 307 pixels of
483, and the page scrolled sideways), a drop-down list of the names stands in for the tab bar.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.fitting_tabs import FittingTabs
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui.test_tab_names_at_20_points import chooser_wrong, drawn_cut, read, whole_width
from tests.ui_helpers import main_window_on_screen


def not_whole(tabs: QTabWidget) -> list[str]:
    """Each tab whose name is not shown whole: cut short, narrower than its name, or out of the bar; and
    scroll arrows."""
    bar = tabs.tabBar()
    wrong = [f"{len(arrows)} scroll arrows" for arrows in [[b for b in bar.findChildren(QToolButton)
                                                            if b.isVisible()]] if arrows]
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        rect, name = bar.tabRect(i), read(bar.tabText(i))
        text = metrics.size(Qt.TextFlag.TextShowMnemonic, bar.tabText(i)).width()
        if drawn_cut(bar, i) or rect.width() < whole_width(bar, i) - 1 or rect.width() < text:
            wrong.append(f"{name!r} cut: {rect.width()} pixels for a name of {text}")
        if not bar.rect().contains(rect):
            wrong.append(f"{name!r} out of the bar: {rect.getRect()} in {bar.rect().getRect()}")
    return wrong


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_every_reports_tab_name_is_whole_at_24_points(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                      qtbot: QtBot, lang: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, 24.0, LAPTOP_150, monkeypatch)
    try:
        window.go_to("reports")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        if page.tabs.choosing():  # a drop-down list of the names instead (English: the pages need the room)
            assert lang == "en" and chooser_wrong(page.tabs) == []
            chooser = page.tabs.chooser()
            assert not page.tabs.tabBar().isVisible() and chooser.y() < page.tabs.y()
            assert chooser.accessibleName() == page.tabs.accessibleName() == "Reports"
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            chooser.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is chooser)
            qtbot.keyClick(chooser, Qt.Key.Key_Tab)  # from the names to the page's first field
            assert page.retrieval.isAncestorOf(QApplication.focusWidget()), QApplication.focusWidget()
            chooser.setFocus()
            qtbot.keyClick(chooser, Qt.Key.Key_Down)  # the next name, chosen with the keyboard
            assert page.tabs.currentWidget() is page.search and chooser.currentText() == "Search"
            page.tabs.setCurrentWidget(page.cooccurrence)  # and the other way round
            assert chooser.currentText() == "Co-occurrence"
            return
        assert not_whole(page.tabs) == []
        bar = page.tabs.tabBar()
        assert bar.isVisible() and page.tabs.rect().contains(bar.geometry())
        if page.tabs.tabPosition() != QTabWidget.TabPosition.North:  # beside the pages: at the start side
            pane = page.tabs.currentWidget().mapTo(page.tabs, page.tabs.currentWidget().rect().topLeft())
            assert (bar.geometry().x() < pane.x()) == (lang == "en")
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
            assert page.tabs.currentWidget() is page.cooccurrence  # a click on a name opens its tab
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("size", [None, 16.0, 20.0])
def test_the_reports_tabs_stay_above_the_pages_up_to_20_points(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                                qtbot: QtBot, size: float | None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, "en", size, LAPTOP_150, monkeypatch)
    try:
        window.go_to("reports")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        assert page.tabs.tabPosition() == QTabWidget.TabPosition.North
        if size is None or size < 20:
            assert not_whole(page.tabs) == []
    finally:
        manager.set_font_size(None)


def test_tabs_go_beside_when_too_narrow_and_back_above_when_wide(qtbot: QtBot) -> None:
    tabs = FittingTabs()
    qtbot.addWidget(tabs)
    tabs.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for name in ("Retrieval", "S&earch", "Matrix", "Co-occurrence", "Agreement"):
        tabs.addTab(QWidget(), name)
    tabs.resize(1000, 400)
    tabs.show()
    settle()
    assert tabs.tabPosition() == QTabWidget.TabPosition.North and not_whole(tabs) == []
    wide = sum(whole_width(tabs.tabBar(), i) for i in range(tabs.count()))
    tabs.resize(wide * 2 // 3, 400)  # above, the names would be cut to less than half
    settle()
    bar = tabs.tabBar()
    assert bar.shape() != QTabBar.Shape.RoundedNorth
    assert not_whole(tabs) == []
    assert bar.geometry().x() > tabs.width() // 2  # right to left: the list at the right
    assert [bar.tabToolTip(i) for i in range(tabs.count())] == [""] * tabs.count()  # whole: no tooltip
    tabs.resize(1000, 400)
    settle()
    assert tabs.tabPosition() == QTabWidget.TabPosition.North and not_whole(tabs) == []


def test_the_chooser_stands_in_where_beside_leaves_the_pages_too_little(qtbot: QtBot) -> None:
    """Pages that need most of the width: beside them the list would squeeze them, so the owner's
    drop-down list stands in for the tab bar, and the bar comes back when the names fit above."""
    holder = QWidget()
    qtbot.addWidget(holder)
    tabs = FittingTabs()
    tabs.setAccessibleName("Reports")
    column = QVBoxLayout(holder)
    column.addWidget(tabs.chooser())
    column.addWidget(tabs)
    names = ("Retrieval", "Search", "Matrix", "Co-occurrence", "Agreement")
    for name in names:
        page = QWidget()
        page.setMinimumWidth(100)
        tabs.addTab(page, name)
    holder.resize(1000, 400)
    holder.show()
    settle()
    chooser = tabs.chooser()
    assert not tabs.choosing() and not chooser.isVisible() and tabs.tabBar().isVisible()
    wide = sum(whole_width(tabs.tabBar(), i) for i in range(tabs.count()))
    for i in range(tabs.count()):
        tabs.widget(i).setMinimumWidth(wide // 2)  # more than the list beside would leave them
    holder.resize(wide * 2 // 3, 400)
    settle()
    settle()
    assert tabs.choosing() and chooser.isVisible() and not tabs.tabBar().isVisible()
    assert [chooser.itemText(i) for i in range(chooser.count())] == list(names)
    assert chooser.accessibleName() == "Reports"
    chooser.setCurrentIndex(3)
    chooser.activated.emit(3)  # as a person's choice does
    assert tabs.currentIndex() == 3
    tabs.setTabText(1, "Search everything")
    assert chooser.itemText(1) == "Search everything"
    for i in range(tabs.count()):
        tabs.widget(i).setMinimumWidth(100)
    holder.resize(wide + 200, 400)
    settle()
    settle()
    assert not tabs.choosing() and not chooser.isVisible() and tabs.tabBar().isVisible()
    assert tabs.focusPolicy() == Qt.FocusPolicy.TabFocus and tabs.tabPosition() == QTabWidget.TabPosition.North


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_every_recommendations_tab_name_is_whole_at_24_points(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                              qtbot: QtBot, lang: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The Recommendations page's tabs were cut to about half in English ("Reco…", "Outre…", "Netw…")."""
    window = main_window_on_screen(manager, demo_store, qtbot, lang, 24.0, LAPTOP_150, monkeypatch)
    try:
        window.go_to("recommendations")
        window.ctx.tasks.wait(10_000)
        settle()
        page: Any = window.current_page()
        if page.tabs.choosing():
            assert chooser_wrong(page.tabs) == []
            chooser = page.tabs.chooser()
            assert chooser.isVisible() and not page.tabs.tabBar().isVisible() and chooser.y() < page.tabs.y()
            chooser.setCurrentIndex(2)
            chooser.activated.emit(2)  # as a choice made by the person
            assert page.tabs.currentIndex() == 2
        else:
            assert not_whole(page.tabs) == []
    finally:
        manager.set_font_size(None)
