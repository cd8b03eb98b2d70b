"""The withdrawal dialog's consequence, what a withdrawal of everything destroys, is the one text a
person must read before ticking "I understand". Qt sized the window for its preferred width, then
narrowed it to fit the screen (two thirds of an 800-pixel screen here, as on a small laptop), keeping
the height: the wrapped text was cut off at the top and the bottom in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.qt_i18n import LanguageManager


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
