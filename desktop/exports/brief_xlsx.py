"""The evidence brief as a workbook: one sheet per recommendation, right-to-left for ar and ckb.

Each sheet holds the recommendation, its status, the support figures with a chart (participants by
gender and by age band), the survey figures and the selected quotes. The file is written through
:func:`desktop.core.atomic_file.atomic_output` like every export (a private temporary file beside
the target, removed on any error, renamed into place at the end; one a killed process left behind
is removed by the next export into that folder), so no failure leaves half a workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import NumDataSource, NumRef
from openpyxl.chart.error_bar import ErrorBars
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core import recommendations
from desktop.core.atomic_file import atomic_output
from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.exports.brief_data import Brief, build, withdrawn_note, word
from desktop.exports.xlsx_sheet import LTR_IN_RTL, clean_text, moves_in_rtl, save_workbook
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.i18n.digits import Digits, apply_digits
from desktop.i18n.formatting import format_date
from desktop.i18n.languages import item_separator

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


def briefs(store: Store, rec_id: str | None, lang: str, digits: Digits = "latn") -> list[Brief]:
    with store.session() as s:
        ids = [rec_id] if rec_id else [r.id for r in recommendations.live(s)]
        return [build(s, i, lang, digits) for i in ids]


def write_brief_xlsx(store: Store, out: Path, *, rec_id: str | None = None, lang: str = "en",
                     digits: Digits = "latn", cancelled: Callable[[], bool] | None = None) -> list[Brief]:
    """``cancelled`` is asked up to the last moment before the file takes its name: InterruptedError, no file."""
    items = briefs(store, rec_id, lang, digits)
    wb = Workbook()
    wb.properties.creator = "Majlis"  # Excel's Author; openpyxl names itself otherwise
    wb.remove(wb.active)
    for brief in items:
        # Two recommendations may share a number (typed so, or a laptop's own draft beside the team's):
        # openpyxl would name the second sheet "R11", which reads as recommendation 11.
        name, n = f"R{brief.number}", 2
        while name in wb.sheetnames:
            name, n = f"R{brief.number} ({n})", n + 1
        _sheet(wb.create_sheet(name), brief, digits)
    if not items:
        ws = wb.create_sheet("R")
        ws.append([word(lang, QT_TRANSLATE_NOOP("Brief", "No recommendations yet."))])
    with atomic_output(out) as fh:
        save_workbook(wb, fh)  # its archive closed on every way out (wb.save left it open on a full disk)
        if cancelled is not None and cancelled():  # the last moment: past it, the workbook takes its name
            raise InterruptedError("export cancelled")
    record_or_take_back(store, "xlsx", out)  # an erasure report names the copies it cannot reach
    return items


def _sheet(ws: Worksheet, b: Brief, digits: Digits) -> None:
    lang = b.lang
    ws.sheet_view.rightToLeft = lang in ("ar", "ckb")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    for col in "CDE":
        ws.column_dimensions[col].width = 18

    def row(label: str, value: object = None, *, bold: bool = False) -> int:
        ws.append([clean_text(label), value if not isinstance(value, str) else clean_text(value)])
        r: int = ws.max_row
        ws.cell(r, 1).font = BOLD if bold or value is not None else Font()
        if value is not None:  # a label longer than column A (a survey's source) wraps, not cut by the value
            ws.cell(r, 1).alignment = WRAP
        ws.cell(r, 2).alignment = WRAP
        return r

    # As the PDF's title says it ("Recommendation 1: …"): "R1. " put a Latin letter first, and Excel then
    # read an Arabic or Kurdish title left to right, "R1." at its left end, where the title ends.
    number = apply_digits(str(b.number), digits)
    ws.append([clean_text(f"{word(lang, QT_TRANSLATE_NOOP('Brief', 'Recommendation'))} {number}: {b.title}")])
    ws.cell(1, 1).font = TITLE
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Recommendation")), b.text)
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Law and article")), b.target)
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Responsible authority")), b.authority)
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Status")), b.status)
    if b.status_date:
        r = row(word(lang, QT_TRANSLATE_NOOP("Brief", "Since")), b.status_date)
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
    ws.append([])
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Who supports it")), bold=True)
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Participants")), b.participants)
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Sessions")), b.sessions)
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Governorates")), len(b.governorates))
    if b.governorates:
        row("", "، ".join(b.governorates) if lang in ("ar", "ckb") else ", ".join(b.governorates))
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "Organisations")), b.organisations)
    if b.withdrawn:
        row(word(lang, withdrawn_note(b.withdrawn), n=b.withdrawn))
    ws.append([])
    figures_title = word(lang, QT_TRANSLATE_NOOP("Brief", "Support figures"))
    figures_at = _table(ws, figures_title, [
        (word(lang, QT_TRANSLATE_NOOP("Brief", "Participants")), b.participants),
        (word(lang, QT_TRANSLATE_NOOP("Brief", "Sessions")), b.sessions),
        (word(lang, QT_TRANSLATE_NOOP("Brief", "Governorates")), len(b.governorates)),
        (word(lang, QT_TRANSLATE_NOOP("Brief", "Organisations")), b.organisations),
    ])
    _chart(ws, figures_title, *figures_at, "D", anchor_row=figures_at[0] - 1)
    ws.append([])
    by_gender = word(lang, QT_TRANSLATE_NOOP("Brief", "Participants by gender"))
    by_band = word(lang, QT_TRANSLATE_NOOP("Brief", "Participants by age band"))
    gender_at = _table(ws, by_gender, b.by_gender)
    ws.append([])
    band_at = _table(ws, by_band, b.by_age_band)
    # Side by side to the left of the figures (right in a right-to-left sheet), level with the tables.
    for title, (first, last), column in ((by_gender, gender_at, "J"), (by_band, band_at, "R")):
        if last >= first:
            _chart(ws, title, first, last, column, anchor_row=figures_at[0] - 1)
    ws.append([])
    if b.survey_lines:
        row(word(lang, QT_TRANSLATE_NOOP("Brief", "Survey")), bold=True)
        for line, source in zip(b.survey_lines, b.survey_sources, strict=True):
            r = row(source, line)
            ws.cell(r, 2).alignment = WRAP
        ws.append([])
        _survey_chart(ws, b)
        ws.append([])
    row(word(lang, QT_TRANSLATE_NOOP("Brief", "What participants said")), bold=True)
    if not b.quotes:
        row("", word(lang, QT_TRANSLATE_NOOP("Brief", "No quote may be used for this recommendation.")))
    for q in b.quotes:
        source = item_separator(b.lang).join(x for x in (q.speaker, q.session, q.governorate, format_date(q.date, b.lang, digits) if q.date else "") if x)
        if ws.sheet_view.rightToLeft:
            # A right-to-left mark first: the pseudonym's Latin letters made the cell read left to right,
            # the pseudonym at its left end, read last (as the survey lines begin with one).
            source = "\u200f" + source
        r = row(source, f"«{q.text}»")
        ws.cell(r, 1).font = Font(italic=True)
        ws.cell(r, 1).alignment = WRAP


def _table(ws: Worksheet, title: str, rows: list[tuple[str, int]]) -> tuple[int, int]:
    ws.append([clean_text(title)])
    ws.cell(ws.max_row, 1).font = BOLD
    first = ws.max_row + 1
    for label, n in rows:
        ws.append([clean_text(label), n])
        if ws.sheet_view.rightToLeft and moves_in_rtl(label):  # "65+", which read "+65" right to left
            ws.cell(ws.max_row, 1).alignment = LTR_IN_RTL
    return first, ws.max_row


def _survey_chart(ws: Worksheet, b: Brief) -> None:
    """The survey figures as bars (per cent of respondents) with their margins of error as error bars;
    the numbers stay in the cells under the chart's title, with n beside them."""
    lang = b.lang
    title = word(lang, QT_TRANSLATE_NOOP("Brief", "Survey figures (% of respondents, ± margin of error)"))
    ws.append([clean_text(title), word(lang, QT_TRANSLATE_NOOP("Brief", "Per cent")),
               word(lang, QT_TRANSLATE_NOOP("Brief", "± points")),
               # The number of respondents: "n" to a statistician, a word in Arabic and Kurdish (as the
               # Surveys tab's column says it; the workbook's heading stayed a Latin "n").
               word(lang, QT_TRANSLATE_NOOP("Brief", "n"))])
    ws.cell(ws.max_row, 1).font = BOLD
    ws.cell(ws.max_row, 1).alignment = WRAP  # the title and the questions are longer than column A
    first = ws.max_row + 1
    for bar in b.survey_bars:
        ws.append([clean_text(bar.label), bar.percent, bar.margin, bar.n])
        ws.cell(ws.max_row, 1).alignment = WRAP
    last = ws.max_row
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = 6, 16
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    margins = NumDataSource(numRef=NumRef(f=f"'{ws.title}'!$C${first}:$C${last}"))
    chart.series[0].errBars = ErrorBars(errDir="y", errBarType="both", errValType="cust", noEndCap=False,
                                        plus=margins, minus=margins)
    ws.add_chart(chart, f"F{first - 1}")


def _chart(ws: Worksheet, title: str, first: int, last: int, column: str, *, anchor_row: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = 6, 12
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    ws.add_chart(chart, f"{column}{max(1, anchor_row)}")
