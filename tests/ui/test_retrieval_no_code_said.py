"""Retrieval's Show segments says what is missing when no code is chosen.

The code an analyst had listed was deleted (on the Codebook page, by a team update): the list of
codes then had none chosen, and Show segments did nothing at all, the old count still below the
table. Now the line below the table asks for a code again.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, demo
from desktop.core.models import Code
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.reports.page import ReportsPage

ASK = ("Choose a code, and filters if you wish, then Show segments: the segments coded with it are listed "
       "here.")


def test_show_segments_without_a_code_asks_for_one(ctx: AppContext, qtbot: QtBot) -> None:
    demo.generate(ctx.store, sessions=2, seed=3)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    r = page.retrieval
    with ctx.store.session() as s:
        code_id = s.scalars(select(Code.id).where(Code.deleted.is_(False), Code.parent_id.is_(None))).first()
    assert code_id is not None
    r.code.setCurrentIndex(r.code.findData(code_id))
    r.run_btn.click()
    qtbot.waitUntil(lambda: r.model.rowCount() > 0)
    assert r.status.text() != ASK
    CollectionOp(ctx, lambda s: codebook.delete(s, code_id)).run_in_background()  # as the Codebook page does
    qtbot.waitUntil(lambda: r.code.currentIndex() == -1)
    r.run_btn.click()
    assert r.status.text() == ASK
