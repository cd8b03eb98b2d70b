"""The code picker (Ctrl+K) on the laptop (895x424) at 20 points: each code's path whole.

A code under another is listed as 'Electoral system › Drawing of districts': at 20 points in Kurdish the
path was wider than the picker, which scrolled sideways with the end cut, and the end is the code's own
name ('سیستەمی هەڵبژاردن › دابەشکردنی بازنەکا'). The names now wrap in the list, every line in sight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import (
    at_20_points,
    basra_focus_group,
    coder_context_fixture,
    select_words,
    shown_window,
)
from tests.helpers_typing import press
from tests.i18n.test_i18n_screens import settle

ctx = coder_context_fixture()


def test_a_code_under_another_is_named_whole(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session_id, _ = basra_focus_group(s)
        system = codebook.create_code(s, name_ar="النظام الانتخابي", name_ckb="سیستەمی هەڵبژاردن",
                                      name_en="Electoral system").id
        codebook.create_code(s, name_ar="تقسيم الدوائر الانتخابية", name_ckb="دابەشکردنی بازنەکانی هەڵبژاردن",
                             name_en="Drawing of the electoral districts", parent_id=system)
    with at_20_points(ctx):
        ws: CodingWorkspace = shown_window(ctx, qtbot, session_id, (895, 424))
        select_words(ws, "کارەبا کەمە", focus=True)
        press(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        for _ in range(3):
            settle()
        view = ws.picker.list
        assert view.isVisible() and ws.picker.model.rowCount() == 2
        assert not view.horizontalScrollBar().isVisible(), "the picker scrolls sideways: a name is cut"
        port = view.viewport().rect()
        for row in range(2):
            rect = view.visualRect(ws.picker.model.index(row, 0))
            needed = view.fontMetrics().horizontalAdvance(str(ws.picker.model.index(row, 0).data()))
            # Whole across (on one line or more), and as tall as its lines.
            assert rect.width() <= port.width(), (row, rect, port)
            lines = -(-needed // max(rect.width() - 40, 1))  # 40: the colour swatch and the margins
            assert rect.height() >= lines * view.fontMetrics().lineSpacing(), (row, rect, needed)
