"""A recommendation's status refused (dated in the future) is said beside "Add status", where the
person acted, not beside Save.

The refusal was written in the line beside the recommendation's Save button, at the top of the view,
far above the status history where the date was chosen and Add status pressed: a coordinator saw
nothing happen there (the line could be out of sight above), and the words beside Save read as if the
recommendation's own fields had been refused. It is now a line under the status controls, inside the
status history box, scrolled into sight; the line beside Save stays empty. It goes once a status is
added, and when another recommendation is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRect
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture
from tests.recommendations_page import recommendations_demo_store, recommendations_page, settle

ctx = coder_context_fixture()
store = recommendations_demo_store()  # the demo the page shows, a copy per test
AHEAD = "A status cannot be dated in the future: give the date it happened."


def test_a_future_status_is_refused_beside_add_status(ctx: AppContext, qtbot: QtBot) -> None:
    lang = str(ctx.language.language)  # each of ar, ckb, en (the fixture's)
    with recommendations_page(ctx, qtbot, lang, demo_in_store=True) as page:
        view = page.view
        page.resize(1000, 600)  # the view scrolls: Save at the top, the status history further down
        settle()
        view.ensureWidgetVisible(view.add_status_button)
        settle()
        today = dt.date.today()
        view.status_date.setDate(QDate(today.year + 1, today.month, 1))
        view.add_status_button.click()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: view.status_error.error() != "", timeout=10_000)
        said = view.status_error.error()
        assert said == view.tr(AHEAD)
        if lang != "en":
            assert said != AHEAD
        assert view.error.text() == ""  # nothing beside Save
        # In the status history box, just under Add status, and in sight.
        assert view.history_box.isAncestorOf(view.status_error)
        body = view.widget()
        assert body is not None
        button = QRect(view.add_status_button.mapTo(body, QPoint(0, 0)), view.add_status_button.size())
        line = QRect(view.status_error.mapTo(body, QPoint(0, 0)), view.status_error.size())
        assert 0 <= line.top() - button.bottom() < 3 * view.status_error.fontMetrics().height()
        visible = QRect(-body.pos(), view.viewport().size())
        assert visible.contains(line), (visible, line)

        # In order again: added, and the line goes.
        view.status_date.setDate(QDate(today.year, today.month, today.day))
        view.add_status_button.click()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: view.status_error.error() == "", timeout=10_000)
        assert view.status_error.isHidden()


def test_the_line_goes_with_another_recommendation(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, str(ctx.language.language), demo_in_store=True) as page:
        view = page.view
        first = view.rec_id
        today = dt.date.today()
        view.status_date.setDate(QDate(today.year + 2, 1, 1))
        view.add_status_button.click()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: view.status_error.error() == view.tr(AHEAD), timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(1, 1))
        qtbot.waitUntil(lambda: view.current is not None and view.current.id != first, timeout=10_000)
        assert view.status_error.error() == ""
