"""What a withdrawal destroys is read to its end from the keyboard too.

On a 1366x768 laptop with the text at 20 points (Kurdish, Arabic) the withdrawal dialog is as tall as the
screen and what is above the tick scrolls: the list of what is destroyed ended out of sight. The mouse
scrolled it; the keyboard could not, since the scrolling part had no Tab stop (date, reason, the scope,
the tick, Cancel): a facilitator working by keyboard ticked "I understand" without having been able to
read the end of what is erased. The part is now a Tab stop before the tick, as the long questions'
(QuestionDialog) is; Page Down scrolls it a page at a time, End to its last line.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.qt_i18n import LanguageManager
from tests.ui_helpers import focused


def last_line_in_view(dialog: WithdrawDialog) -> bool:
    area, label = dialog.body, dialog.consequence
    bottom = label.mapTo(area.viewport(), QPoint(0, label.height() - 1))
    return area.viewport().rect().contains(bottom)


# (language, text size, the dialog's size as it opens): a 1366x768 screen at 20 points; the same laptop at
# 150 % display scaling (895x424 logical pixels) at the usual 14 points.
CASES = [("ckb", 20.0, (767, 760)), ("ckb", 14.0, (895, 424)), ("ar", 14.0, (895, 424)), ("en", 14.0, (895, 424))]


@pytest.mark.parametrize(("lang", "points", "size"), CASES)
def test_the_keyboard_reaches_the_end_of_what_is_destroyed(lang: str, points: float, size: tuple[int, int],
                                                           qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        dialog = WithdrawDialog("BSR-FG03-P01")
        qtbot.addWidget(dialog)
        dialog.resize(*size)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.resize(*size)  # as the window manager keeps it: within the screen
        QApplication.processEvents()
        assert not last_line_in_view(dialog)  # it does scroll here: else there is nothing to test
        dialog.date.setFocus()
        stops: list[QWidget] = []
        while focused() is not dialog.confirm and len(stops) < 10:
            stops.append(focused())
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.confirm, stops
        assert dialog.body in stops, [type(w).__name__ for w in stops]
        dialog.body.setFocus()
        qtbot.keyClick(dialog.body, Qt.Key.Key_End)
        assert last_line_in_view(dialog)
        qtbot.keyClick(dialog.body, Qt.Key.Key_Home)
        assert not last_line_in_view(dialog)
        for _ in range(8):  # a page at a time
            qtbot.keyClick(dialog.body, Qt.Key.Key_PageDown)
        assert last_line_in_view(dialog)
        # Still one above the other in reading order: the scope before the text that says what it does.
        assert stops.index(dialog.scope_all) < stops.index(dialog.body)
    finally:
        manager.set_font_size(None)
