"""A "Where" column widened by hand stays as wide on the centre's Open conflicts list.

"Where" is fitted to its text at each resize of the table (test_sync_conflict_columns); the fit ran
after the coordinator had dragged the column's edge too, so the next resize of the window (or a
language switch) put back the width the coordinator had just changed. A width set by hand is now
kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import open_page
from tests.ui.test_conflicts_by_keyboard import same_turns_edited_on_two_laptops


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"))
    yield t
    t.close()


def test_a_where_width_set_by_hand_is_kept(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                           language: LanguageManager) -> None:
    same_turns_edited_on_two_laptops(team, tmp_path, 3)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))
    view = page.conflicts_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 3, timeout=30_000)
    fitted = view.columnWidth(0)
    header = view.horizontalHeader()
    by_hand = fitted + 137
    header.resizeSection(0, by_hand)  # what dragging the column's edge does
    assert view.columnWidth(0) == by_hand

    wide = view.viewport().width()
    page.resize(1100, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < wide, timeout=5_000)
    qtbot.wait(50)
    assert view.columnWidth(0) == by_hand, (view.columnWidth(0), fitted)
    language.set_language("ckb")
    page.resize(1366, 768)
    qtbot.wait(50)
    assert view.columnWidth(0) == by_hand
    loads = page.central.loads
    page.refresh()  # the list read again (after a resolution, an import)
    qtbot.waitUntil(lambda: page.central.loads > loads and page.is_loaded(), timeout=30_000)
    page.resize(1300, 760)
    qtbot.wait(50)
    assert view.columnWidth(0) == by_hand
