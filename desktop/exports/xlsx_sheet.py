"""A faster openpyxl write-only worksheet: rows serialised to XML text directly.

openpyxl's write-only mode spends most of its time building one element per cell and walking it
with et_xmlfile (profiled: ~70 % of an export). The cells we write are only text, numbers, booleans,
dates and datetimes, so this worksheet formats each row as one string and writes it into the same
stream openpyxl opened; the workbook, styles and packaging stay openpyxl's. If the stream is not the
pure-Python et_xmlfile one (e.g. lxml is installed), it falls back to openpyxl's own path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import tempfile
import zipfile
from collections.abc import Generator, Iterable
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

MAX_CELL_TEXT = 32767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EPOCH = dt.datetime(1899, 12, 30)
_LETTERS = [get_column_letter(i) for i in range(1, 201)]
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no XML-illegal control characters, at most 32,767 characters."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return text[:MAX_CELL_TEXT]


class FastSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """``append(row)`` of str / int / float / bool / date / datetime / None values."""

    def __init__(self, parent: Workbook, title: str, temp_dir: str | None = None) -> None:
        super().__init__(parent, title)
        self._temp_dir = temp_dir
        self._date_style = self._style_id(DATE_FORMAT)
        self._datetime_style = self._style_id(DATETIME_FORMAT)

    def _style_id(self, number_format: str) -> int:
        cell = WriteOnlyCell(self)
        cell.number_format = number_format
        return int(cell.style_id)

    def _get_writer(self) -> None:
        # The sheet's XML (plain text, names included) waits until saving in a file without a name:
        # unlinked at once on POSIX, delete-on-close on Windows. A killed process leaves nothing of
        # it anywhere, unlike openpyxl's named temporary files, which survive kill -9.
        if self._writer is None:  # type: ignore[has-type]
            writer = _AnonymousSheetWriter(self, out=tempfile.TemporaryFile())  # noqa: SIM115 - closed by cleanup()
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

    def _cell(self, ref: str, value: Any) -> str:
        if isinstance(value, str):
            if not value:
                return ""
            value = _escape(clean_text(value))
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            return f'<c r="{ref}" t="inlineStr"><is><t{space}>{value}</t></is></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            return f'<c r="{ref}" t="n"><v>{value!r}</v></c>'
        if isinstance(value, dt.datetime):
            serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
            return f'<c r="{ref}" s="{self._datetime_style}" t="n"><v>{serial!r}</v></c>'
        if isinstance(value, dt.date):
            serial = (value - _EPOCH.date()).days
            return f'<c r="{ref}" s="{self._date_style}" t="n"><v>{serial}</v></c>'
        return self._cell(ref, str(value))

    def row_xml(self, values: Iterable[Any], row_idx: int) -> str:
        parts = [f'<row r="{row_idx}">']
        for col, value in enumerate(values):
            if value is not None:
                letter = _LETTERS[col] if col < len(_LETTERS) else get_column_letter(col + 1)
                parts.append(self._cell(f"{letter}{row_idx}", value))
        parts.append("</row>")
        return "".join(parts)

    def _write_rows(self) -> Generator[None, Any, None]:
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        raw = getattr(xf, "_file", None)
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    if callable(raw):
                        raw(self.row_xml(row, row_idx))
                    else:  # pragma: no cover - lxml's xmlfile: openpyxl's own serialiser
                        self._writer.write_row(xf, self._values_to_row(row, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


class _AnonymousSheetWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer streaming into an open, nameless temporary file."""

    def cleanup(self) -> None:
        self.out.close()


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
        _StreamingExcelWriter(wb, archive).write_data()


def add_sheet(wb: Workbook, title: str, temp_dir: str | None = None) -> FastSheet:
    sheet = FastSheet(wb, title, temp_dir)
    wb._add_sheet(sheet)
    return sheet
