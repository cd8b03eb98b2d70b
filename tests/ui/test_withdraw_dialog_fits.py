"""The withdrawal dialog's consequence, what a withdrawal of everything destroys, is the one text a
person must read before ticking "I understand". Qt sized the window for its preferred width, then
narrowed it to fit the screen (two thirds of an 800-pixel screen here, as on a small laptop), keeping
the height: the wrapped text was cut off at the top and the bottom in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.screen_fit import room


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_every_line_of_what_is_destroyed_is_on_screen(lang: str, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    dialog = WithdrawDialog("BSR-FG03-P01")
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    label = dialog.consequence
    assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.heightForWidth(label.width()))
    dialog.scope_quotes.setChecked(True)
    dialog.scope_all.setChecked(True)  # the longer text again, after the shorter one
    QApplication.processEvents()
    assert label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_at_24_points_ok_and_cancel_stay_on_the_screen(lang: str, qtbot: QtBot, manager: LanguageManager) -> None:
    """At 24 points the dialog grew to every line of the consequence: 1,176 pixels tall in English, OK and
    Cancel below a laptop's screen. It now stops at the screen's height and the consequence scrolls."""
    manager.set_language(lang)
    manager.set_font_size(24.0)
    try:
        dialog = WithdrawDialog("BSR-FG03-P01")
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        most = room(dialog).height()
        assert dialog.height() <= most, (dialog.height(), most)
        assert dialog.buttons.geometry().bottom() <= dialog.height()
        label = dialog.consequence
        assert label.heightForWidth(label.width()) > most // 2  # the text is long at this size: it scrolls
        area = dialog.body  # what is above the tick, the consequence in it, scrolls as one part
        assert isinstance(area, QScrollArea) and area.isAncestorOf(label) and area.verticalScrollBar().maximum() > 0
        assert area.height() >= 2 * label.fontMetrics().lineSpacing()  # and some of it shows
    finally:
        manager.set_font_size(None)
