"""The withdrawal dialog on small screens with larger text: OK and Cancel, and "I understand", in view.

A 1366x768 laptop at 150 % gives a window 895x424 logical pixels; a 1024x600 netbook at 100 % gives
1008x520 (tests/ui/test_laptop_screen.py). The dialog could be no shorter than the explanation, the date
and reason, both scopes, three lines of what is destroyed, the tick and the buttons one above the other:
433 pixels at 14 points (the laptop), 572 at 20 points (the netbook). Its bottom, OK and Cancel, stood
under the task bar or past the screen's edge. What is above the tick now scrolls as one part.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.qt_i18n import LanguageManager

SCREENS = {"laptop at 150 %": ((895, 424), 14.0), "netbook": ((1008, 520), 20.0)}


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_ok_cancel_and_the_tick_in_view(screen: str, lang: str, qtbot: QtBot, manager: LanguageManager) -> None:
    (width, height), points = SCREENS[screen]
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        dialog = WithdrawDialog("BSR-FG03-P01")
        qtbot.addWidget(dialog)
        smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert smallest.height() <= height and smallest.width() <= width, (smallest, (width, height))
        dialog.resize(min(dialog.sizeHint().width(), width), height)
        dialog.show()
        QApplication.processEvents()
        dialog.resize(dialog.width(), height)  # as the window manager keeps it: within the screen
        QApplication.processEvents()
        for widget in (dialog.ok_button(), dialog.buttons.button(dialog.buttons.StandardButton.Cancel), dialog.confirm):
            corner = widget.mapTo(dialog, QPoint(widget.width() - 1, widget.height() - 1))
            assert dialog.rect().contains(corner), (widget, corner, dialog.size())
        # The rest is reached by scrolling, the consequence's last line too.
        area = scroll_area_of(dialog.consequence)
        assert area is not None
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        QApplication.processEvents()
        bottom = dialog.consequence.mapTo(area.viewport(), QPoint(0, dialog.consequence.height() - 1))
        assert area.viewport().rect().contains(bottom), (bottom, area.viewport().size())
    finally:
        manager.set_font_size(None)
