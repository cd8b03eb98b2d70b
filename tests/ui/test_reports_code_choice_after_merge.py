"""The code chosen on the Reports page when it is merged or deleted elsewhere (the Codebook page, a
team update) while the page is open.

Before, the page read the codebook again and its code lists fell back to the first code of the tree:
"Code all hits" then coded every hit with a code the analyst never chose (and a search's codings
have no undo), and Retrieval showed another code's segments. Now a merged code is followed to the code
that absorbed it; a deleted one leaves no code chosen, and "Code all hits" says to choose one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.reports.page import ReportsPage
from tests.coding_window_helpers import coder_context_fixture

ctx = coder_context_fixture()


@pytest.fixture
def codes(ctx: AppContext) -> tuple[str, str, str]:
    """Access barriers (first in the tree), Electoral law, Legislation."""
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(sess)
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), text=f"قانونُ الانتخابات 👍🏽 {i}")
                  for i in range(3))
        return tuple(codebook.create_code(s, name_ar=ar, name_en=en).id  # type: ignore[return-value]
                     for ar, en in (("عوائق الوصول", "Access barriers"), ("قانون الانتخابات", "Electoral law"),
                                    ("تشريع", "Legislation")))


def _page(ctx: AppContext, qtbot: QtBot) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    return page


def _elsewhere(ctx: AppContext, qtbot: QtBot, page: ReportsPage, change: object) -> None:
    loads = page.loads
    CollectionOp(ctx, change).run_in_background()  # type: ignore[arg-type]
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.loads > loads)


def _coded_with(ctx: AppContext) -> set[str]:
    with ctx.store.session() as s:
        return set(s.scalars(select(CodedSegment.code_id).where(CodedSegment.deleted.is_(False))))


def _search(ctx: AppContext, qtbot: QtBot, page: ReportsPage) -> None:
    tab = page.search
    tab.query.setText("الانتخابات")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 3, timeout=20_000)


def test_code_all_hits_follows_a_merge(ctx: AppContext, qtbot: QtBot, codes: tuple[str, str, str]) -> None:
    _, law, legislation = codes
    page = _page(ctx, qtbot)
    tab = page.search
    tab.code.setCurrentIndex(tab.code.findData(law))
    page.retrieval.code.setCurrentIndex(page.retrieval.code.findData(law))
    _search(ctx, qtbot, page)
    _elsewhere(ctx, qtbot, page, lambda s: codebook.merge(s, law, legislation))
    assert tab.code.currentData() == legislation
    assert page.retrieval.code.currentData() == legislation
    tab.code_all()
    assert ctx.tasks.drain(10_000)
    assert _coded_with(ctx) == {legislation}


def test_code_all_hits_after_its_code_was_deleted(ctx: AppContext, qtbot: QtBot, codes: tuple[str, str, str]) -> None:
    _, law, _ = codes
    page = _page(ctx, qtbot)
    tab = page.search
    tab.code.setCurrentIndex(tab.code.findData(law))
    _search(ctx, qtbot, page)
    _elsewhere(ctx, qtbot, page, lambda s: codebook.delete(s, law))
    assert tab.code.currentIndex() == -1
    tab.code_all()
    assert ctx.tasks.drain(10_000)
    assert _coded_with(ctx) == set()
    assert tab.status.text() == QCoreApplication.translate("SearchTab", "Choose the code to apply to every hit.")
