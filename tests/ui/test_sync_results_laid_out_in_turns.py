"""A coordinator's import day: Results holds the lines of every run since the page opened (a thousand after
five sticks of two hundred bundles). Each run's end laid out every one of them again in the turn that said
the run (its heading scrolled to at once: all rows measured first), so the window stood still longer with
each stick. Results is laid out a block of rows per turn of the event loop, and the run's heading is
scrolled to once the rows above it are laid out."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import usb_stick

team = team_fixture(devices=0)
EARLIER = 1000  # lines of the day's earlier runs


class CountingDelegate(QStyledItemDelegate):
    """Qt's own delegate, counting the rows it is asked to measure (what laying the list out costs)."""

    measured = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.measured += 1
        return super().sizeHint(option, index)


@pytest.fixture
def page(team: Team, qtbot: QtBot, make_ctx: Any) -> SyncPage:
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))


def test_a_runs_end_lays_out_a_block_not_the_whole_day(page: SyncPage, team: Team, tmp_path: Path,
                                                       qtbot: QtBot) -> None:
    results = page.results
    for n in range(EARLIER):
        results.say(partial("laptop{:02d}-{:02d}.majlis: already present, nothing new".format, n % 20, n // 20))
    last = results.item(EARLIER - 1)
    qtbot.waitUntil(lambda: results.visualItemRect(last).isValid(), timeout=30_000)  # the earlier lines laid out
    counting = CountingDelegate(results)
    results.setItemDelegate(counting)
    files = usb_stick(team, tmp_path / "stick", good=12)
    measured_in_its_turn: list[int] = []
    imported = page._imported

    def said(run: Any) -> None:  # the turn that says the run: its summary and lines
        before = counting.measured
        imported(run)
        measured_in_its_turn.append(counting.measured - before)

    page._imported = said  # type: ignore[method-assign]
    assert page.import_paths(files)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert len(page.last_outcomes) == len(files)
    heading = results.item(EARLIER)
    assert heading.font().bold() and heading.text() == page.import_summary.text()
    assert results.count() == EARLIER + 1 + len(files)
    # The turn that said the run measured a block of rows, not the day's thousand again.
    assert measured_in_its_turn and measured_in_its_turn[0] <= 200, measured_in_its_turn
    # The list still comes to the run's heading, at the top, once the rows above it are laid out.
    qtbot.waitUntil(lambda: results.visualItemRect(heading).top() == 0, timeout=30_000)
    assert results.visualItemRect(results.item(results.count() - 1)).isValid()  # every row laid out in the end
