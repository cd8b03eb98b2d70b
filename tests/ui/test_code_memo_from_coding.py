"""The memo on a code from the coding window, in Kurdish at 20 points: the codebook beside the text has
"Memo on the code…" in its context menu (right click, the Menu key, Shift+F10). Before, a researcher
coding had to leave the text for the Codebook page to write what a code was coming to mean."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.coding.code_memo_dialog import CodeMemoDialog
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import CodeIdRole
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.coding_window_helpers import shown_window
from tests.ui.test_code_memo import MEMO, _codes, _memo


def _dialog() -> CodeMemoDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CodeMemoDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_a_memo_on_a_code_is_written_from_the_coding_window(manager: LanguageManager, store: Store,
                                                             qtbot: QtBot) -> None:
    quota, _law = _codes(store)
    manager.set_language("ckb")
    manager.set_font_size(20.0)
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    with store.session() as s:
        session_id = s.query(Session).one().id
    ws = shown_window(ctx, qtbot, session_id, (910, 512))
    tree = ws.tree
    assert tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu  # the Menu key, Shift+F10
    (action,) = [a for a in tree.actions() if a.objectName() == "code_memo"]
    assert action.text()
    tree.setFocus()
    index = next(ws.codes.index(r, 0) for r in range(ws.codes.rowCount()) if ws.codes.index(r, 0).data(CodeIdRole) == quota)
    tree.setCurrentIndex(index)
    action.trigger()
    dialog = _dialog()
    qtbot.waitExposed(dialog)
    assert "کۆتا" in dialog.windowTitle()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.memo.box)  # ready to type
    assert dialog.frameGeometry().height() <= 512 and dialog.frameGeometry().width() <= 910
    for ch in MEMO:
        QTest.sendKeyEvent(QTest.KeyAction.Click, dialog.memo.box, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(dialog.memo.box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _memo(store, quota) == MEMO  # saved as it closed
    # Again: the memo is there; the code deleted meanwhile, closing says so and stays, then goes.
    action.trigger()
    again = _dialog()
    assert again.memo.box.toPlainText() == MEMO
    again.memo.box.setPlainText(MEMO + " ✓")
    with store.transaction() as s:
        codebook.delete(s, quota)
    QTest.keyClick(again.memo.box, Qt.Key.Key_Escape)
    assert again.isVisible() and again.error.text()
    QTest.keyClick(again.memo.box, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert ctx.tasks.drain(10_000)
