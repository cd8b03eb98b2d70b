"""A memo on a code found by Reports → Search says which code, and leads to it, in Kurdish at 20 points.

The hit read "Memo" alone (a memo on a code belongs to no session) and activating it did nothing:
the researcher found her note but not the code it was about. It now reads "Memo on the code <name>"
and Enter on it shows the code, its memo under it, on the Codebook page.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import code_memos, codebook
from desktop.core.db import Store
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.ui.test_code_memo import MEMO, _codes
from tests.ui_helpers import main_window_on_screen


def test_a_code_memo_hit_names_its_code_and_opens_it(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    quota, law = _codes(store)
    with store.transaction() as s:
        code_memos.set_memo(s, quota, MEMO, "amal")
        codebook.merge(s, law, quota)  # a memo on the code merged away names the survivor
        code_memos.set_memo(s, quota, MEMO, "amal")
    window = main_window_on_screen(manager, store, qtbot, "ckb", 20.0, (910, 512), monkeypatch)
    window.go_to("reports")
    reports = window.current_page()
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.loads >= 1)
    reports.tabs.setCurrentWidget(reports.search)
    tab = reports.search
    tab.query.setText("گوندەکان")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1)
    where = tab.model.data(tab.model.index(0, 0))
    assert where == QCoreApplication.translate("SearchTab", "Memo on the code %1").replace("%1", "کۆتا")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: page.current_id() == quota and page.code_memo.box.toPlainText() == MEMO)
    assert window.ctx.tasks.drain(10_000)
