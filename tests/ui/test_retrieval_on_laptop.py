"""Retrieval's results get the room on a laptop at a larger text size.

At 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels for the window) the filter form
(code, sub-codes, governorate, gender, age band, session kind, coder, dates, Show segments) took most of
the tab's height: the results table got about 150 pixels and the page scrolled. Now, once segments are
shown, the filters fold into one line saying the code (and that filters apply) with a Change filters
button; the table takes the rest. The button (and the keyboard) brings the filters back.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui_helpers import main_window_on_screen


def _retrieval(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None,
               screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    window = main_window_on_screen(manager, store, qtbot, lang, size, screen, monkeypatch)
    window.go_to("reports")
    page: Any = window.current_page()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
    page.tabs.setCurrentWidget(page.retrieval)
    settle()
    return window, page


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size"), [("ckb", 20.0), ("ar", 20.0), ("en", 20.0)])
def test_the_results_get_the_room_after_show_segments(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                      qtbot: QtBot, lang: str, size: float,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        _window, page = _retrieval(manager, demo_store, qtbot, lang, size, LAPTOP_150, monkeypatch)
        r = page.retrieval
        assert r.code.count() > 1
        r.code.setCurrentIndex(1)
        r.run_btn.setFocus()
        qtbot.keyClick(r.run_btn, Qt.Key.Key_Space)  # Show segments by the keyboard
        qtbot.waitUntil(lambda: r.model.rowCount() > 0, timeout=10_000)
        settle()
        settle()
        frame = page.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea)
        assert not frame.verticalScrollBar().isVisible()  # the page does not scroll
        # The table has most of the tab's height (the form alone asked more than the window's 322 pixels).
        assert r.table.height() >= 0.55 * r.height(), (r.table.height(), r.height())
        assert not r.filters_box.isVisible() and r.change_btn.isVisible() and r.summary.isVisible()
        assert r.code.currentText() in r.summary.text()  # what is shown is said in the folded line
        # The keyboard is not lost with the hidden button: it is on the results.
        assert r.table.hasFocus()
        r.change_btn.setFocus()
        qtbot.keyClick(r.change_btn, Qt.Key.Key_Space)
        settle()
        assert r.filters_box.isVisible() and not r.change_btn.isVisible() and not r.summary.isVisible()
        assert r.code.hasFocus()  # back at the first filter
        assert r.change_btn.text() == QCoreApplication.translate("RetrievalTab", "Change filters")
    finally:
        manager.set_font_size(None)
