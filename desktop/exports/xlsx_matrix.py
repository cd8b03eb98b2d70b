"""A code x attribute matrix as the analyst sees it, written to its own workbook: one sheet with the
counts (or percentages), a totals row and column, cells shaded by value, and a bar chart (an Excel
chart, not a picture: the reader can restyle it) with a title, titled axes and a legend.

Qt-free: the matrix tab hands over the texts already in the interface language, so this module keeps
no words of its own. Numbers are real numbers (percentages with a percent format), so Excel sums,
sorts and charts them; the totals are written as values computed here, never as formulas that a
viewer without calculation (a phone preview) would show empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.core import text_cut
from desktop.core.atomic_file import atomic_output
from desktop.exports.xlsx_sheet import LTR_IN_RTL, clean_text, moves_in_rtl, save_workbook, unmarked_in_rtl

SHADE_TOP = (0x3B, 0x6E, 0xA8)  # the darkest cell; zero is white


@dataclass
class Totals:
    """Totals that are not sums of the cells: distinct participants (one person who raised three
    codes counts once in their column's total)."""

    columns: list[int]
    rows: list[int]
    grand: int


@dataclass
class MatrixTable:
    """What the matrix tab shows, with its words in the interface language."""

    title: str  # "Segments by governorate"
    code_heading: str  # the first column's heading ("Code")
    total_heading: str  # "Total"
    columns: list[str]  # the attribute values, as shown
    rows: list[tuple[str, list[int]]]  # (code name, counts per column)
    value_axis: str = ""  # "Segments"
    percentages: bool = False  # cells as a share of their column's total
    rtl: bool = False
    chart_title: str = ""
    sheet_title: str = "Matrix"
    chart_sheet_title: str = "Chart"
    legend_note: list[str] = field(default_factory=list)
    totals: Totals | None = None  # given when the counts do not add up (participants); else sums

    def row_totals(self) -> list[int]:
        if self.totals is not None:
            return list(self.totals.rows)
        return [sum(counts) for _name, counts in self.rows]

    def column_totals(self) -> list[int]:
        if self.totals is not None:
            return list(self.totals.columns)
        return [sum(counts[i] for _name, counts in self.rows) for i in range(len(self.columns))]

    def grand_total(self) -> int:
        return self.totals.grand if self.totals is not None else sum(self.row_totals())


def shade(value: float, top: float) -> str:
    """An RGB hex from white (0) to SHADE_TOP (the largest value), for one cell."""
    share = 0.0 if top <= 0 else max(0.0, min(1.0, value / top))
    rgb = [round(255 + (c - 255) * share * 0.75) for c in SHADE_TOP]
    return "".join(f"{c:02X}" for c in rgb)


def _safe_title(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text_cut.cut(text.strip(), 31, utf16=True) or "Sheet"


def _unmarked(table: MatrixTable) -> MatrixTable:
    """The interface's texts without the direction marks the translations start with, on a right-to-left
    sheet (the codes' names are the team's own words, written as they are)."""
    if not table.rtl:
        return table
    plain = unmarked_in_rtl
    return replace(table, title=plain(table.title), code_heading=plain(table.code_heading),
                   total_heading=plain(table.total_heading), columns=[plain(c) for c in table.columns],
                   value_axis=plain(table.value_axis), chart_title=plain(table.chart_title),
                   sheet_title=plain(table.sheet_title), chart_sheet_title=plain(table.chart_sheet_title),
                   legend_note=[plain(n) for n in table.legend_note])


#: The workbook's steps as ``progress`` reports them: the matrix's sheet, the chart's, the file written.
STEPS = 3


def write_matrix_xlsx(table: MatrixTable, out: Path, *, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> None:
    """Write ``table`` and its chart to ``out`` (atomically: a crash leaves no half file). ``cancelled`` is
    asked between the steps and once more before the finished file takes its name: InterruptedError,
    and nothing in the folder."""

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError("export cancelled")
        if progress is not None and done:
            progress(done, STEPS)

    step(0)
    table = _unmarked(table)
    wb = Workbook()
    wb.properties.creator = "Majlis"  # Excel's Author; openpyxl names itself otherwise
    ws = wb.active
    assert ws is not None
    ws.title = _safe_title(table.sheet_title)
    ws.sheet_view.rightToLeft = table.rtl
    bold = Font(bold=True)
    ws.append([clean_text(table.title)])
    ws["A1"].font = Font(bold=True, size=13)
    header = [table.code_heading, *table.columns, table.total_heading]
    ws.append([clean_text(h) for h in header])
    for cell in ws[2]:
        cell.font = bold
    _as_written(ws[2], table.rtl)
    col_totals, row_totals = table.column_totals(), table.row_totals()
    top = max((c for _n, counts in table.rows for c in counts), default=0)
    first_data_row = 3
    for (name, counts), row_total in zip(table.rows, row_totals, strict=True):
        if table.percentages:
            values: list[float] = [c / t if t else 0.0 for c, t in zip(counts, col_totals, strict=True)]
        else:
            values = [float(c) for c in counts]
        ws.append([clean_text(name), *[v if table.percentages else int(v) for v in values], row_total])
        r = ws.max_row
        for i, count in enumerate(counts):
            cell = ws.cell(r, i + 2)
            cell.fill = PatternFill("solid", fgColor=shade(count, top))
            if table.percentages:
                cell.number_format = "0.0%"
    ws.append([clean_text(table.total_heading), *col_totals, table.grand_total()])
    total_row = ws.max_row
    for cell in ws[total_row]:
        cell.font = bold
    for r in range(first_data_row, total_row + 1):
        ws.cell(r, len(header)).font = bold
    _fit_headings(ws, header)
    ws.freeze_panes = "B3"
    step(1)

    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = table.chart_title or table.title
    chart.x_axis.title = table.code_heading
    chart.y_axis.title = table.value_axis or table.title
    # One series per attribute value (the legend names them), codes along the category axis; the
    # counts, not the percentages, so bars of different groups compare as numbers of segments.
    last_row = total_row - 1
    if last_row >= first_data_row and table.columns:
        counts_sheet = wb.create_sheet(_safe_title(table.chart_sheet_title))
        counts_sheet.sheet_view.rightToLeft = table.rtl
        counts_sheet.append([clean_text(table.code_heading), *[clean_text(c) for c in table.columns]])
        _fit_headings(counts_sheet, [table.code_heading, *table.columns])
        _as_written(counts_sheet[1], table.rtl)
        for name, counts in table.rows:
            counts_sheet.append([clean_text(name), *counts])
        n = len(table.rows) + 1
        data = Reference(counts_sheet, min_col=2, max_col=len(table.columns) + 1, min_row=1, max_row=n)
        categories = Reference(counts_sheet, min_col=1, min_row=2, max_row=n)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(categories)
        chart.legend.position = "b"
        chart.width, chart.height = 24, 12
        counts_sheet.add_chart(chart, f"A{n + 3}")
    for sheet in wb.worksheets:
        _no_formulas(sheet)
    step(2)
    with atomic_output(out) as fh:
        # Written with the archive closed on every way out: openpyxl's wb.save left it open when the disk
        # filled, and collected later it raised on the file atomic_output had already taken away.
        save_workbook(wb, fh)
        if cancelled is not None and cancelled():  # the last moment: past it, the workbook takes its name
            raise InterruptedError("export cancelled")
    if progress is not None:
        progress(STEPS, STEPS)


CODE_COLUMN = 40  # the codes' names
VALUE_COLUMN = 10  # a count or a percentage


def _fit_headings(ws: Any, headings: list[str]) -> None:
    """The codes' column wide, each other column as wide as its heading: at Excel's default width a
    session kind ("مجموعة نقاش مركّزة") or a governorate was cut where the next heading began."""
    for i, heading in enumerate(headings):
        least = CODE_COLUMN if i == 0 else VALUE_COLUMN
        ws.column_dimensions[get_column_letter(i + 1)].width = max(least, len(heading) + len(heading) // 10 + 2)


def _as_written(cells: Any, rtl: bool) -> None:
    """Headings of digits and signs ("65+") read left to right on a right-to-left sheet: Excel showed
    "+65". The cell's reading order, not a mark in its text (its words stay as typed, see _unmarked)."""
    for cell in cells if rtl else ():
        if isinstance(cell.value, str) and moves_in_rtl(cell.value):
            cell.alignment = LTR_IN_RTL


def _no_formulas(ws: Any) -> None:
    # openpyxl takes any text starting with "=" for a formula; a code named "=HYPERLINK(...)" stays text.
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
