"""A list keeps its selected row across a reload in Arabic and Kurdish too.

``QTableView.selectRow`` does nothing in a right-to-left table, so the Sessions list (reloaded after
every import and autosave) and the Recommendations list (after every save) lost the row the
coordinator had chosen as soon as the interface was in Arabic or Kurdish; in English it was kept.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.sessions.page import SessionsPage
from tests.demo_stores import demo_store_fixture

# The conftest's store with ``demo.generate(store, sessions=6, seed=4)`` done, as a copy of one generated once
# per process (tests/demo_stores.py), not generated again for each of the six tests.
store = demo_store_fixture(sessions=6, seed=4)


def _selected(view) -> list[int]:  # type: ignore[no-untyped-def]
    return [index.row() for index in view.selectionModel().selectedRows()]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_sessions_list_keeps_its_session_after_a_reload(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 4)
    page.view.setCurrentIndex(page.model.index(2, 1))  # what a click on the row does
    chosen = page.model.session_id(2)
    loads = page.loads
    page.refresh()
    qtbot.waitUntil(lambda: page.loads > loads)
    row = page.view.currentIndex().row()
    assert row >= 0 and page.model.session_id(row) == chosen
    assert _selected(page.view) == [row]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_recommendations_list_keeps_its_recommendation_after_a_reload(
    ctx: AppContext, qtbot: QtBot, lang: str
) -> None:
    ctx.language.set_language(lang)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) >= 2, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(1, 0))
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    chosen = page.view.rec_id
    with qtbot.waitSignal(page.list_model.modelReset, timeout=10_000):
        page.refresh()
    qtbot.wait(10)
    assert page.listed[page.list.currentIndex().row()].id == chosen
    assert _selected(page.list) == [page.list.currentIndex().row()]
