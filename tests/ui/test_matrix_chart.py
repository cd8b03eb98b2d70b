"""The coding matrix (code x participant attribute) and its chart, through the real tab on demo data:
totals that add up, shading by value, percentages, PNG images of both, and a workbook read back
with openpyxl (the totals, the chart with its title, axes and legend)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.core import analysis
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.reports.matrix_images import table_image
from desktop.ui.reports.matrix_tab import TOTAL
from desktop.ui.reports.page import ReportsPage
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.matrix_helpers import workbook_of
from tests.readonly_folder import read_only, unreplaceable

READ_ONLY = "This folder cannot be written to (a read-only or write-protected USB stick?). Choose another place."
IN_USE = ("The file of that name could not be replaced: is it open in another program, such as Excel? "
          "Close it there, or choose another name.")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """The ``store`` every fixture here (``ctx`` too) is handed: the demo's eight sessions in it, a copy of
    one generated once per process (tests/demo_stores.py), not generated again for each test."""
    s = demo_copy(db_path, PASSPHRASE, "test laptop", sessions=8, seed=3, advocacy=False)
    yield s
    s.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    return store


@pytest.fixture
def tab(ctx: AppContext, demo_store: Store, qtbot: QtBot) -> Iterator[Any]:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.tabs.setCurrentWidget(page.matrix)
    matrix = page.matrix
    matrix.attribute.setCurrentIndex(matrix.attribute.findData("governorate"))
    matrix.run()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0, timeout=10_000)
    yield matrix  # the page stays referenced (alive) while the test runs


def expected(store: Store) -> analysis.Matrix:
    """The same matrix computed by the service directly: what the tab's sums are checked against."""
    with store.session() as s:
        return analysis.matrix(s, "governorate")


def text(tab: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return tab.model.data(tab.model.index(row, column), role)


def test_totals_row_and_column_add_up(tab: Any, demo_store: Store) -> None:
    m = expected(demo_store)
    assert tab.model.rowCount() == len(m.code_ids) + 1  # every code, then the totals row
    assert tab.model.columnCount() == len(m.values) + 2  # code, every value, the total
    last_row, last_col = len(m.code_ids), len(m.values) + 1
    assert tab.model.row(last_row) == TOTAL
    assert text(tab, last_row, 0) == "Total"
    assert tab.model.headerData(last_col, Qt.Orientation.Horizontal) == "Total"
    for j, value in enumerate(m.values, start=1):
        column_sum = sum(m.cell(c, value).segments for c in m.code_ids)
        assert text(tab, last_row, j) == f"{column_sum:,}", value
    for i, code in enumerate(m.code_ids):
        assert text(tab, i, last_col) == f"{sum(m.cell(code, v).segments for v in m.values):,}"
    grand = sum(m.cell(c, v).segments for c in m.code_ids for v in m.values)
    assert grand > 0
    assert text(tab, last_row, last_col) == f"{grand:,}"


def test_cells_are_shaded_by_value(tab: Any, demo_store: Store) -> None:
    m = expected(demo_store)
    cells = [(i, j, m.cell(c, v).segments) for i, c in enumerate(m.code_ids) for j, v in enumerate(m.values, 1)]
    top = max(cells, key=lambda x: x[2])
    zero = next(x for x in cells if x[2] == 0)
    dark: QColor = text(tab, top[0], top[1], Qt.ItemDataRole.BackgroundRole)
    light: QColor = text(tab, zero[0], zero[1], Qt.ItemDataRole.BackgroundRole)
    assert light.lightness() == 255  # nothing: white
    assert dark.lightness() < 200  # the most: clearly darker
    middle = next((x for x in cells if 0 < x[2] < top[2]), None)
    if middle is not None:
        shade: QColor = text(tab, middle[0], middle[1], Qt.ItemDataRole.BackgroundRole)
        assert dark.lightness() <= shade.lightness() <= light.lightness()


def test_percentages_of_the_column(tab: Any, demo_store: Store, qtbot: QtBot) -> None:
    m = expected(demo_store)
    tab.percent.setChecked(True)
    last_row = len(m.code_ids)
    for j, value in enumerate(m.values, start=1):
        column = sum(m.cell(c, value).segments for c in m.code_ids)
        if column:
            assert text(tab, last_row, j) == "100%"
        for i, code in enumerate(m.code_ids):
            share = m.cell(code, value).segments / column if column else 0
            assert text(tab, i, j) == f"{round(share * 100)}%"
    assert "Share" in tab.chart.texts.value_axis
    assert all(t.endswith("%") for t in tab.chart.tick_labels())
    # The chart's bar for a value says what the totals row's cell says.
    assert tab.chart.value_text(tab.chart.bars[0][1]) == text(tab, last_row, 1)
    tab.percent.setChecked(False)
    assert "%" not in text(tab, 0, 1)


def _colours(image: QImage) -> int:
    seen = set()
    for x in range(0, image.width(), max(1, image.width() // 60)):
        for y in range(0, image.height(), max(1, image.height() // 60)):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_matrix_and_chart_as_png(tab: Any, tmp_path: Path) -> None:
    tab.table.selectRow(0)
    tab._cell_chosen(tab.model.index(0, 1))
    chart_png = tab.export_chart_png(tmp_path / "chart.png")
    image = QImage(str(chart_png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (tab.chart.width(), tab.chart.height())
    assert _colours(image) > 3, "the chart image is (nearly) one colour"

    matrix_png = tab.export_matrix_png(tmp_path / "matrix")  # the suffix is not needed for a given path
    image = QImage(str(matrix_png))
    assert not image.isNull()
    whole = table_image(tab.table)
    assert (image.width(), image.height()) == (whole.width(), whole.height())
    # The whole table, not the scrolled part: every row and column with the headers.
    hh, vh = tab.table.horizontalHeader(), tab.table.verticalHeader()
    assert image.height() >= hh.height() + sum(vh.sectionSize(i) for i in range(tab.model.rowCount()))
    assert _colours(image) > 3


def test_png_without_its_suffix_never_replaces_the_file_with_it(tab: Any, tmp_path: Path) -> None:
    """"matrix" chosen in the dialog (its "replace?" was about that name): an existing matrix.png
    stays, the image goes to matrix (2).png; and no temporary file is left beside them."""
    tab._cell_chosen(tab.model.index(0, 1))
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "matrix.png").write_bytes(b"last week's image")
    written = tab.export_matrix_png(folder / "matrix")
    assert written == folder / "matrix (2).png" and not QImage(str(written)).isNull()
    assert (folder / "matrix.png").read_bytes() == b"last week's image"
    assert sorted(p.name for p in folder.iterdir()) == ["matrix (2).png", "matrix.png"]
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):  # cannot be written: said on the tab, and nothing half-written there
        assert tab.export_chart_png(stick / "chart.png") is None
    assert list(stick.iterdir()) == []
    assert tab.status.text() == "The image could not be saved. " + READ_ONLY  # and why


def test_workbook_over_one_open_elsewhere_says_why(tab: Any, tmp_path: Path) -> None:
    """Last week's matrix.xlsx still open in Excel (Windows keeps it from being replaced; here it is
    immutable): the tab said only "The workbook could not be saved." and the analyst could not tell
    a full disk from a read-only stick from the open file. Now the reason follows; the old file stays."""
    tab._cell_chosen(tab.model.index(0, 1))
    folder = tmp_path / "reports"
    folder.mkdir()
    old = folder / "matrix.xlsx"
    assert workbook_of(tab, old) == old
    before = old.read_bytes()
    with unreplaceable(old):
        assert workbook_of(tab, old) is None
    assert tab.status.text() == "The workbook could not be saved. " + IN_USE
    assert old.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["matrix.xlsx"]


def test_chart_has_title_axes_and_legend(tab: Any, ctx: AppContext) -> None:
    tab._cell_chosen(tab.model.index(0, 1))
    texts = tab.chart.texts
    assert "Segments" in texts.title and "Governorate" in texts.title
    assert texts.category_axis == "Governorate" and texts.value_axis == "Segments"
    assert texts.legend == tab.code_name(tab.model.row(0))
    labels = tab.chart.tick_labels()
    assert labels[0] == "0" and len(labels) >= 2
    ctx.language.set_digits("arab")
    assert all(ch in "٠١٢٣٤٥٦٧٨٩٬٫" for label in tab.chart.tick_labels() for ch in label)
    assert all(not any(c.isascii() and c.isdigit() for c in text(tab, r, 1)) for r in range(tab.model.rowCount()))


def test_workbook_with_matrix_sheet_and_chart(tab: Any, demo_store: Store, tmp_path: Path) -> None:
    m = expected(demo_store)
    path = workbook_of(tab, tmp_path / "matrix.xlsx")
    assert load_workbook(path).properties.creator == "Majlis"  # not "openpyxl" in Excel's File › Info
    wb = load_workbook(path)
    sheet = wb["Matrix"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[1]
    assert header[0] == "Code" and header[-1] == "Total"
    assert len(header) == len(m.values) + 2
    body, totals = rows[2:-1], rows[-1]
    assert len(body) == len(m.code_ids)
    assert totals[0] == "Total"
    for j, value in enumerate(m.values, start=1):
        assert totals[j] == sum(m.cell(c, value).segments for c in m.code_ids)
    for row, code in zip(body, m.code_ids, strict=True):
        assert row[-1] == sum(m.cell(code, v).segments for v in m.values)
    assert totals[-1] == sum(m.cell(c, v).segments for c in m.code_ids for v in m.values)
    assert sheet.cell(3, 2).fill.fgColor.rgb is not None  # shaded like the screen

    charts = [c for ws in wb.worksheets for c in ws._charts]
    assert len(charts) == 1
    chart = charts[0]
    title = "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
    assert "Segments" in title and "Governorate" in title
    assert chart.x_axis.title is not None and chart.y_axis.title is not None
    assert chart.legend is not None
    assert len(chart.series) == len(m.values)  # one series per governorate, named in the legend


def _pixels_of(image: QImage, colour: QColor) -> int:
    rgb = colour.rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == rgb)


def test_before_the_first_matrix_the_chart_says_what_to_do(ctx: AppContext, demo_store: Store, qtbot: QtBot) -> None:
    """No empty axes, no 0-to-1 scale and no nameless swatch before anything was built."""
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.tabs.setCurrentWidget(page.matrix)
    chart = page.matrix.chart
    assert chart.bars == [] and chart.tick_labels() == ["0", "1"]
    assert chart.empty_text.startswith("Build the matrix")
    empty = chart.grab().toImage()
    assert _pixels_of(empty, chart.colour) == 0  # no legend swatch, no bar
    assert _pixels_of(empty, chart.palette().text().color()) == 0  # no axes, no tick labels
    page.matrix.run()
    qtbot.waitUntil(lambda: bool(chart.bars), timeout=10_000)
    assert _pixels_of(chart.grab().toImage(), chart.colour) > 0


def test_bar_labels_get_a_whole_line_even_on_thin_bars() -> None:
    """Many bars in a short chart are thinner than a line of text: names and values are written in a
    full line centred on the bar (a bar-high box cut "0" down to "U")."""
    from desktop.ui.reports.bar_chart import label_band

    assert label_band(100, 20, 16) == (100, 20)  # a thick bar: its own height
    assert label_band(100, 8, 16) == (96, 16)  # a thin one: a whole line, 4 px above and below it


def test_participants_totals_count_each_person_once(tab: Any, demo_store: Store, qtbot: QtBot,
                                                    tmp_path: Path) -> None:
    """Counting participants, a column's total is how many people of that governorate raised any
    code: someone who raised three codes is one person, not three (the totals row summed the codes'
    counts: 34 participants in Basra where 12 people spoke)."""
    from desktop.core import retrieval

    with demo_store.session() as s:
        m = analysis.matrix(s, "governorate")
        spoken = [i for i in retrieval.retrieve(s, set(m.code_ids)) if i.participant_id]
    people = {v: {i.participant_id for i in spoken if i.governorate == v} for v in m.values}
    per_code = {c: {i.participant_id for i in spoken if i.code_id == c} for c in m.code_ids}
    everyone = {i.participant_id for i in spoken}
    assert any(sum(m.cell(c, v).participants for c in m.code_ids) > len(people[v]) for v in m.values)
    tab.measure.setCurrentIndex(tab.measure.findData("participants"))
    last_row, last_col = len(m.code_ids), len(m.values) + 1
    for j, value in enumerate(m.values, start=1):
        assert text(tab, last_row, j) == f"{len(people[value]):,}", value
    for i, code in enumerate(m.code_ids):
        assert text(tab, i, last_col) == f"{len(per_code[code]):,}"
    assert text(tab, last_row, last_col) == f"{len(everyone):,}"
    # The chart of all codes shows the same people as the totals row.
    assert [bar for _label, bar in tab.chart.bars] == [float(len(people[v])) for v in m.values]
    # A share of the column is a share of its people.
    tab.percent.setChecked(True)
    busiest = max(m.values, key=lambda v: len(people[v]))
    j = m.values.index(busiest) + 1
    code_row = next(i for i, c in enumerate(m.code_ids) if m.cell(c, busiest).participants)
    share = m.cell(m.code_ids[code_row], busiest).participants / len(people[busiest])
    assert text(tab, code_row, j) == f"{round(share * 100)}%"
    # The workbook says what the screen says.
    tab.percent.setChecked(False)
    rows = [list(r) for r in load_workbook(workbook_of(tab, tmp_path / "people.xlsx"))["Matrix"]
            .iter_rows(values_only=True)]
    assert rows[-1][1:] == [*(len(people[v]) for v in m.values), len(everyone)]
    assert [r[-1] for r in rows[2:-1]] == [len(per_code[c]) for c in m.code_ids]
