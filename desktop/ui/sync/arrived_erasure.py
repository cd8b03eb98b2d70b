"""A withdrawal that arrived (in a bundle at the centre, in a team update on a laptop) erased words in
this database: the copies it made before (a workbook sent to a partner, exported bundles and PDFs)
still hold them. The page names them in the same window as a withdrawal made here, so the person who
can recall them learns there is something to recall; no participant data is said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core import erasure_report
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog


def mark(store: Store) -> str:
    """When an erasure last removed something here (read before an import, on the DB worker)."""
    return erasure_report.erased_at(store)


def report_since(store: Store, before: str) -> erasure_report.Report | None:
    """The copies to name when an erasure removed something since ``before``; None otherwise."""
    if erasure_report.erased_at(store) == before:
        return None
    report = erasure_report.report(store)
    return report if report.items else None


def line() -> str:
    return QCoreApplication.translate(
        "ArrivedErasure", "A withdrawal that arrived erased words here; the copies made before still hold them "
        "(listed in the window that opened).")


def show(ctx: AppContext, parent: QWidget, report: erasure_report.Report | None, results: ResultsLog) -> None:
    if report is None:
        return
    results.say(line)
    ErasureReportDialog(ctx, report, parent).open()
