"""A withdrawal that arrived (in a bundle at the centre, in a team update on a laptop) erased words in
this database. It is said in the page's results, in one translated line and never with participant
data: at the centre with what is still to do (the other laptops erase the words only once a team
update is published). The copies made here before (a workbook sent to a partner, exported bundles and
PDFs) still hold the words: the page names them in the same window as a withdrawal made here, so the
person who can recall them learns there is something to recall."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core import erasure_report
from desktop.core.db import Store
from desktop.sync.team import current_team
from desktop.ui.context import AppContext
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog


class Arrived(NamedTuple):
    report: erasure_report.Report  # the copies made before (``items`` may be empty)
    at_centre: bool  # the laptops learn of it only from a team update the coordinator publishes


def mark(store: Store) -> str:
    """When an erasure last removed something here (read before an import, on the DB worker)."""
    return erasure_report.erased_at(store)


def report_since(store: Store, before: str) -> Arrived | None:
    """What to say when an erasure removed something here since ``before``; None otherwise."""
    if erasure_report.erased_at(store) == before:
        return None
    with store.session() as s:
        team = current_team(s)
        at_centre = bool(team is not None and team.is_central)
    return Arrived(erasure_report.report(store), at_centre)


def line(arrived: Arrived) -> str:
    if arrived.report.items:
        said = QCoreApplication.translate(
            "ArrivedErasure", "A withdrawal that arrived erased words here; the copies made before still hold them "
            "(listed in the window that opened).")
    else:  # nothing to list: it was said only with a list, and the coordinator never learnt of it
        said = QCoreApplication.translate("ArrivedErasure", "A withdrawal that arrived erased a participant's words here.")
    if arrived.at_centre:
        said += " " + QCoreApplication.translate(
            "ArrivedErasure", "Publish a team update so that the laptops erase them too.")
    return said


def show(ctx: AppContext, parent: QWidget, arrived: Arrived | None, results: ResultsLog, *,
         note: Callable[[Callable[[], str]], None] | None = None) -> None:
    """Said in Results, and with ``note`` beside the Import button too (Results is out of sight at 20 points)."""
    if arrived is None:
        return
    results.say(lambda: line(arrived))
    if note is not None:
        note(lambda: line(arrived))
    if arrived.report.items:
        ErasureReportDialog(ctx, arrived.report, parent).open()
