"""The help's list of topics at 20 points on a 1366x768 laptop at 150 % (the dialog 895x424).

The list has a quarter of the dialog's width (230 pixels), and at 20 points the longer topic names
("كتابة النصّ المفرّغ: المفاتيح", "نووسینی دەقی گفتوگۆ: دوگمەکان") ran past it: cut at the list's
edge, the rest reached with a scroll bar under the list. Now a long name wraps at whole words,
its row as tall as its lines, and nothing scrolls sideways.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from pytestqt.qtbot import QtBot

from desktop.ui.help.dialog import HelpDialog
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.i18n.test_i18n_screens import settle

LAPTOP = (895, 424)  # a window's room on a 1366x768 laptop at 150 % (tests/laptop_screen.py)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_every_topic_name_shows_whole_at_20_points(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*LAPTOP))
    manager.set_language(lang)
    manager.set_font_size(20.0)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    topics = dialog.topics
    assert dialog.width() <= LAPTOP[0]
    viewport = topics.viewport().rect()
    cut = []
    for row in range(topics.count()):
        item = topics.item(row)
        rect = topics.visualItemRect(item)
        lines = topics.fontMetrics().boundingRect(QRect(0, 0, max(rect.width() - 8, 1), 10_000),
                                                  int(Qt.TextFlag.TextWordWrap), item.text())
        if rect.left() < viewport.left() or rect.right() > viewport.right() or rect.height() < lines.height():
            cut.append((item.text(), rect, lines.height()))
    assert not topics.horizontalScrollBar().isVisible()
    assert not cut, f"topic names cut in a list {viewport.width()} pixels wide: {cut}"
