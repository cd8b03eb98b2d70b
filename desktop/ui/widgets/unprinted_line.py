"""The line said when a PDF is written, and what it could not print.

A PDF leaves out what no bundled font has (Hebrew, Syriac, CJK, an emoji without a colour font:
desktop/exports/pdf_bidi.py) and counts it on what its writer returns (``WrittenPdf.unprinted``, a
brief's ``WrittenBriefs.unprinted``). Every place that writes one (a session editor's PDF button, the
Consent page's printouts, a recommendation's evidence brief) says it the same way, with this line: the
count only, never the characters (they are participants' words).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.ui.qt_i18n import shown_count
from desktop.ui.widgets.live_words import Words


def unprinted_in(result: object) -> int:
    """How many distinct characters the PDF behind ``result`` could not print (0: all, or not a PDF)."""
    missing = getattr(result, "unprinted", 0)
    return missing if isinstance(missing, int) and missing > 0 else 0


class PdfUnprinted(QObject):
    """The words of the line (its translation context): a ``tr`` with a count, which lupdate reads as a
    message with plural forms (QCoreApplication.translate's count it does not)."""

    def line(self, written: str, missing: int) -> str:
        return shown_count(self.tr("%1. %n character(s) could not be printed (no font for them).", "", missing),
                           missing).replace("%1", written)


def with_unprinted(written: Words, result: object) -> Words:
    """``written`` (the line naming the file), followed, where the PDF could not print some characters,
    by how many: "PDF written: …. 4 characters could not be printed (no font for them).". Made anew at
    each language switch, as every line said is (live_words), with no widget kept."""
    missing = unprinted_in(result)
    if not missing:
        return written
    return lambda: PdfUnprinted().line(written(), missing)
