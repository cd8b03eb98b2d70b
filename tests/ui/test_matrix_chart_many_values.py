"""The matrix chart of every governorate, below the matrix on a 1366x768 laptop: each bar's name and value
has a whole line, on screen and in the image saved of it.

The chart took what the matrix above left it (about 260 pixels at 1366x768, less at 150 % scaling) and
spread twelve or more bars over it: each name and value is written on a line of text centred on its bar
(1c233b7), and with the bars closer than a line the governorates' names and the counts were drawn over
each other, unreadable, in the PNG of "Chart as image…" too. Now the chart is never shorter than a line
per bar, and scrolls in its part of the tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage


@pytest.fixture
def tab(ctx: AppContext, store: Store, qtbot: QtBot) -> Iterator[Any]:
    demo.generate(store, sessions=40, seed=5, advocacy=False)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)  # the Reports page of a 1366x768 window (navigation, menu, status bar)
    page.show()
    page.tabs.setCurrentWidget(page.matrix)
    matrix = page.matrix
    matrix.attribute.setCurrentIndex(matrix.attribute.findData("governorate"))
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0 and bool(matrix.chart.bars), timeout=20_000)
    qtbot.wait(50)  # laid out
    yield matrix


def test_every_bar_has_a_line_of_its_own(tab: Any, tmp_path: Path) -> None:
    chart = tab.chart
    bars, line = len(chart.bars), chart.fontMetrics().height()
    assert bars >= 12, bars  # the demo's governorates
    # The title, the legend, the ticks and the axis title take four lines or more; the rest is the bars'.
    # Without the fix the chart was squeezed to what the matrix left it (fewer pixels than that).
    assert chart.height() >= (bars + 4) * line, (chart.height(), bars, line)
    bands = chart.label_bands()
    for (top, height), (next_top, _h) in zip(bands, bands[1:], strict=False):
        assert top + height <= next_top, bands
    assert bands[0][0] >= 0 and bands[-1][0] + bands[-1][1] <= chart.height()
    # The part of the tab it is in scrolls instead, and the image saved of it is the whole chart.
    assert tab.chart_area.verticalScrollBar().maximum() > 0
    saved = tab.export_chart_png(tmp_path / "chart.png")
    image = QImage(str(saved))
    assert image.height() == chart.height()
