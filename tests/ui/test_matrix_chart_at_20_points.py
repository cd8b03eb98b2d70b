"""The matrix chart at 20 points on a laptop at 150 %: each bar's name and value on a line of its own,
and its title whole.

Bars stood at most 28 pixels apart (a 20-pixel bar and its gap), whatever the text size, while each
bar's name and value is written on a whole line centred on its bar. At 20 points a line is 38 pixels
or more: the governorates' names and the counts of neighbouring bars ran into each other, on screen
and in the image "Chart as image…" saves. Bars now stand at least a line apart (the chart already
keeps a line's height per bar, and scrolls in its part of the tab).

The title ("Segments by Age band: every code", a code's name in Kurdish) was drawn on one line centred
on the chart: wider than the chart at 20 points, it was cut at both ends. It goes on to more lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.bar_chart import PAD
from desktop.ui.reports.matrix_tab import MatrixTab
from desktop.ui.reports.page import ReportsPage
from tests.matrix_helpers import matrix_at_20_points
from tests.shots import shots_folder


def _chart_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                        lang: str, attribute: str) -> MatrixTab:
    _page, matrix = matrix_at_20_points(manager, store, qtbot, monkeypatch, lang, sessions=6, seed=5,
                                        attribute=attribute)
    qtbot.waitUntil(lambda: bool(matrix.chart.bars), timeout=20_000)
    return matrix


@pytest.mark.parametrize(("lang", "attribute"), [("ar", "governorate"), ("ckb", "age_band")])
def test_bars_a_line_apart_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str,
                                       attribute: str) -> None:
    matrix = _chart_at_20_points(manager, store, qtbot, monkeypatch, lang, attribute)
    chart = matrix.chart
    line = chart.fontMetrics().height()
    assert line > 28 and len(chart.bars) >= 3, (line, chart.bars)
    bands = chart.label_bands()
    for (top, height), (next_top, _h) in zip(bands, bands[1:], strict=False):
        assert top + height <= next_top, (line, bands)
    assert bands[0][0] >= 0 and bands[-1][0] + bands[-1][1] <= chart.height()
    saved = matrix.export_chart_png(shots_folder(tmp_path, "MAJLIS_CHART_SHOTS") / f"chart_20pt_{lang}.png")
    assert saved is not None and QImage(str(saved)).height() == chart.height()


def test_the_title_is_whole_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    matrix = _chart_at_20_points(manager, store, qtbot, monkeypatch, "ckb", "age_band")
    chart = matrix.chart
    title = chart.texts.title
    wide = QFontMetrics(chart._title_font()).horizontalAdvance(title)  # bold, a little larger
    assert wide > chart.width(), ("a title wider than the chart", wide, chart.width())
    image = chart.grab().toImage()
    background = image.pixelColor(image.width() // 2, 1)
    line = chart.fontMetrics().height()
    # Nothing drawn at the edges of the title's room (the chart less its margins) beside the title and the
    # legend under it: a line too long was cut there, at both ends.
    edges = [x for x in (*range(PAD + 2), *range(image.width() - PAD - 2, image.width()))
             for y in range(3 * line) if image.pixelColor(x, y) != background]
    assert not edges, (title, chart.width(), edges[:5])
    # The legend and the bars stand below the title's lines, not over them.
    assert chart.label_bands()[0][0] > 2 * line


def test_a_long_code_name_in_the_legend_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The legend (the code charted) was one line centred on the chart: a long code name ran past both
    edges. It is shortened in its middle to the chart's width; the title above says it whole."""
    matrix = _chart_at_20_points(manager, store, qtbot, monkeypatch, "ar", "governorate")
    code_id = matrix.matrix.code_ids[0] if matrix.matrix is not None else ""
    long_name = "مشاركة النساء والشباب وذوي الإعاقة في الانتخابات المحلية في المناطق الريفية والنائية"
    with store.transaction() as s:
        codebook.rename(s, code_id, "ar", long_name)
    page = matrix.parentWidget()
    while not isinstance(page, ReportsPage):
        assert page is not None
        page = page.parentWidget()
    loads = page.loads
    page.refresh()
    qtbot.waitUntil(lambda: page.loads > loads)
    matrix.table.clicked.emit(matrix.model.index(0, 1))  # the code's row: the chart shows that code
    qtbot.wait(50)
    chart = matrix.chart
    assert chart.texts.legend == long_name and chart.fontMetrics().horizontalAdvance(long_name) > chart.width()
    image = chart.grab().toImage()
    background = image.pixelColor(image.width() // 2, 1)
    top = chart.label_bands()[0][0]  # the title and the legend stand above the bars
    edges = [x for x in (*range(PAD + 2), *range(image.width() - PAD - 2, image.width()))
             for y in range(top) if image.pixelColor(x, y) != background]
    assert not edges, (chart.width(), edges[:5])


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_category_axis_title_is_whole_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The category axis's title, turned along the bars' names, is as long as the plot is tall: with two
    bars (a focus group, a roundtable) the plot was shorter than "نوع الجلسة" at 20 points, and the title
    was cut at both ends ("ع الجلسة"). The chart is now at least as tall as that title needs."""
    matrix = _chart_at_20_points(manager, store, qtbot, monkeypatch, lang, "session_kind")
    chart = matrix.chart
    assert len(chart.bars) == 2
    title = chart.texts.category_axis
    assert title and chart.fontMetrics().horizontalAdvance(title) <= chart.plot_height(), (title, chart.plot_height())
