"""Consent form editor → Add clause: the clause added is shown, chosen and ready for its text.

The new clause went to the end of the clauses' table, out of sight on a laptop (the table shows a
row or two there), with nothing chosen: Add clause seemed to do nothing, a second press added the
clause twice ("A clause appears twice" at Publish), and the empty one was found only by scrolling.
Now the new clause's text cell is scrolled into view with the editing box open in it: what is typed
next is the clause's text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_editor_shown, template_texts_without
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import in_view

TEXT = "ڕازیم وێنەم بگیرێت."


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_added_clause_is_in_view_and_being_written(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                                      manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts_without("photo"))
    manager.set_language(lang)
    editor = template_editor_shown(ctx, qtbot, "session-consent", (895, 424))  # a 1366x768 laptop at 150 %
    tab = editor.current()
    count = len(tab.model.rows)
    editor.add_key.setCurrentIndex(editor.add_key.findData("photo"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(tab.model.rows) == count + 1
    index = tab.table.currentIndex()
    assert (index.row(), index.column()) == (count, 1), "the new clause is not the one chosen"
    assert tab.table.viewport().rect().contains(tab.table.visualRect(index)), "the new clause is out of view"
    assert tab.table.state() == QAbstractItemView.State.EditingState
    box = QApplication.focusWidget()
    assert box is not None and tab.table.isAncestorOf(box) and in_view(box)
    type_text(box, TEXT)
    QTest.keyClick(box, Qt.Key.Key_Return)
    settle()
    assert tab.model.rows[-1][:2] == ["photo", TEXT]
    assert editor.isVisible() and len(tab.model.rows) == count + 1  # Enter wrote the text, added nothing
