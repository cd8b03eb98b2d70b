"""A roundtable's decisions and action items read whole in their tables, on a laptop's screen.

A decision is a sentence or two ("Send the recommendations to the provincial council and ask for a
second meeting with the parliament's legal committee before the end of March..."), but each row was
one line high: on a 1366x768 laptop at 150 % the Decisions tab showed it cut with "…", and the
note-taker reading the decisions back to the room read half of each (the whole only in a tooltip).
Rows are now as tall as their words, wrapped at whole words; a short row stays one line.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.ui_helpers import roundtable_editor

LAPTOP = (895, 424)  # the main window's room on a 1366x768 laptop at 150 % (tests/laptop_screen.py)
DECISION = {
    "ckb": "ناردنی ڕاسپاردەکان بۆ ئەنجومەنی پارێزگا و داواکردنی کۆبوونەوەیەکی تر لەگەڵ لیژنەی یاسایی "
           "پەرلەمان پێش کۆتایی مانگی ئازار بۆ گفتوگۆکردنی هەموارکردنی یاسای هەڵبژاردنەکان",
    "ar": "رفع التوصيات إلى مجلس المحافظة وطلب اجتماع ثانٍ مع اللجنة القانونية في مجلس النواب قبل نهاية "
          "شهر آذار لمناقشة تعديل قانون الانتخابات وضمان تمثيل النساء والأقليات",
}


def wrapped_height(view: QTableView, row: int, column: int) -> int:
    """How tall the cell's text stands wrapped at whole words in its column, as the view draws it."""
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    room = QRect(0, 0, view.columnWidth(column) - margin, 100_000)
    return option.fontMetrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), option.text).height()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_long_decision_and_action_show_whole_in_their_rows(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    editor.resize(*LAPTOP)
    editor.decisions_model.add(text=DECISION[lang])
    editor.decisions_model.add(text="Send it to IHEC")
    editor.actions_model.add(what=DECISION[lang], owner="Ali")
    for section in (editor.decisions, editor.action_items):  # the long text in the first column of each
        editor.tabs.setCurrentWidget(section)
        view = section.view
        QApplication.processEvents()
        line = view.fontMetrics().lineSpacing()
        assert wrapped_height(view, 0, 0) > line  # it does take more than one line at this width
        qtbot.waitUntil(lambda view=view: view.rowHeight(0) >= wrapped_height(view, 0, 0))  # type: ignore[misc]
    assert editor.decisions.view.rowHeight(1) < 2 * editor.decisions.view.fontMetrics().lineSpacing()  # one line
