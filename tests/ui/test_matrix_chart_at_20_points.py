"""The matrix chart at 20 points on a laptop at 150 %: each bar's name and value on a line of its own.

Bars stood at most 28 pixels apart (a 20-pixel bar and its gap), whatever the text size, while each
bar's name and value is written on a whole line centred on its bar. At 20 points a line is 38 pixels
or more: the governorates' names and the counts of neighbouring bars ran into each other, on screen
and in the image "Chart as image…" saves. Bars now stand at least a line apart (the chart already
keeps a line's height per bar, and scrolls in its part of the tab)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.shots import shots_folder
from tests.ui_helpers import main_window_on_screen


@pytest.mark.parametrize(("lang", "attribute"), [("ar", "governorate"), ("ckb", "age_band")])
def test_bars_a_line_apart_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str,
                                       attribute: str) -> None:
    demo.generate(store, sessions=6, seed=5, advocacy=False)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    window.go_to("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.tabs.setCurrentWidget(page.matrix)
    matrix = page.matrix
    matrix.attribute.setCurrentIndex(matrix.attribute.findData(attribute))
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0 and bool(matrix.chart.bars), timeout=20_000)
    qtbot.wait(50)  # laid out
    chart = matrix.chart
    line = chart.fontMetrics().height()
    assert line > 28 and len(chart.bars) >= 3, (line, chart.bars)
    bands = chart.label_bands()
    for (top, height), (next_top, _h) in zip(bands, bands[1:], strict=False):
        assert top + height <= next_top, (line, bands)
    assert bands[0][0] >= 0 and bands[-1][0] + bands[-1][1] <= chart.height()
    saved = matrix.export_chart_png(shots_folder(tmp_path, "MAJLIS_CHART_SHOTS") / f"chart_20pt_{lang}.png")
    assert saved is not None and QImage(str(saved)).height() == chart.height()
