"""Reading the rows of a survey export: the first sheet of an .xlsx, or a .csv in whatever encoding.

XLSX is read with python-calamine (Rust): the sheet is parsed once and rows are handed over one at a
time, so Python holds one row at a time. CSV is streamed with the csv module after its encoding is
settled by one pass over the bytes:

* a byte-order mark decides (UTF-8, UTF-16 LE/BE);
* otherwise UTF-16 without a mark shows as NUL bytes in every other position;
* otherwise each line is tried as UTF-8; lines that are not valid UTF-8 are taken as Windows
  Arabic (cp1256, what Excel on an Arabic Windows writes). A file holding both kinds of line
  (valid UTF-8 with non-ASCII letters, and lines that are not UTF-8) is refused as mixed: guessing
  would turn one half into nonsense.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from python_calamine import CalamineWorkbook

from desktop.core.bounded_read import special_file
from desktop.core.field_text import BAD_IN_TEXT, fit
from desktop.core.file_kinds import kind_of_file
from desktop.core.protected_workbook import COMPOUND_FILE, password_protected
from desktop.core.survey_errors import SurveyImportError
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

csv.field_size_limit(10 * 1024 * 1024)
# A file that opened but whose rows cannot be read: cut short by a download, spoilt on a USB stick.
T = TypeVar("T")
PARSE_THREAD = "survey sheet parse"  # named: a test finds it still running after a Cancel

UNREADABLE = QT_TRANSLATE_NOOP(
    "Survey",
    "The survey file {file} cannot be read: it is damaged or was not wholly downloaded. Download the export "
    "again and import that file.",
)


@dataclass
class Source:
    header: list[str]
    rows: Iterator[list[Any]]  # values as read (str, float, datetime...); see ``cell_text``
    kind: str  # xlsx|csv
    encoding: str = ""
    # Lets go of the file. A refused import (unknown columns, a duplicated submission) stops before
    # the rows run out; left open, the file stayed locked on Windows, and Excel could not save the
    # corrected CSV over it.
    close: Callable[[], None] = field(default=lambda: None)
    # How many rows of answers follow the header, where the file says so before they are read (an .xlsx
    # sheet's size); 0 where only reading them all tells (a CSV).
    total: int = 0


def cell_text(value: Any) -> str:
    """One cell as stored text: numbers without a spurious '.0', dates in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def clean_text(text: str) -> str:
    """Text read from a survey file, made to fit what a bundle may carry: each control character (a
    vertical tab or a bell pasted into an answer; in an .xlsx, an OOXML ``_x000B_`` escape, which the
    reader decodes into the character itself) becomes a space, one for one. Otherwise the import
    succeeds and the centre refuses the laptop's next bundle, whole. CSV lines and both readers'
    headers (column names are named in messages) go through here; an .xlsx's answers, handed over
    as the reader gives them, are cleaned by the same fitting when their block is stored
    (desktop/core/changes.insert_encoded: one search over the encoded block, not a Python pass
    over every cell)."""
    return fit(text, BAD_IN_TEXT)


def open_source(path: Path, keep_going: Callable[[], bool] | None = None) -> Source:
    """The rows of ``path``. ``keep_going`` is asked every few hundredths of a second while an .xlsx sheet
    is parsed (one call into calamine: seconds for a large export); False stops the wait there."""
    if special_file(path):  # a pipe or a device: there, but no survey file ("does not exist" misled)
        raise SurveyImportError(
            "not_a_file", QT_TRANSLATE_NOOP("Survey", "{file} is a device or a pipe, not a survey file."),
            file=path.name,
        )
    if path.is_dir():
        raise SurveyImportError(
            "not_a_file", QT_TRANSLATE_NOOP("Survey", "{file} is a folder, not a survey file."), file=path.name
        )
    if not path.is_file():
        raise SurveyImportError(
            "missing_file", QT_TRANSLATE_NOOP("Survey", "The survey file {file} does not exist."), file=path.name
        )
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith(b"PK\x03\x04"):
        _refuse_another_kind(path)  # a team file or a team update is a ZIP too
        return _xlsx(path, keep_going)
    if head.startswith(COMPOUND_FILE) and password_protected(path):  # an .xlsx, encrypted: a compound file too
        raise SurveyImportError(
            "password_protected",
            QT_TRANSLATE_NOOP(
                "Survey",
                "{file} is protected by a password, which Majlis cannot open. Open it in Excel with its password, "
                "remove the password, save it, and import it again.",
            ),
            file=path.name,
        )
    if head.startswith(COMPOUND_FILE):  # an old Excel workbook (.xls), read as text it is noise
        raise SurveyImportError(
            "old_excel",
            QT_TRANSLATE_NOOP(
                "Survey",
                "{file} is an old Excel workbook (.xls). Save it as .xlsx in Excel, or export the survey again "
                "as XLSX or CSV, and import that file.",
            ),
            file=path.name,
        )
    _refuse_another_kind(path)
    if _is_web_page(head):
        # What a download gives when the platform wanted a sign-in, or answered with an error page
        # (saved under the export's name): not a file of responses, whatever its name says.
        raise SurveyImportError(
            "web_page",
            QT_TRANSLATE_NOOP(
                "Survey",
                "{file} is a web page, not a survey export (was the download asked to sign in?). Download the "
                "export again from KoboToolbox or ODK Central as XLSX or CSV.",
            ),
            file=path.name,
        )
    return _csv(path)


def _refuse_another_kind(path: Path) -> None:
    """A file Majlis knows by its first bytes given as the survey file (two paths mixed up): named as
    what it is. A database was "mixing text encodings" (save it again as UTF-8: advice that harms
    it), a PDF or a bundle "has a column %PDF-1.4 / age-encryption.org/v1 not in the form", a team file
    or a team update (ZIPs, as a workbook is) "damaged or not wholly downloaded"."""
    template = _ANOTHER_KIND.get(kind_of_file(path))
    if template is not None:
        raise SurveyImportError("another_kind", template, file=path.name)


_ANOTHER_KIND = {
    "team_key": QT_TRANSLATE_NOOP("Survey", "{file} is the team's key file, not a survey export: keep it private."),
    "bundle": QT_TRANSLATE_NOOP("Survey", "{file} is a bundle of changes (an encrypted Majlis file), not a survey "
                                          "export."),
    "pdf": QT_TRANSLATE_NOOP("Survey", "{file} is a PDF, not a survey export."),
    "database": QT_TRANSLATE_NOOP("Survey", "{file} is a database, not a survey export."),
    "team_file": QT_TRANSLATE_NOOP("Survey", "{file} is the team file, not a survey export."),
    "team_update": QT_TRANSLATE_NOOP("Survey", "{file} is a team update, not a survey export."),
}


def _is_web_page(head: bytes) -> bool:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = head.decode(encoding, errors="ignore").lstrip().lower()
        except UnicodeError:
            continue
        if text.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body")):
            return True
    return False


def _xlsx(path: Path, keep_going: Callable[[], bool] | None) -> Source:
    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheet = parsed_while(lambda: wb.get_sheet_by_index(0), keep_going)
        rows = sheet.iter_rows()
        header = [clean_text(cell_text(v)).strip() for v in next(rows, [])]
    except SurveyImportError:  # cancelled while parsed
        raise
    except Exception as exc:  # calamine's own error types: a damaged or foreign zip
        raise SurveyImportError(
            "unreadable_file", UNREADABLE, file=path.name
        ) from exc
    return Source(header, rows, "xlsx", total=max(0, sheet.height - 1))


POLL_SECONDS = 0.02


def parsed_while(parse: Callable[[], T], keep_going: Callable[[], bool] | None) -> T:
    """``parse()``, on a thread of its own while ``keep_going`` is asked; when it says stop, the import is
    cancelled at once and the parse left to end on its own (its result dropped). A 60 MB export takes
    calamine tens of seconds, and Cancel waited for all of it; calamine lets other threads run meanwhile."""
    if keep_going is None:
        return parse()
    done: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            done.append(parse())
        except BaseException as exc:  # handed to the caller, as if parsed there
            failed.append(exc)

    thread = threading.Thread(target=run, name=PARSE_THREAD, daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(POLL_SECONDS)
        if thread.is_alive() and not keep_going():
            raise SurveyImportError("cancelled", QT_TRANSLATE_NOOP("Survey", "The import was cancelled."))
    if failed:
        raise failed[0]
    return done[0]


def detect_encoding(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(4096)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if len(head) >= 4 and head[1::2].count(0) > len(head) // 4:
            return "utf-16-le"
        if len(head) >= 4 and head[0::2].count(0) > len(head) // 4:
            return "utf-16-be"
        fh.seek(0)
        utf8_letters = legacy = 0
        first_legacy = 0
        for number, line in enumerate(fh, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                legacy += 1
                first_legacy = first_legacy or number
            else:
                utf8_letters += 1
            if legacy and utf8_letters:
                raise SurveyImportError(
                    "mixed_encoding",
                    QT_TRANSLATE_NOOP(
                        "Survey",
                        "The file {file} mixes text encodings (line {line} is not UTF-8 but other lines are). "
                        "Save it again as UTF-8 and import it again.",
                    ),
                    file=path.name, line=first_legacy,
                )
    return "cp1256" if legacy else "utf-8"


def _csv(path: Path) -> Source:
    encoding = detect_encoding(path)
    fh = open(path, encoding=encoding, newline="")  # noqa: SIM115 - closed when the rows run out
    try:
        sample = fh.readline()
        delimiter = max((",", ";", "\t"), key=sample.count)
        fh.seek(0)
        # Line by line, before the csv module splits them: clean_text keeps tabs and line breaks.
        reader = csv.reader(map(clean_text, fh), delimiter=delimiter)
        header = [h.strip().lstrip("\ufeff") for h in next(reader, [])]
    except (UnicodeError, csv.Error) as exc:
        fh.close()
        raise SurveyImportError(
            "unreadable_file", UNREADABLE, file=path.name
        ) from exc

    def rows() -> Iterator[list[Any]]:
        with fh:
            try:
                yield from reader
            except (UnicodeError, csv.Error) as exc:
                raise SurveyImportError(
                    "unreadable_file", UNREADABLE, file=path.name,
                ) from exc

    return Source(header, rows(), "csv", encoding, fh.close)
