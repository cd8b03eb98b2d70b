"""In English a row holding a hyphen is as tall as a row without one.

Where the system's family is only a name for others ("Sans Serif" on a Linux without a desktop's
settings, and offscreen), Qt passes over it and English lines are set by Noto Naskh Arabic, which has
no hyphen: the hyphen came from Noto Sans Arabic, whose lines are a quarter taller, and every row of an
item view that measures its rows by their text grew with it (21 pixels against 26 at the usual size, 46
against 58 at 20 points): a bundle's name on the Sync page's results, a code's name in the Codebook's
tree, a recommendation's title in its list. Arabic and Kurdish took the hyphen from our Latin family
already (tests/i18n/test_rtl_font_lines.py); qt_i18n.ui_font now puts it before Noto Sans Arabic in
English too. Each view here shows the same words with and without a hyphen, one line each.
"""

from __future__ import annotations

from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import codebook, recommendations
from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.ui_helpers import main_window_on_screen

WITH, WITHOUT = "Re-run", "Rerun"  # one line each in any of these views


def _rows(heights: dict[str, int]) -> tuple[int, int]:
    """The heights of the row with a hyphen and of the row without, from each row's words."""
    return heights[WITH], heights[WITHOUT]


@pytest.mark.parametrize("size", [None, 20.0])
def test_a_hyphen_makes_no_row_taller(manager: LanguageManager, store: Store, qtbot: QtBot, size: float | None,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with store.transaction() as s:
        for name in (WITH, WITHOUT):
            codebook.create_code(s, name_en=name)
            recommendations.create(s, {"title_en": name})
    window = main_window_on_screen(manager, store, qtbot, "en", size, (1366, 728), monkeypatch)
    line = window.fontMetrics().lineSpacing()
    heights: dict[str, tuple[int, int]] = {}

    window.go_to("codebook")
    assert isinstance(codes := window.page("codebook"), CodebookPage)
    tree = codes.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() == 2)
    model = tree.model()
    heights["codebook"] = _rows({model.index(r, 0).data(): tree.visualRect(model.index(r, 0)).height()
                                 for r in range(2)})

    window.go_to("recommendations")
    assert isinstance(advocacy := window.page("recommendations"), RecommendationsPage)
    listed = advocacy.list
    qtbot.waitUntil(lambda: listed.model().rowCount() == 2)
    title = next(c for c in range(listed.model().columnCount()) if listed.model().index(0, c).data() in (WITH, WITHOUT))
    heights["recommendations"] = _rows({listed.model().index(r, title).data(): listed.rowHeight(r) for r in range(2)})

    window.go_to("sync")
    assert isinstance(sync := window.page("sync"), SyncPage)
    results = sync.results
    said = {text: results.say(partial("Bundle written: {}.majlis".format, text)) for text in (WITH, WITHOUT)}
    qtbot.waitUntil(lambda: all(results.visualItemRect(item).isValid() for item in said.values()))
    heights["sync results"] = _rows({text: results.visualItemRect(item).height() for text, item in said.items()})

    assert all(without < 1.5 * line for _, without in heights.values()), (heights, line)  # one line each
    taller = {where: rows for where, rows in heights.items() if rows[0] != rows[1]}
    assert not taller, f"rows with a hyphen and without, in pixels: {taller}"
    window.close()
