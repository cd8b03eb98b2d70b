"""Reports → Matrix → Chart as image…: every bar's name whole in the saved image.

The chart on screen gives the bars' names at most a third of its width and shortens a longer name in its
middle ("حزب العدالة…والتنمية"). The image a coordinator saves for a brief was a grab of the screen, so it
carried the shortened names too. It is now drawn wider where a name is shortened on screen, and as tall
as the title's lines need at that width; the chart on screen does not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.bar_chart import PAD, BarChart, ChartTexts
from tests.matrix_helpers import matrix_run

LONG = ["ممثلو منظمات المجتمع المدني في المحافظة", "Civil-society organisations of the governorate", "شباب"]


def _shown_whole(chart: BarChart, width: int) -> bool:
    """Every bar's name fits the room the chart drawn ``width`` wide gives it (drawn unshortened)."""
    metrics = QFontMetrics(chart.font())
    return all(metrics.horizontalAdvance(name) <= chart.labels_width(width) - PAD for name, _ in chart.bars)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_saved_chart_has_every_name_whole(manager: LanguageManager, qtbot: QtBot, lang: str) -> None:
    manager.set_language(lang)
    manager.set_font_size(20)
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([(name, n + 1.0) for n, name in enumerate(LONG)], QColor("#3b6ea8"),
                   ChartTexts(title="الشرائح حسب الفئة: الثقة بالمفوضية", category_axis="الفئة", value_axis="الشرائح",
                              legend="الثقة بالمفوضية"))
    chart.resize(520, 400)
    chart.show()
    qtbot.waitExposed(chart)
    assert not _shown_whole(chart, chart.width())  # shortened on screen: the case in question
    image = chart.image()
    width = round(image.width() / image.devicePixelRatio())
    assert width > chart.width() and _shown_whole(chart, width)
    assert round(image.height() / image.devicePixelRatio()) >= chart.height()
    assert chart.size().width() == 520  # the chart on screen stays as it was
    short = BarChart()
    qtbot.addWidget(short)
    short.set_bars([("شباب", 3.0), ("نساء", 5.0)], QColor("#3b6ea8"), ChartTexts(title="t"))
    short.resize(520, 400)
    assert short.image().size() == short.grab().toImage().size()  # names whole on screen: the image is the screen's


def test_chart_as_image_saves_that_drawing(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    """Through the Matrix tab's save, as the coordinator saves it, with the names made long."""
    matrix = matrix_run(ctx, qtbot, "ar", "governorate")
    matrix._cell_chosen(matrix.model.index(0, 1))
    qtbot.waitUntil(lambda: bool(matrix.chart.bars))
    chart = matrix.chart
    chart.set_bars([(LONG[0] + " " + name, value) for name, value in chart.bars], chart.colour, chart.texts)
    chart.resize(520, chart.height())
    saved = matrix.export_chart_png(tmp_path / "chart.png")
    assert saved is not None
    image, drawn = QImage(str(saved)), chart.image()
    assert (image.width(), image.height()) == (drawn.width(), drawn.height())
    assert image.width() > chart.width() * image.devicePixelRatio()
