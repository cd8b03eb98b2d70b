"""Two long questions fit the screen with a larger text size: Sync → Re-date waiting work… and the
end of a study's offer to erase every identity.

Qt keeps a message box narrow on a small screen (it wraps at half the screen's width: about 455 pixels on
a 1366x768 laptop at 150 %), so a long explanation (what re-dating does, when to do it and when to set
the clock right instead; what the erasure takes and that it cannot be undone) made the box taller than
the screen, its buttons under the task bar: 452 to 479 pixels of the laptop's 424 at 16 points, 470 at
20. Where a box is taller than the screen it is now made as wide as the screen allows, and so shorter.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_sync_redate import laptop_page, question
from tests.ui_helpers import end_of_study_offer

team = team_fixture(devices=1, clock_ahead=True)
LAPTOP = QSize(895, 424)  # 1366x768 at 150 %, less the task bar and a window's frame, in logical pixels


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_question_and_its_buttons_are_on_screen(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                    manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """The laptop's room as Majlis measures it (Qt sizes the box for this test's 800-pixel screen, as
    narrow as on the laptop: half the screen's width)."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: LAPTOP)
    manager.set_language(lang)
    manager.set_font_size(16.0)
    try:
        page = laptop_page(team, qtbot, make_ctx)
        box = question(page, qtbot)
        QApplication.processEvents()
        most = LAPTOP
        assert box.height() <= most.height() and box.width() <= most.width(), (box.size(), most)
        for button in box.buttons():
            corner = button.mapTo(box, QPoint(button.width() - 1, button.height() - 1))
            assert box.rect().contains(corner), (button.text(), corner, box.size())
        box.button(QDialogButtonBox.StandardButton.Cancel).click()
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
def test_the_end_of_a_study_offer_is_on_screen(lang: str, ctx: AppContext, qtbot: QtBot, manager: LanguageManager,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """'End of the study' (erase every identity now?) and its Erase identities and Not now buttons."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: LAPTOP)
    manager.set_language(lang)
    manager.set_font_size(20.0)
    try:
        parent, box = end_of_study_offer(ctx, qtbot)
        QApplication.processEvents()
        assert box.height() <= LAPTOP.height() and box.width() <= LAPTOP.width(), (box.size(), LAPTOP)
        for button in box.buttons():
            corner = button.mapTo(box, QPoint(button.width() - 1, button.height() - 1))
            assert box.rect().contains(corner), (button.text(), corner, box.size())
        box.close()
    finally:
        manager.set_font_size(None)


NETBOOK = QSize(1008, 520)  # 1024x600 at 100 %, less a 40-pixel task bar and a window's frame


def _whole_on_screen(box: QWidget, most: QSize) -> None:
    """The box within ``most``, each button inside it, and every line of its question there to read:
    shown, or in a part that scrolls (a message box cannot scroll: its lines and buttons ran off)."""
    assert box.height() <= most.height() and box.width() <= most.width(), (box.size(), most)
    buttons = box.findChildren(QAbstractButton)
    assert buttons
    for button in buttons:
        if button.isVisible():
            corner = button.mapTo(box, QPoint(button.width() - 1, button.height() - 1))
            assert box.rect().contains(corner) and button.mapTo(box, QPoint(0, 0)).y() >= 0, (button.text(), corner)
    for label in box.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.wordWrap():
            continue
        needed = label.heightForWidth(label.width())
        area = next((a for a in box.findChildren(QScrollArea) if a.isAncestorOf(label)), None)
        assert label.height() >= needed, (label.text()[:30], label.size(), needed)
        if area is None:  # not scrolled: all of it inside the box
            assert label.mapTo(box, QPoint(0, label.height())).y() <= box.height(), label.text()[:30]


@pytest.mark.parametrize("points", [20.0, 24.0])
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_on_a_netbook_the_redate_question_scrolls_its_text(
        lang: str, points: float, team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A 1024x600 netbook at 20–24 points: the re-dating question was taller than the screen, its Re-date
    and Cancel under the task bar (a message box cannot scroll)."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: NETBOOK)
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        page = laptop_page(team, qtbot, make_ctx)
        box = question(page, qtbot)
        QApplication.processEvents()
        _whole_on_screen(box, NETBOOK)
        box.button(QDialogButtonBox.StandardButton.Cancel).click()
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("points", [20.0, 24.0])
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_on_a_netbook_the_end_of_a_study_offer_scrolls_its_text(
        lang: str, points: float, ctx: AppContext, qtbot: QtBot, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: NETBOOK)
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        parent, box = end_of_study_offer(ctx, qtbot)
        QApplication.processEvents()
        _whole_on_screen(box, NETBOOK)
        box.close()
    finally:
        manager.set_font_size(None)
