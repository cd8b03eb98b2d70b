"""Consent printouts from the Consent page: one participant's record, and a session's register.

The PDFs themselves are made without Qt by :mod:`desktop.exports.pdf_consent` (fpdf2 + HarfBuzz),
so their text layer keeps every Kurdish and Arabic letter: Qt's PDF writer lost ێ and ڵ, and with
them the words archives search for. The same files come from ``majlis-cli export pdf``. Files are
named by pseudonym and session id only, never by a real name. Only a folder is asked for, so no
dialog asked "replace?": a printout already there (perhaps the one signed on paper) is kept, and the
new one takes a free name (`` (2)``...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop.core.atomic_file import free_name
from desktop.core.db import Store
from desktop.core.erasure_report import record_export
from desktop.exports import pdf_consent
from desktop.exports.pdf_consent import record_file_name, write_record_pdf, write_register_pdf
from desktop.exports.pdf_layout import Report
from desktop.exports.pdf_sessions import safe_name, session_file_name, write_session_pdf
from desktop.i18n.digits import Digits


def record_pdf(store: Store, record_id: str, folder: Path, digits: Digits = "latn") -> Path:
    """The consent record of one participant, in the form's language."""
    return write_record_pdf(store, record_id, free_name(folder, record_file_name(store, record_id)), None, digits)


def register_pdf(store: Store, session_id: str, folder: Path, lang: str | None = None,
                 digits: Digits = "latn") -> Path:
    """The consent register of one session (the session's language unless ``lang`` is given)."""
    path = free_name(folder, f"consent-register-{safe_name(session_id)}.pdf")
    return write_register_pdf(store, session_id, path, lang, digits)


def session_pdf(store: Store, session_id: str, folder: Path, document: str, lang: str | None = None,
                digits: Digits = "latn") -> Path:
    """Minutes (a focus group's transcript) or the summary of a session."""
    path = free_name(folder, session_file_name(session_id, document))
    return write_session_pdf(store, session_id, path, document, lang, digits)


@dataclass(frozen=True)
class Printout:
    """A printout read from the database and not yet laid out: where it goes and how it is laid out.

    Read on the database worker (a few milliseconds), laid out and written on a thread apart from it
    (``write``): a session's register of 40 took 1.7 s to lay out and write, and every autosave and
    page read of the window waited behind it."""

    path: Path
    lay_out: Callable[[], Report]

    def write(self, cancelled: Callable[[], bool] | None = None) -> Path:
        """Laid out and written; ``cancelled`` asked up to the last moment before the file takes its name."""
        return self.lay_out().save(self.path, cancelled)


def read_record(store: Store, record_id: str, folder: Path, digits: Digits = "latn") -> Printout:
    """One consent record's printout, read (see Printout). The copy is noted for an erasure report
    in the same step as its reading: an erasure after it lists the copy, one before it is not in it."""
    with store.session() as s:
        data = pdf_consent.read_record(s, record_id)
    path = free_name(folder, data.file_name)
    record_export(store, "pdf", path)
    return Printout(path, partial(pdf_consent.lay_out_record, data, digits))


def read_register(store: Store, session_id: str, folder: Path, lang: str | None = None,
                  digits: Digits = "latn") -> Printout:
    """A session's consent register's printout, read (see Printout)."""
    with store.session() as s:
        data = pdf_consent.read_register(s, session_id, lang)
    path = free_name(folder, f"consent-register-{safe_name(session_id)}.pdf")
    record_export(store, "pdf", path)
    return Printout(path, partial(pdf_consent.lay_out_register, data, digits))
