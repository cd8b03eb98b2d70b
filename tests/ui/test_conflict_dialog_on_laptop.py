"""Resolve a conflict on a 1366x768 laptop at 150 % with the text at 14 or 16 points (Settings → Font
size): Keep current, Keep other, Save edited text and Cancel stay in view.

That laptop gives a window 895x424 logical pixels (tests/ui/test_laptop_screen.py); the dialog takes
the screen's height as its least there. With a turn's place, who wrote each version and when, the two
versions, the legend, the edited text and the buttons one above the other at their least, it could be
no shorter than 426 pixels at 14 points and 446 at 16: the buttons' lower edge, or all of them, stood
under the task bar. What is above the buttons now scrolls when the window is shorter than it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.sync.conflict_context import ConflictContext, VersionInfo
from desktop.sync.conflicts import ConflictView
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.widgets.screen_fit import room

LAPTOP = (895, 424)  # 1366x768 at 150 %, less the task bar and a window's frame, in logical pixels

CONFLICT = ConflictView(id=1, entity="transcript_turn", row_id="turn", field="text", version_a="a", version_b="b",
                        value_a="نريد أن نعرف كيف يُحاسب عضو المجلس بعد فوزه " * 8,
                        value_b="نريد أن نعرف كيف يُحاسب عضو مجلس المحافظة بعد فوزه " * 8,
                        current="نريد أن نعرف كيف يُحاسب عضو مجلس المحافظة بعد فوزه " * 8,
                        status="open", session_id="s")
CONTEXT = ConflictContext(
    place="turn", session_id="s", session_title="جلسة بؤرية مع المواطنين في البصرة", speaker="BSR-FG01-P03",
    facilitator_speaks=False, section="",
    a=VersionInfo("device-a", "Erbil laptop 2", dt.datetime(2024, 1, 1, 10, 0, tzinfo=dt.UTC), "F3, N1", True),
    b=VersionInfo("device-b", "Basra laptop 1", dt.datetime(2024, 1, 1, 11, 0, tzinfo=dt.UTC), "F2, N4", True))


@pytest.mark.parametrize("points", [14.0, 16.0])
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_buttons_stay_in_view(lang: str, points: float, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        dialog = ConflictDialog(CONFLICT, CONTEXT, manager.format_datetime)
        qtbot.addWidget(dialog)
        smallest = dialog.minimumSizeHint()  # what its layout asks for at least (its own least aside)
        assert smallest.height() <= LAPTOP[1] and smallest.width() <= LAPTOP[0], (smallest, LAPTOP)
        dialog.setMinimumSize(min(720, LAPTOP[0]), min(520, LAPTOP[1]))  # as on that laptop (_size_to_parent)
        dialog.resize(*LAPTOP)
        dialog.show()
        QApplication.processEvents()
        assert dialog.height() <= LAPTOP[1]
        for button in dialog.all_buttons():
            corner = button.mapTo(dialog, QPoint(button.width() - 1, button.height() - 1))
            assert dialog.rect().contains(corner), (button.text(), corner, dialog.size())
        # The edited text, further down, is reached by scrolling.
        area = dialog.merged.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        assert area is not None
        area.ensureWidgetVisible(dialog.merged)
        QApplication.processEvents()
        top = dialog.merged.mapTo(area.viewport(), QPoint(0, 0))
        assert area.viewport().rect().contains(top), (top, area.viewport().size())
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_with_room_for_every_box_nothing_scrolls(lang: str, qtbot: QtBot, manager: LanguageManager) -> None:
    """At its least on a larger screen (720x520) every box fits at its least: the part does not scroll,
    the edited text stands whole above the buttons (a part as tall as its boxes' preferred sizes scrolled
    it out of sight)."""
    manager.set_language(lang)
    dialog = ConflictDialog(CONFLICT, CONTEXT, manager.format_datetime)
    qtbot.addWidget(dialog)
    dialog.resize(720, 520)
    dialog.show()
    QApplication.processEvents()
    area = dialog.merged.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    assert area.verticalScrollBar().maximum() == 0
    bottom = dialog.merged.mapTo(area.viewport(), QPoint(0, dialog.merged.height() - 1))
    assert area.viewport().rect().contains(bottom), (bottom, area.viewport().size())


@pytest.mark.parametrize(("lang", "points"), [("ckb", 20.0), ("ckb", 24.0), ("en", 24.0)])
def test_at_the_largest_text_the_buttons_are_not_cut_at_the_side(lang: str, points: float, qtbot: QtBot,
                                                                   manager: LanguageManager) -> None:
    """Keep current, Keep other, Save edited text and Cancel side by side asked for 925 pixels in Kurdish
    at 20 points and 1,104 at 24 (the dialog could be no narrower): on a 1024x600 netbook or a laptop at
    150 % the window ran past the screen's side, Save edited text cut and Cancel out of sight. Where the
    screen is narrower than the row, the buttons stand one above the other."""
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        dialog = ConflictDialog(CONFLICT, CONTEXT, manager.format_datetime)
        qtbot.addWidget(dialog)
        most = room(dialog)
        assert dialog.minimumSizeHint().width() <= most.width(), (dialog.minimumSizeHint(), most)
        dialog.show()
        QApplication.processEvents()
        assert dialog.width() <= most.width()
        for button in dialog.all_buttons():
            corner = button.mapTo(dialog, QPoint(button.width() - 1, button.height() - 1))
            assert dialog.rect().contains(button.mapTo(dialog, QPoint(0, 0))), (button.text(), dialog.size())
            assert dialog.rect().contains(corner), (button.text(), corner, dialog.size())
            assert button.width() >= button.sizeHint().width(), button.text()  # its words whole
    finally:
        manager.set_font_size(None)
