"""The Recommendations list beside the recommendation shows each recommendation's status without a
sideways scroll, on a 1366x768 screen at 100 % (the main window opens 1180x680) and on that laptop at
150 % (911x464 logical pixels under the task bar: a window of 895x424), in every language.

Its seven columns took about 750 pixels in a list 250 to 420 wide: the status was behind a horizontal
scroll bar (at the far left in Arabic and Kurdish, past the title's end in English). Now the title takes
the room the number and the status leave (cut with an ellipsis, whole in its tooltip), and the support
counts show as a person chooses in a menu on the headings (or the menu key on the list), remembered.
Real store, real widgets offscreen."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.advocacy.page import LIST_COLUMNS, RecommendationsPage
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings_store import RECOMMENDATION_COLUMNS, SettingsStore
from tests.i18n.test_i18n_screens import demo_store, settle  # noqa: F401 - fixtures used by name
from tests.ui_helpers import main_window

LAPTOP = (895, 424)  # 911x464 logical less a window's frame and title bar (tests/ui/test_laptop_screen.py)
DESK = (1180, 680)  # the main window's first size on a 1366x768 screen at 100 %
NUMBER, TITLE, STATUS = (LIST_COLUMNS.index(n) for n in ("number", "title", "status"))
PAD = 8  # a cell's margins at least, beside its words


def open_list(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
              size: tuple[int, int]) -> tuple[MainWindow, RecommendationsPage]:
    window = main_window(manager, store, qtbot, lang)
    window.resize(*size)
    window.go_to("recommendations")
    page = cast(RecommendationsPage, window.current_page())
    qtbot.waitUntil(lambda: len(page.list_model.rows) > 0, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, TITLE))
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    settle()
    qtbot.wait(50)
    settle()
    return window, page


def shown_columns(view: QTableView) -> dict[int, tuple[int, int]]:
    """Each column shown: (its left edge in the viewport, its width)."""
    header = view.horizontalHeader()
    return {c: (header.sectionViewportPosition(c), header.sectionSize(c)) for c in range(header.count())
            if not header.isSectionHidden(c)}


def whole_words_cut(view: QTableView, column: int) -> list[tuple[str, int, int]]:
    """The cells and heading of ``column`` whose words are wider than it, in the table's font now."""
    model, width = view.model(), view.columnWidth(column)
    cells, heading = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    words = [(str(model.data(model.index(r, column))), cells) for r in range(model.rowCount())]
    words.append((str(model.headerData(column, Qt.Orientation.Horizontal)), heading))
    return [(w, metrics.horizontalAdvance(w), width) for w, metrics in words
            if metrics.horizontalAdvance(w) + PAD > width]


def assert_fits(page: RecommendationsPage) -> None:
    view = page.list
    room = view.viewport().width()
    columns = shown_columns(view)
    assert view.horizontalScrollBar().maximum() == 0, (room, columns)  # before: 750 in 250 to 420
    for column, (left, width) in columns.items():  # every column shown wholly inside the list
        assert left >= 0 and left + width <= room, (column, columns, room)
    assert STATUS in columns and NUMBER in columns
    assert whole_words_cut(view, STATUS) == [] and whole_words_cut(view, NUMBER) == []
    assert columns[TITLE][1] >= room // 3, (columns, room)  # the title keeps a good share


@pytest.mark.parametrize("size", [LAPTOP, DESK], ids=["laptop150", "desk100"])
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_status_shows_without_sideways_scrolling(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                     qtbot: QtBot, lang: str, size: tuple[int, int]) -> None:
    window, page = open_list(manager, demo_store, qtbot, lang, size)
    assert_fits(page)
    # A title cut with an ellipsis is whole in its tooltip.
    model = page.list_model
    for row in range(model.rowCount()):
        index = model.index(row, TITLE)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(Qt.ItemDataRole.DisplayRole) != ""
    window.ctx.tasks.wait(10_000)
    window.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_support_counts_are_chosen_from_a_menu_and_remembered(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                                  qtbot: QtBot, lang: str) -> None:
    window, page = open_list(manager, demo_store, qtbot, lang, DESK)
    choice = page.list_columns
    participants = LIST_COLUMNS.index("participants")
    assert page.list.isColumnHidden(participants)
    # From the keyboard: the menu key on the list (a heading takes no focus).
    # (The Menu key or Shift+F10, as Windows hands it to the focused widget: offscreen Qt makes no menu
    # event of the key itself.)
    page.list.setFocus()
    cell = page.list.visualRect(page.list.currentIndex()).center()
    QApplication.sendEvent(page.list, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell,
                                                        page.list.viewport().mapToGlobal(cell)))
    qtbot.waitUntil(lambda: choice.menu is not None and choice.menu.isVisible())
    assert choice.menu is not None
    entries = {a.text(): a for a in choice.menu.actions()}
    headings = [str(page.list_model.headerData(c, Qt.Orientation.Horizontal)) for c in range(3, len(LIST_COLUMNS))]
    assert list(entries) == headings and not any(a.isChecked() for a in entries.values())
    assert choice.menu.accessibleName() and page.list.accessibleDescription()
    entries[headings[0]].trigger()  # Participants
    choice.menu.close()
    qtbot.waitUntil(lambda: not page.list.isColumnHidden(participants))
    settle()
    qtbot.wait(50)
    assert_fits(page)
    assert whole_words_cut(page.list, participants) == []  # a number and its heading, whole at this size
    assert "participants" in SettingsStore().get(RECOMMENDATION_COLUMNS)
    # From the mouse: a right click on the headings opens the same menu, Participants ticked now.
    header = page.list.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    qtbot.waitUntil(lambda: choice.menu is not None and choice.menu.isVisible())
    assert [a.isChecked() for a in choice.menu.actions()] == [True, False, False, False]
    choice.menu.close()
    window.ctx.tasks.wait(10_000)
    window.close()
    # The next time the page is built (another start), the choice is back.
    again, page = open_list(manager, demo_store, qtbot, lang, LAPTOP)
    assert not page.list.isColumnHidden(participants)
    assert page.list.isColumnHidden(LIST_COLUMNS.index("sessions"))
    assert page.list.horizontalScrollBar().maximum() == 0
    again.ctx.tasks.wait(10_000)
    again.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_columns_fit_again_after_a_language_switch(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot, lang: str) -> None:
    """The language manager sets the new language's font after the language-change events: a fit in
    the switch itself would measure the new words in the old font (tests/ui/test_sync_device_columns_after_language.py).
    The list and the quotes beside it are fitted again once the switch is over."""
    window, page = open_list(manager, demo_store, qtbot, "en", DESK)
    view = page.view
    qtbot.waitUntil(lambda: view.quotes_model.rowCount() > 3, timeout=10_000)
    font = page.list.font().family()
    manager.set_language(lang)
    qtbot.waitUntil(lambda: page.list.font().family() != font, timeout=3_000)
    qtbot.wait(200)
    settle()
    assert_fits(page)
    quotes = view.quotes
    speaker = 2  # Quote, In the brief, Speaker, Session
    assert quotes.horizontalScrollBar().maximum() == 0
    assert whole_words_cut(quotes, speaker) == []
    assert quotes.columnWidth(0) >= quotes.viewport().width() // 3
    window.ctx.tasks.wait(10_000)
    window.close()
