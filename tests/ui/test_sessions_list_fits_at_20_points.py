"""The Sessions list within its width at 20 points (Settings → Text size 20), in a 1180 and a 1366 pixel
window, in Arabic, Kurdish and English.

There the date, kind, governorate, venue and status columns, each fitted to what it shows and its
header's words, and Qt's least column (some 170 pixels at that size with the fonts the Arabic and
Kurdish texts fall back to: the status, 72 pixels of text, took 170) asked more than the list is wide:
the title shrank to that least and a horizontal scroll bar stood under the list (en 1180 and 1366, ckb
1180 and 1366, ar 1180). Now the columns share the width: the title keeps a quarter (or what its longest
needs), the cells are whole where they fit, else narrowed alike with each cell's text, and the header's,
whole in its tooltip. MAJLIS_SESSIONS_SHOTS=folder keeps the pictures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.list_columns import FITTED, TITLE, TITLE_SHARE
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import private_folders, private_paths, shots_folder

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
@pytest.mark.parametrize("width", [1180, 1366])
def test_the_sessions_list_does_not_scroll_sideways_at_20_points(
        lang: str, width: int, manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
        tmp_path: Path) -> None:
    manager.set_language(lang)
    manager.set_font_size(20.0)
    try:
        window = MainWindow(make_context(demo_store, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(width, 760)
        window.show()
        window.go_to("sessions")
        page: Any = window.page("sessions")
        qtbot.waitUntil(lambda: page.loads > 0 and page.model.rowCount() >= 3, timeout=30_000)
        settle()
        assert window.width() == width
        view, model = page.view, page.model
        room = view.viewport().width()
        widths = [view.columnWidth(c) for c in range(model.columnCount())]
        assert not view.horizontalScrollBar().isVisible(), (widths, room)
        assert sum(widths) <= room, (widths, room)
        assert widths[TITLE] >= min(room // TITLE_SHARE, view.sizeHintForColumn(TITLE)), (widths, room)
        for column in FITTED:  # each cut text whole in its tooltip, the header's too
            index = model.index(0, column)
            assert model.data(index, TIP) == model.data(index), column
            assert model.headerData(column, Qt.Orientation.Horizontal, TIP) == model.headerData(
                column, Qt.Orientation.Horizontal)
        if width == 1366:  # room enough: every cell whole
            assert all(view.columnWidth(c) >= view.sizeHintForColumn(c) for c in FITTED if c != 4), widths
        window.resize(width - 200, 760)  # narrowed: shared again, still no scroll bar
        settle()
        assert not view.horizontalScrollBar().isVisible()
        window.resize(width, 760)
        settle()
        assert [view.columnWidth(c) for c in range(model.columnCount())] == widths  # back as they were
        assert not private_paths(window, private_folders(tmp_path))
        assert window.grab().save(str(shots_folder(tmp_path, "MAJLIS_SESSIONS_SHOTS") / f"sessions_20pt_{width}_{lang}.png"))
    finally:
        manager.set_font_size(None)
