"""Search → Code all hits says in one translated line why no hit was coded.

While another program held the database (a backup tool, an antivirus scan, the centre's import in a
second window) or when the code chosen had just been deleted, "Code all hits" failed on the database
worker and the failure went nowhere: nothing on screen, the button seemed to do nothing, and the
analyst could not tell that not one hit had been coded. Now the status line says so, in the
interface's language, and the next click tries again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import busy_wait, codebook
from desktop.core.models import Code, CodedSegment, Session, TranscriptTurn
from desktop.core.sqlcipher_file import raw_connect
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from desktop.ui.reports.search_tab import SearchTab
from tests.conftest import PASSPHRASE

T = QCoreApplication.translate


@pytest.fixture
def tab(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[SearchTab]:
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 300)  # the worker's wait for another writer, shortened
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), language="ckb")
        s.add(session)
        s.flush()
        s.add_all(TranscriptTurn(session_id=session.id, position=float(i), text=f"بودجەی شارەوانی {i} کەمە")
                  for i in range(3))
        codebook.create_code(s, name_ckb="بودجە", name_en="Budget")
    ctx.language.set_language("ckb")
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    search = page.search
    search.query.setText("بودجەی")
    search.run()
    qtbot.waitUntil(lambda: search.model.rowCount() == 3)
    search.code.setCurrentIndex(0)
    yield search


def _coded(ctx: AppContext) -> int:
    with ctx.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(CodedSegment)) or 0)


def test_said_when_another_program_holds_the_database(ctx: AppContext, qtbot: QtBot, tab: SearchTab) -> None:
    other = raw_connect(ctx.store.path, PASSPHRASE)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        tab.code_all_btn.click()
        expected = T("SearchTab", "No hit was coded: %1 Try again.").replace(
            "%1", T("SaveFailure", "Another program is using the database."))
        assert "Another program" not in expected  # the reason in Kurdish
        qtbot.waitUntil(lambda: tab.status.text() == expected)
        assert _coded(ctx) == 0
    finally:
        other.rollback()
        other.close()
    tab.code_all_btn.click()  # once the other program is done, the same click codes them
    qtbot.waitUntil(lambda: _coded(ctx) == 3)


def test_said_when_the_code_was_deleted_meanwhile(ctx: AppContext, qtbot: QtBot, tab: SearchTab) -> None:
    with ctx.store.transaction(replicating=True) as s:  # as a team update that has not been shown yet
        for code in s.scalars(select(Code)):
            code.deleted = True
    tab.code_all_btn.click()
    expected = T("SearchTab", "No hit was coded: the code chosen no longer exists (it was deleted or merged). "
                              "Choose another code.")
    qtbot.waitUntil(lambda: tab.status.text() == expected)
    assert _coded(ctx) == 0
