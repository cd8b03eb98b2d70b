"""The centre's Open conflicts list shows where each conflict is, and its two versions side by side.

The table's columns were Qt's default 100 pixels, the last stretched to the edge: on a 1366-pixel
screen "Where" read "Session: گفتوگۆی …" (which turn, and whose, cut off), "Current text" kept a
couple of words in 100 pixels while "Other version" had a thousand. Now "Where" is as wide as its
text (up to two fifths of the table) and the two versions share the rest equally, after a language
switch and a narrower window too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import open_page
from tests.ui.test_conflicts_by_keyboard import same_turns_edited_on_two_laptops


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"))
    yield t
    t.close()


def _where_fits(page: SyncPage) -> bool:
    """Whole, or two fifths of the table when its text is longer than that."""
    view = page.conflicts_view
    return view.columnWidth(0) >= min(view.sizeHintForColumn(0), view.viewport().width() * 2 // 5)


def _versions_side_by_side(page: SyncPage) -> bool:
    """The two versions equally wide (a pixel of rounding apart), and filling the table's width."""
    view = page.conflicts_view
    current, other = view.columnWidth(1), view.columnWidth(2)
    filled = view.columnWidth(0) + current + other
    return abs(current - other) <= 1 and abs(filled - view.viewport().width()) <= 2


def _no_problems(page: SyncPage) -> None:
    assert not _problems(page), _problems(page)


def _problems(page: SyncPage) -> list[str]:
    view = page.conflicts_view
    said = []
    if not _where_fits(page):
        said.append(f"Where is {view.columnWidth(0)} px for a text of {view.sizeHintForColumn(0)}")
    if not _versions_side_by_side(page):
        said.append(f"the versions are {view.columnWidth(1)} and {view.columnWidth(2)} px in "
                    f"{view.viewport().width()} (Where {view.columnWidth(0)})")
    return said


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_where_is_whole_and_the_versions_share_the_width(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                                         manager: LanguageManager, lang: str) -> None:
    same_turns_edited_on_two_laptops(team, tmp_path, 3)
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 3, timeout=30_000)
    qtbot.waitUntil(lambda: _no_problems(page), timeout=5_000)
    view = page.conflicts_view
    assert view.columnWidth(0) >= view.sizeHintForColumn(0)  # whole on a 1366-pixel screen

    # Another language's words, and a narrower window: still whole, still side by side.
    manager.set_language("en" if lang != "en" else "ckb")
    page.resize(1000, 768)
    qtbot.waitUntil(lambda: _no_problems(page), timeout=5_000)
