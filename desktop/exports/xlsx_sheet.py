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
import os
import re
import tempfile
from collections.abc import Generator, Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

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
        # The sheet's XML waits in a temporary file until saving: keep it beside the export (the
        # place the user chose for this plain-text data), not in the system's shared temp folder.
        if self._writer is None:  # type: ignore[has-type]
            fd, path = tempfile.mkstemp(prefix=".majlis-sheet-", suffix=".xml", dir=self._temp_dir)
            os.close(fd)
            ALL_TEMP_FILES.append(path)
            writer = WorksheetWriter(self, out=path)
            writer.write_top()
            self._writer = writer

    def abandon(self) -> None:
        """After a failed export: close the streams in order and remove the temporary file."""
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


def add_sheet(wb: Workbook, title: str, temp_dir: str | None = None) -> FastSheet:
    sheet = FastSheet(wb, title, temp_dir)
    wb._add_sheet(sheet)
    return sheet
