"""Whether a file is one of Majlis's own exports, as it wrote it: what ``majlis-cli export`` may replace.

An export is made again from the database at will, so a previous export of the same name is replaced
(scripts rely on it). Any other file is somebody's work (a survey's XLSForm, a colleague's workbook,
a report) that happens to have the name typed, and is never replaced without ``--overwrite``.

Each format is known by what the exporters write into it:

- a workbook (``export xlsx``, ``export brief --out .xlsx``, the matrix): its document properties
  name ``Majlis`` as its author (``desktop.exports.xlsx_sheet.save_workbook``) and name nobody as
  the last to modify it: Excel or LibreOffice saving it (someone's analysis typed into last week's
  export) adds ``lastModifiedBy``, and such a workbook is no longer only Majlis's;
- a PDF (``export pdf``, ``export brief --out .pdf``): its ``/Creator (Majlis)``
  (``desktop.exports.pdf_layout``);
- a REFI-QDA project (``export qdpx``): the ``origin="Majlis …"`` of its ``project.qde``;
- a REFI-QDA codebook (``export qdc``): the ``origin="Majlis …"`` of its ``CodeBook``.

Only a bounded part of the file is read (no XML parser meets the file's entities); a file that cannot
be read, or is of none of these kinds, is not Majlis's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import BinaryIO

_HEAD = 4096
_CORE_MAX = 65536
_CHUNK = 1 << 20
_PDF_CREATOR = b"/Creator (Majlis)"
_ORIGIN = re.compile(rb"""<(?:\w+:)?(Project|CodeBook)\b[^>]*?\sorigin\s*=\s*["']Majlis(?:[ "']|$)""")
_CREATOR = re.compile(rb"<dc:creator(?:\s[^>]*)?>Majlis</dc:creator>")
_MODIFIED_BY = re.compile(rb"<cp:lastModifiedBy\b")


def is_majlis_export(path: Path) -> bool:
    """True when ``path`` is a workbook, PDF, REFI-QDA project or codebook that Majlis wrote."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
            if head.startswith(b"%PDF"):
                return _pdf_made_here(fh, head)
        if head.startswith(b"PK\x03\x04"):
            return _archive_made_here(path)
        match = _ORIGIN.search(head)
        return match is not None and match.group(1) == b"CodeBook"
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        return False


def _pdf_made_here(stream: BinaryIO, head: bytes) -> bool:
    """The creator fpdf2 writes into the document's information dictionary, read in chunks that
    overlap by the marker's length (it may fall across two)."""
    tail = b""
    chunk = head
    while chunk:
        window = tail + chunk
        if _PDF_CREATOR in window:
            return True
        tail = window[-len(_PDF_CREATOR):]
        chunk = stream.read(_CHUNK)
    return False


def _archive_made_here(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "project.qde" in names:
            with archive.open("project.qde") as member:
                match = _ORIGIN.search(member.read(_HEAD))
            return match is not None and match.group(1) == b"Project"
        if "docProps/core.xml" in names:
            with archive.open("docProps/core.xml") as member:
                core = member.read(_CORE_MAX)
            return _CREATOR.search(core) is not None and _MODIFIED_BY.search(core) is None
    return False
