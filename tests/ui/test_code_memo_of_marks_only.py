"""A memo on a code typed or pasted as nothing anyone can read (bidi marks, a zero-width space, control
characters, spaces and line breaks) is no memo: saving it clears the memo, as saving an empty box does.
It was stored as a memo: sent to the centre, and named by the erasure report among the codes whose memo
may quote an erased participant, a memo blank on every screen. Real SQLCipher store; the Codebook page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Memo
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_code_memo import MEMO, _codes, _memo, _page


@pytest.mark.parametrize("blank", ["\u200f\u200e", " \u2067\u2069\n\u200b ", "\x01\x1b\n\t"])
def test_a_memo_no_one_can_read_is_no_memo(manager: LanguageManager, store: Store, qtbot: QtBot, blank: str) -> None:
    quota, law = _codes(store)
    page = _page(manager, store, qtbot)
    page.select(law)  # a new memo of marks only: none stored
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "یاسا")
    page.code_memo.box.setPlainText(blank)
    page.code_memo.box.setFocus()
    QTest.keyClick(page.code_memo.box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.ctx.tasks.drain(10_000)
    with store.session() as s:
        assert s.scalars(select(Memo).where(Memo.target_id == law)).all() == []

    page.select(quota)  # a memo replaced by marks only: cleared
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "کۆتا")
    page.code_memo.box.setPlainText(MEMO)
    QTest.keyClick(page.code_memo.box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.ctx.tasks.drain(10_000) and _memo(store, quota) == MEMO
    page.code_memo.box.setPlainText(blank)
    QTest.keyClick(page.code_memo.box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.ctx.tasks.drain(10_000)
    assert _memo(store, quota) == ""
    with store.session() as s:
        assert [m.deleted for m in s.scalars(select(Memo).where(Memo.target_id == quota))] == [True]
