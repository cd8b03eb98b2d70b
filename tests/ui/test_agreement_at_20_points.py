"""Reports → Agreement at 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels; the page's
frame 613 wide in English, 708 in Kurdish, and 322 high).

Measured before, with two coders compared: the coder lists and Compare coders (two lines, 114 pixels),
the summary (two lines, 92) and an empty status line (46) took the tab's top, the tables asked Qt's 190
pixels each of the page, the page was 750 pixels tall and its frame scrolled by 428: the per-code table
began 294 pixels down the 322-pixel frame, the results out of sight. Now, once a comparison is shown, the
lists fold into Change coders beside the summary, the status line takes no room while it says nothing,
and the tables take the tab's height down to a heading and a line each: the page scrolls by about 150
in English and 110 in Kurdish, the summary and the per-code table's heading and first code are in sight
at the top, and scrolled down both tables are in sight together.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import coding
from desktop.core.db import Store
from desktop.core.models import CodedSegment
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui_helpers import main_window_on_screen


def second_coder(store: Store) -> None:
    """A second coder who coded some of the demo coder's spans, some of them shorter: agreement and
    disagreements to show."""
    with store.transaction() as s:
        segments = list(s.scalars(select(CodedSegment).where(CodedSegment.doc_table == "transcript_turn")
                                  .order_by(CodedSegment.id).limit(15)))
        for i, g in enumerate(segments):
            end = g.start + max(1, (g.end - g.start) // (1 + i % 3))
            coding.apply_code(s, g.code_id, g.doc_table, g.doc_id, g.doc_field, g.start, end, "second")


def in_sight(frame: QScrollArea, widget: QWidget, size: QSize | None = None) -> bool:
    """Whether ``widget`` (its top ``size`` only, if given) is wholly within the frame's viewport."""
    port = frame.viewport()
    return port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), size or widget.size()))


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_results_are_in_sight_after_compare(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                qtbot: QtBot, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    second_coder(demo_store)
    try:
        window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
        window.go_to("reports")
        page: Any = window.current_page()
        qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
        page.tabs.setCurrentWidget(page.agreement)
        settle()
        a = page.agreement
        assert a.chooser.isVisible() and not a.change_btn.isVisible() and not a.status.isVisible()
        a.coder_b.setCurrentText("second")
        a.run_btn.setFocus()
        qtbot.keyClick(a.run_btn, Qt.Key.Key_Space)  # Compare coders by the keyboard
        qtbot.waitUntil(lambda: a.per_code.rowCount() > 0 and a.disagreements.rowCount() > 0, timeout=10_000)
        for _ in range(3):
            settle()
        frame = page.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea)
        # The lists folded away; the keyboard is on the results; nothing waits to be said.
        assert not a.chooser.isVisible() and a.change_btn.isVisible() and not a.status.isVisible()
        assert a.code_table.hasFocus()
        assert a.change_btn.text() == QCoreApplication.translate("AgreementTab", "Change coders")
        # At the top of the page the summary, and the per-code table's heading and first code, are in sight.
        assert frame.verticalScrollBar().value() == 0
        assert in_sight(frame, a.summary), a.summary.mapTo(frame.viewport(), QPoint(0, 0))
        table = a.code_table
        first = QSize(table.width(), table.frameWidth() + table.horizontalHeader().height() + table.rowHeight(0))
        assert in_sight(frame, table, first), (table.mapTo(frame.viewport(), QPoint(0, 0)), first)
        assert table.height() >= table.minimumHeight() >= first.height()
        # Scrolled down to the disagreements, both tables are in sight together.
        frame.ensureWidgetVisible(a.diff_table, 0, 0)
        settle()
        assert in_sight(frame, a.diff_table) and in_sight(frame, a.code_table)
        # Change coders brings the lists back, the keyboard at the first.
        a.change_btn.setFocus()
        qtbot.keyClick(a.change_btn, Qt.Key.Key_Space)
        settle()
        assert a.chooser.isVisible() and not a.change_btn.isVisible() and a.coder_a.hasFocus()
    finally:
        manager.set_font_size(None)
