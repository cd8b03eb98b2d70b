"""The status bar's count of unsent changes stays whole on a narrow screen, whatever the names beside it.

'Device: …', 'Team: …' (or 'Working alone') and 'Unsent changes: N' stand side by side at the window's
foot. With a long laptop or team name, on a 1024x600 netbook (a window 1,008 pixels wide), or with a
larger text size, the labels were squeezed together and each cut at its end: the count of unsent changes,
the one a facilitator looks at before travelling back to the centre, lost its number. The count now
keeps its width; a name too long for its room ends in '…' (the whole name in its tooltip).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.ui_helpers import main_window

DEVICE = "لابتوب منسق البصرة الثاني - مكتب شبكة منظمات المجتمع المدني"
TEAM = "Basra Civil Society Network, southern governorates election monitoring team"


@pytest.mark.parametrize(("lang", "points"), [("ar", None), ("ckb", None), ("en", None), ("en", 16.0), ("en", 24.0), ("ckb", 24.0)])
def test_the_count_keeps_its_number(lang: str, points: float | None, manager: LanguageManager, store: Store,
                                    qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, lang)
    manager.set_font_size(points)
    try:
        window.ctx.tasks.drain()
        window.resize(1008, 520)
        window._status_read({"device_name": DEVICE, "team": TEAM, "unsent_changes": 123456})
        QApplication.processEvents()
        count = window.unsent_label
        assert window.width() <= 1008 and window.minimumSizeHint().width() <= 1008, (window.width(), window.minimumSizeHint())
        assert count.width() >= count.sizeHint().width(), (count.width(), count.sizeHint().width(), count.text())
        left = count.mapTo(window, QPoint(0, 0))
        assert window.rect().contains(left) and window.rect().contains(left + QPoint(count.width() - 1, 0))
        for label, whole in ((window.device_label, DEVICE), (window.team_label, TEAM)):
            assert whole in label.toolTip() or label.width() >= label.sizeHint().width(), label.text()
            shown = QLabel.text(label)  # what is on screen, shortened or not
            assert len(shown.replace("…", "").strip()) >= 4, (shown, label.width())  # never squeezed to nothing
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_names_are_whole_where_there_is_room(lang: str, manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    """On a laptop's wide window the device's name and 'Working alone' showed as 'lapt…' and 'Working
    al…' beside an empty half of the status bar: the labels kept the width of their first, empty text
    (the layout was never told the text had changed) and left out their own margins."""
    window = main_window(manager, store, qtbot, lang)
    try:
        window.ctx.tasks.drain()
        window.resize(1340, 640)
        window._status_read({"device_name": "laptop", "team": None, "unsent_changes": 265})
        QApplication.processEvents()
        for label in (window.device_label, window.team_label):
            assert QLabel.text(label) == label.text(), (QLabel.text(label), label.text(), label.width())
    finally:
        window.close()
