"""A faster openpyxl write-only worksheet: rows serialised to XML text directly, never as formulas.

openpyxl's write-only mode spends most of its time building one element per cell and walking it
with et_xmlfile (profiled: ~70 % of an export). The cells we write are only text, numbers, booleans,
dates, times and durations, so this worksheet formats each row as one string and writes it into the
sheet's stream; the workbook, styles and packaging stay openpyxl's.

Every text is written as an inline string (``t="inlineStr"``), so a transcript turn ``=1+1`` or
``=HYPERLINK(...)`` stays text in every spreadsheet program: nothing here can write a formula. The
sheet's stream is always the pure-Python et_xmlfile one, whether or not lxml is installed (with
lxml, openpyxl would otherwise take its own path, where a text starting with "=" becomes a formula).

The first row is the header: bold, frozen, with an autofilter over the whole table.

A session's words (a turn, a note, a decision) go in as :class:`Directed`: their cell reads in the
direction the focus-group editor gives them (desktop/core/text_direction.py), its reading order set
and the text on that side, so "UNDP گوتی 35% ..." in a Kurdish session starts at the cell's right
and keeps its full stop at the left, in a workbook of any language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Generator, Iterable
from typing import Any, BinaryIO, NamedTuple

from et_xmlfile import xmlfile as pure_xmlfile
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring

from desktop.core import text_cut
from desktop.core.text_direction import Direction, text_direction
from desktop.i18n.invisible import BIDI_CONTROLS

MAX_CELL_TEXT = 32767
CANCEL_EVERY = 100  # rows
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_EPOCH = dt.datetime(1899, 12, 30)
_LETTERS = [get_column_letter(i) for i in range(1, 201)]
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
DURATION_FORMAT = "[h]:mm:ss"


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no XML-illegal control characters or lone surrogates (a bundle
    can carry both), at most 32,767 characters as Excel counts them (UTF-16 units: an emoji is two),
    cut where a character ends and then marked "…": a 100,000-character turn cut without a sign read
    as the whole of it."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text_cut.shortened(text, MAX_CELL_TEXT, utf16=True)


def unmarked_in_rtl(text: str) -> str:
    """``text`` for a right-to-left sheet without the direction marks at its ends that change nothing
    there: a translation's leading right-to-left mark ("\u200fالمقاطع حسب المحافظة") made a title a
    character longer than it looks (Excel's LEN, a search or '=A1="…"' saw it). Kept when the text's
    first strong letter is left to right, where the mark is what sets the cell's reading order."""
    inner = text.strip(BIDI_CONTROLS)
    if inner == text or text_direction(inner, rtl_session=False) == "ltr":
        return text
    return inner


#: A cell of digits and signs on a right-to-left sheet, read left to right and set on the sheet's side.
LTR_IN_RTL = Alignment(horizontal="right", readingOrder=1)


def moves_in_rtl(text: str) -> bool:
    """Digits and signs with no letter ("65+", "٦٥+"): on a right-to-left sheet Excel reads such a cell
    right to left and moves its signs ("+65"); it keeps them in place read left to right."""
    inner = text.strip()
    return (text_direction(inner, rtl_session=False) is None and any(ch.isdigit() for ch in inner)
            and not inner.isdigit())


class Directed(NamedTuple):
    """A session's words and the direction they read in (None: as the cell's context has it)."""

    text: str
    direction: Direction | None


def directed(text: str, rtl_session: bool) -> Directed:
    """``text`` of a session whose language is Arabic or Kurdish (``rtl_session``) or not."""
    return Directed(text, text_direction(text, rtl_session))


# Excel's reading order: 1 left to right, 2 right to left; the text on the side it starts from.
_ALIGNMENTS: dict[Direction, Alignment] = {"rtl": Alignment(horizontal="right", readingOrder=2),
               "ltr": Alignment(horizontal="left", readingOrder=1)}


class _SheetWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's worksheet writer on the pure-Python stream, whatever XML library is installed,
    into an open, nameless temporary file."""

    def cleanup(self) -> None:
        self.out.close()

    def get_stream(self) -> Generator[Any, Any, None]:
        with pure_xmlfile(self.out) as xf, xf.element("worksheet", xmlns=SHEET_MAIN_NS):
            try:
                while True:
                    el = yield
                    if el is True:
                        yield xf
                    elif el is None:
                        continue
                    else:  # an element of openpyxl's (lxml or ElementTree): its own serialiser
                        xf._file(tostring(el).decode("utf-8"))
            except GeneratorExit:
                pass


class FastSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """``append(row)`` of str / Directed / int / float / bool / date / datetime / time / timedelta / None."""

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self._date_style = self._style_id(DATE_FORMAT)
        self._datetime_style = self._style_id(DATETIME_FORMAT)
        self._time_style = self._style_id(TIME_FORMAT)
        self._duration_style = self._style_id(DURATION_FORMAT)
        header = WriteOnlyCell(self)
        header.font = Font(bold=True)
        self._header_style = int(header.style_id)
        self._directed_styles: dict[Direction, str] = {}
        for direction, alignment in _ALIGNMENTS.items():
            cell = WriteOnlyCell(self)
            cell.alignment = alignment
            self._directed_styles[direction] = f' s="{int(cell.style_id)}"'
        # "65+" on a right-to-left sheet: read left to right (see moves_in_rtl), in a heading too.
        self._ltr_styles = {style: self._aligned(LTR_IN_RTL, bold) for style, bold in (("", False), (
            f' s="{self._header_style}"', True))}
        self._width = 0
        self._rows_written = 0
        # Asked every CANCEL_EVERY rows (a step of a centre's export writes 100,000 turns): a Cancel
        # stops the export within the sheet being written, not only between sheets.
        self.cancelled: Callable[[], bool] | None = None
        self._totals_row = 0  # the closing row in bold, outside the filter (append_totals)

    def _aligned(self, alignment: Alignment, bold: bool) -> str:
        cell = WriteOnlyCell(self)
        cell.alignment = alignment
        if bold:
            cell.font = Font(bold=True)
        return f' s="{int(cell.style_id)}"'

    def _style_id(self, number_format: str) -> int:
        cell = WriteOnlyCell(self)
        cell.number_format = number_format
        return int(cell.style_id)

    def _get_writer(self) -> None:
        # The sheet's XML (plain text, names included) waits until saving in a file without a name:
        # unlinked at once on POSIX, delete-on-close on Windows. A killed process leaves nothing of
        # it anywhere, unlike openpyxl's named temporary files, which survive kill -9.
        if self._writer is None:  # type: ignore[has-type]
            writer = _SheetWriter(self, out=tempfile.TemporaryFile())  # noqa: SIM115 - closed by cleanup()
            writer.write_top()
            self._writer = writer

    def abandon(self) -> None:
        """After a failed export: close the streams in order and drop the temporary data."""
        if self._rows is not None:
            with contextlib.suppress(Exception):
                self._rows.close()
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            with contextlib.suppress(Exception):
                self._writer.cleanup()

    def _cell(self, ref: str, value: Any, style: str = "") -> str:
        if isinstance(value, Directed):
            if value.direction is not None and not style:
                style = self._directed_styles[value.direction]
            return self._cell(ref, value.text, style)
        if isinstance(value, str):
            if not value:
                return ""
            if style in self._ltr_styles and self.sheet_view.rightToLeft and moves_in_rtl(value):
                style = self._ltr_styles[style]
            value = _escape(clean_text(value))
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            if value != value or value in (float("inf"), float("-inf")):  # NaN, inf: not numbers Excel reads
                return ""
            return f'<c r="{ref}"{style} t="n"><v>{value!r}</v></c>'
        if isinstance(value, dt.datetime):
            serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
            return f'<c r="{ref}" s="{self._datetime_style}" t="n"><v>{serial!r}</v></c>'
        if isinstance(value, dt.date):
            serial = (value - _EPOCH.date()).days
            return f'<c r="{ref}" s="{self._date_style}" t="n"><v>{serial}</v></c>'
        if isinstance(value, dt.time):
            fraction = (value.hour * 3600 + value.minute * 60 + value.second) / 86400
            return f'<c r="{ref}" s="{self._time_style}" t="n"><v>{fraction!r}</v></c>'
        if isinstance(value, dt.timedelta):
            return f'<c r="{ref}" s="{self._duration_style}" t="n"><v>{value.total_seconds() / 86400!r}</v></c>'
        return self._cell(ref, str(value), style)

    def append_totals(self, values: Iterable[Any]) -> None:
        """The closing row (totals) in bold, left out of the filter range: sorting never moves it."""
        self._totals_row = self._rows_written + 1
        self.append(list(values))

    def row_xml(self, values: Iterable[Any], row_idx: int) -> str:
        if row_idx % CANCEL_EVERY == 0 and self.cancelled is not None and self.cancelled():
            raise InterruptedError("export cancelled")
        style = f' s="{self._header_style}"' if row_idx in (1, self._totals_row) else ""
        parts = [f'<row r="{row_idx}">']
        width = 0
        for col, value in enumerate(values):
            width = col + 1
            if value is not None:
                letter = _LETTERS[col] if col < len(_LETTERS) else get_column_letter(col + 1)
                parts.append(self._cell(f"{letter}{row_idx}", value, style))
        parts.append("</row>")
        self._width = max(self._width, width)
        self._rows_written = row_idx
        return "".join(parts)

    def _write_rows(self) -> Generator[None, Any, None]:
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        raw = xf._file
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    raw(self.row_xml(row, row_idx))
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def close(self) -> None:
        # The filter covers the header and every row written but a totals row; known only now.
        last = self._totals_row - 1 if self._totals_row else self._rows_written
        if last and self._width:
            self.auto_filter.ref = f"A1:{get_column_letter(self._width)}{last}"
        super().close()


class _StreamingExcelWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl's package writer, copying our sheets' nameless files into the archive in chunks."""

    def write_worksheet(self, ws: Any) -> None:
        if not isinstance(ws, FastSheet):
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        writer = ws._writer
        ws._rels = writer._rels
        writer.out.seek(0)
        with self._archive.open(ws.path[1:], "w", force_zip64=True) as dest:
            shutil.copyfileobj(writer.out, dest, 1 << 20)
        self.manifest.append(ws)
        writer.cleanup()


def save_workbook(wb: Workbook, out: BinaryIO) -> None:
    """Write the workbook package into the open file ``out`` (see :func:`desktop.core.atomic_file.atomic_output`)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        wb.properties.creator = "Majlis"  # Excel's Author; openpyxl names itself otherwise
        _StreamingExcelWriter(wb, archive).write_data()


def add_sheet(wb: Workbook, title: str) -> FastSheet:
    sheet = FastSheet(wb, title)
    sheet.freeze_panes = "A2"
    wb._add_sheet(sheet)
    return sheet
