"""Reports → Matrix at 20 points on a 1366x768 laptop at 150 %: the three export buttons ("Matrix as
image…", "Chart as image…", "Matrix and chart to Excel…") side by side where they fit.

They stood in a row that went from across to down all at once: too narrow for the three side by side,
each took a line of its own, about 180 of the 512 pixels the page has, the matrix squeezed under them.
They now flow (FlowRow): two on a line, the third on the next, in reading order."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.matrix_helpers import matrix_at_20_points
from tests.shots import shots_folder


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_export_buttons_flow_side_by_side(manager: LanguageManager, store: Store, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str) -> None:
    _page, matrix = matrix_at_20_points(manager, store, qtbot, monkeypatch, lang, sessions=4, seed=5)
    buttons = [matrix.matrix_png_btn, matrix.chart_png_btn, matrix.xlsx_btn]
    room = buttons[0].parentWidget().width()
    widths = sorted(b.sizeHint().width() for b in buttons)
    assert widths[0] + widths[1] + 12 <= room, (widths, room)  # two of them fit on one line
    tops = {b.mapTo(matrix, b.rect().topLeft()).y() for b in buttons}
    assert len(tops) < 3, tops  # not one line each
    height = buttons[0].height()
    row = buttons[0].parentWidget().height()
    assert row <= 2 * height + 12, (row, height)
    for b in buttons:  # each whole and inside the tab
        corner = b.mapTo(matrix, b.rect().topLeft())
        assert corner.x() >= 0 and corner.x() + b.width() <= matrix.width()
        assert b.width() >= b.sizeHint().width()
    matrix.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP6_SHOTS") / f"matrix_buttons_20pt_{lang}.png"))
