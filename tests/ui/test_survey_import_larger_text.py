"""Recommendations → Survey results → Import a survey… with the largest text: Import and Cancel on screen.

"Keep identifying columns (names, phones, locations, who submitted)" is one check box, on one line: at
20 points it asked for 888 logical pixels in English, at 24 points 1,049 (677 in Kurdish), and the dialog
(its part above the buttons scrolls up and down only) could be no narrower. On a 1024x600 netbook at 24
points, or a 1366x768 laptop at 150 % at 20, the window ran past the screen's side, Cancel cut off. The
check box's words now wrap; a click on them and its Alt key still tick it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager

NETBOOK_WIDTH = 1008  # a 1024x600 screen less a window's frame


@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
def test_at_24_points_the_dialog_fits_a_netbook(lang: str, ctx: AppContext, manager: LanguageManager,
                                                qtbot: QtBot) -> None:
    manager.set_language(lang)
    manager.set_font_size(24.0)
    try:
        dialog = SurveyImportDialog(ctx)
        qtbot.addWidget(dialog)
        smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert smallest.width() <= NETBOOK_WIDTH, smallest
        dialog.resize(min(NETBOOK_WIDTH, dialog.width()), dialog.height())
        dialog.show()
        QApplication.processEvents()
        for button in (dialog.import_button, dialog.cancel_button):
            corner = button.mapTo(dialog, QPoint(button.width() - 1, button.height() - 1))
            assert dialog.rect().contains(corner) and dialog.rect().contains(button.mapTo(dialog, QPoint(0, 0)))
    finally:
        manager.set_font_size(None)


def test_the_words_tick_the_box(ctx: AppContext, manager: LanguageManager, qtbot: QtBot) -> None:
    manager.set_language("ckb")
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    box = dialog.keep_identifying
    assert not box.isChecked()
    words = dialog.keep_identifying_words
    assert words.wordWrap() and words.text().replace("&", "") in box.accessibleName() + words.text()
    QTest.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert box.accessibleName()  # a screen reader names the box, whose own text is empty


def test_its_alt_key_ticks_the_box(ctx: AppContext, manager: LanguageManager, qtbot: QtBot) -> None:
    manager.set_language("en")
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.keep_identifying.isChecked)
