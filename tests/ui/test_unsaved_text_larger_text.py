"""'Text not saved' (the database file was replaced under the window) at the largest text size.

The explanation says what happened and what to do (copy the text, close Majlis, open the right database,
paste it): six lines at 24 points in a dialog kept within a 1024x600 netbook's screen (720x520). Its
label was given less height than its lines took and Qt centred them in it: the first and the last line
were cut in half, 'Another program replaced…' and '…paste what is missing' unreadable. The explanation now
scrolls where it does not fit, every line of it whole, and the text to copy keeps some lines in view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unsaved_text import UnsavedTextDialog

NETBOOK = (720, 520)  # the dialog's size, within a 1024x600 screen


@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
def test_every_line_of_the_explanation_can_be_read(lang: str, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    manager.set_font_size(24.0)
    try:
        dialog = UnsavedTextDialog("نريد أن نعرف كيف يُحاسب عضو المجلس بعد فوزه.\n" * 30)
        qtbot.addWidget(dialog)
        dialog.resize(*NETBOOK)
        dialog.show()
        QApplication.processEvents()
        assert dialog.height() <= NETBOOK[1]
        label = dialog.explanation
        assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.heightForWidth(label.width()))
        shown = label.visibleRegion().boundingRect()
        if shown.height() < label.height():  # what is out of sight is reached by scrolling
            area = label.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            assert area is not None and area.verticalScrollBar().maximum() > 0
        assert dialog.text.viewport().height() >= 2 * dialog.text.fontMetrics().lineSpacing()
        corner = dialog.close_button.mapTo(dialog, QPoint(dialog.close_button.width() - 1, dialog.close_button.height() - 1))
        assert dialog.rect().contains(corner)
    finally:
        manager.set_font_size(None)
