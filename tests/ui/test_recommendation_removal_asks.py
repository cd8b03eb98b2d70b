"""Remove status and Remove evidence on the Recommendations page ask first, naming what goes (the
status and its date; the kind of link, never a participant's words), with No the default; and they
are disabled while no row of their table is chosen. Before, one click deleted a coordinator's status
history entry or evidence link at once, and with no row chosen the buttons did nothing, silently."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.core.models import Code
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.advocacy.recommendation_view import RecommendationView
from desktop.ui.advocacy.view_words import status_word
from desktop.ui.context import AppContext

T = QApplication.translate
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def answering(button: QMessageBox.StandardButton, seen: list[tuple[str, str, bool]]) -> None:
    """The next question box, answered with ``button`` once it shows: its title, its text and
    whether No is its default are recorded. Gives up after two seconds (no question came)."""
    tries = [0]

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(10, act)
            return
        seen.append((box.windowTitle(), box.text(), box.defaultButton() is box.button(No)))
        box.button(button).click()

    QTimer.singleShot(0, act)


def click_and_answer(qtbot: QtBot, button: Any, answer: QMessageBox.StandardButton) -> list[tuple[str, str, bool]]:
    seen: list[tuple[str, str, bool]] = []
    answering(answer, seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    return seen


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> RecommendationView:
    with ctx.store.transaction() as s:
        code = Code(name_ar="الشفافية", name_en="Transparency")
        s.add(code)
        s.flush()
        rec = recommendations.create(s, {"title_en": "Publish results at once"}, date=dt.date(2026, 1, 10))
        recommendations.add_status(s, rec.id, "presented", date=dt.date(2026, 3, 3))
        recommendations.link_code(s, rec.id, code.id)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.selectRow(0)
    view = page.view
    qtbot.waitUntil(lambda: view.current is not None and len(view.links_model.rows) == 1, timeout=10_000)
    return view


def presented_row(view: RecommendationView) -> Callable[[], int]:
    """The row of the 'presented' status in the history table."""
    return lambda: next(i for i, h in enumerate(view.history_model.rows) if h.status == "presented")


def test_remove_buttons_are_disabled_without_a_chosen_row(view: RecommendationView, qtbot: QtBot) -> None:
    assert len(view.history_model.rows) == 2
    assert not view.remove_status_button.isEnabled() and not view.unlink_button.isEnabled()
    view.history.setCurrentIndex(view.history_model.index(presented_row(view)(), 0))
    assert view.remove_status_button.isEnabled() and not view.unlink_button.isEnabled()
    view.links.setCurrentIndex(view.links_model.index(0, 0))
    assert view.unlink_button.isEnabled()
    # Read again (after any change): no row is chosen, the buttons are disabled again.
    view.load(view.rec_id)
    qtbot.waitUntil(lambda: not view.remove_status_button.isEnabled() and not view.unlink_button.isEnabled(),
                    timeout=5_000)


def test_remove_status_asks_and_no_keeps_it(view: RecommendationView, ctx: AppContext, qtbot: QtBot) -> None:
    rec_id = str(view.rec_id)
    view.history.setCurrentIndex(view.history_model.index(presented_row(view)(), 0))
    seen = click_and_answer(qtbot, view.remove_status_button, No)
    expected = T("RecommendationView", "Remove the status '%1' of %2?").replace(
        "%1", status_word("presented")).replace("%2", ctx.language.format_date(dt.date(2026, 3, 3)))
    assert seen == [(T("RecommendationView", "Remove status"), expected, True)]
    assert "3 March 2026" in expected
    qtbot.wait(200)  # a removal, had there been one, would have come back from the worker
    with ctx.store.session() as s:
        assert [h.status for h in recommendations.history(s, rec_id)].count("presented") == 1
    assert len(view.history_model.rows) == 2

    seen = click_and_answer(qtbot, view.remove_status_button, Yes)
    assert len(seen) == 1
    qtbot.waitUntil(lambda: len(view.history_model.rows) == 1, timeout=5_000)
    with ctx.store.session() as s:
        assert [h.status for h in recommendations.history(s, rec_id)] == ["drafted"]


def test_remove_evidence_asks_and_no_keeps_it(view: RecommendationView, ctx: AppContext, qtbot: QtBot) -> None:
    rec_id = str(view.rec_id)
    view.links.setCurrentIndex(view.links_model.index(0, 0))
    seen = click_and_answer(qtbot, view.unlink_button, No)
    expected = T("RecommendationView", "Remove this evidence link (%1)?").replace(
        "%1", T("RecommendationView", "whole code"))
    assert seen == [(T("RecommendationView", "Remove evidence"), expected, True)]
    qtbot.wait(200)
    with ctx.store.session() as s:
        assert len(recommendations.links(s, rec_id)) == 1
    assert len(view.links_model.rows) == 1

    seen = click_and_answer(qtbot, view.unlink_button, Yes)
    assert len(seen) == 1
    qtbot.waitUntil(lambda: len(view.links_model.rows) == 0, timeout=5_000)
    with ctx.store.session() as s:
        assert recommendations.links(s, rec_id) == []
