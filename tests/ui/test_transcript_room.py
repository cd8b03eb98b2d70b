"""The transcript's room on a short window (tests/ui/test_laptop_screen.py measures the laptop itself).

The shortcut line under the text box shows by itself only where the table keeps room for its turns;
the Shortcuts button shows or hides it, and that choice then holds whatever the window's size. Until
the facilitator drags the handle between the turns and the text box, the table is given its turns
first; after a drag, the text box keeps the height it was given.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.focus_group.transcript import TEXT_LINES, TURNS_IN_VIEW
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.text_lines import lines_height
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_fg_status_follows_language import _editor
from tests.ui_helpers import main_window

SHORT = (900, 430)  # a laptop at 150 % less the frame: about 895x424
TALL = (1180, 900)


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "ckb")


def sized(window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    settle()


def test_the_shortcut_line_follows_the_room_until_chosen(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    panel = _editor(window, store, qtbot).transcript
    sized(window, TALL)
    assert panel.hint.isVisible() and panel.keys_button.isChecked()
    sized(window, SHORT)
    assert not panel.hint.isVisible() and not panel.keys_button.isChecked()
    assert panel.keys_button.isVisible() and panel.keys_button.text() != "Shortcuts"  # translated

    panel.keys_button.click()  # the facilitator wants the keys in view on the short window
    settle()
    assert panel.hint.isVisible()
    sized(window, TALL)
    sized(window, SHORT)
    assert panel.hint.isVisible() and panel.keys_button.isChecked()
    panel.keys_button.click()
    sized(window, TALL)
    assert not panel.hint.isVisible() and not panel.keys_button.isChecked()


def test_the_table_takes_the_room_first_until_the_handle_is_dragged(window: MainWindow, store: Store,
                                                                    qtbot: QtBot) -> None:
    panel = _editor(window, store, qtbot).transcript
    sized(window, SHORT)
    table, text = panel.splitter.sizes()
    assert text == panel.composer_height(TEXT_LINES[0])  # the text box at its smallest: two lines
    assert panel.edit.height() >= lines_height(panel.edit, TEXT_LINES[0]) - 1
    sized(window, TALL)
    table, text = panel.splitter.sizes()
    assert table >= panel.table_height(TURNS_IN_VIEW) and text == panel.composer_height(TEXT_LINES[1])

    panel.splitter.moveSplitter(table - 60, 1)  # the facilitator gives the text box more
    settle()
    kept = panel.splitter.sizes()[1]
    assert kept > text
    sized(window, (1180, 1000))
    assert panel.splitter.sizes()[1] == kept
