"""The Participants list at 20 points on a 1366x768 laptop at 150 %: the pseudonym and the consent read
without scrolling sideways, and the other columns are chosen in a menu.

In the declaration's order (pseudonym, gender, age band, governorate, urban/rural, occupation, consent,
recorded on) the consent, where "withdrawn" shows, stood past the list's side after five columns of 170
pixels, at the far left in Arabic and Kurdish, and was read only by scrolling sideways. Now the pseudonym
and the consent come first and always show; the others show as a person chooses (a menu on the headings,
or the menu key on the list), the choice kept in the settings.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings_store import PARTICIPANT_COLUMNS, SettingsStore
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (910, 512)


def readable(page: Any, key: str) -> bool:
    """Column ``key`` of the list lies wholly inside the list's viewport, scrolled to its start."""
    view, model = page.view, page.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == page.model.title(key))
    left = view.columnViewportPosition(column)
    return not view.isColumnHidden(column) and left >= 0 and left + view.columnWidth(column) <= view.viewport().width()


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
def test_pseudonym_and_consent_read_without_scrolling_sideways(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                               qtbot: QtBot, lang: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.go_to("participants")
    window.ctx.tasks.wait(10_000)
    settle()
    page: Any = window.current_page()
    view = page.view
    assert page.model.rowCount() > 0
    assert readable(page, "code") and readable(page, "consent")
    # The other columns hidden from the keyboard's menu (the menu key on the list): nothing scrolls sideways.
    view.setFocus()
    cell = view.visualRect(view.model().index(0, 0)).center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell,
                                                   view.viewport().mapToGlobal(cell)))
    qtbot.waitUntil(lambda: page.columns.menu is not None and page.columns.menu.isVisible())
    menu = page.columns.menu
    headings = [str(page.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(2, page.model.columnCount())]
    assert [a.text() for a in menu.actions()] == headings and all(a.isChecked() for a in menu.actions())
    assert view.accessibleDescription()
    for action in menu.actions()[1:]:  # the governorate kept
        action.trigger()
    menu.close()
    settle()
    qtbot.wait(50)
    assert [c for c in SettingsStore().get(PARTICIPANT_COLUMNS) if c not in ("code", "consent")] == ["governorate"]
    assert readable(page, "governorate") and readable(page, "consent")
    assert not view.horizontalScrollBar().isVisible()
