"""A withdrawal that arrived (in a bundle at the centre, in a team update on a laptop): of everything, it
erased words in this database; of quotes only, a participant is no longer quoted here. It is said in the
page's results, in one translated line and never with participant data: at the centre with what is
still to do (the other laptops follow only once a team update is published). The copies made here
before (a workbook sent to a partner, exported bundles and PDFs) still hold erased words: the page
names them in the same window as a withdrawal made here, so the person who can recall them learns there
is something to recall."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core import erasure_codes, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.i18n.languages import item_separator
from desktop.sync.team import current_team
from desktop.ui.context import AppContext
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog


class Mark(NamedTuple):
    erased_at: str  # when an erasure last removed something here
    withdrawn: frozenset[tuple[str, str]]  # consent records marked withdrawn (record, participant)


class Arrived(NamedTuple):
    report: erasure_report.Report | None  # the copies made before (``items`` may be empty); None: quotes only
    at_centre: bool  # the laptops learn of it only from a team update the coordinator publishes
    # Of quotes only: the codes used on the participant's words whose memo, examples or criteria may quote
    # them (exports carry those texts), as a withdrawal made here names them (an erasure's are in ``report``).
    codes: tuple[erasure_codes.CodeToReview, ...] = ()


def mark(store: Store) -> Mark:
    """What a withdrawal that arrives changes (read before an import, on the DB worker)."""
    return Mark(erasure_report.erased_at(store), withdrawal.withdrawals_marked(store))


def report_since(store: Store, before: Mark) -> Arrived | None:
    """What to say when a withdrawal arrived since ``before``: one that erased, else one of quotes only."""
    now = mark(store)
    if now.erased_at == before.erased_at and now.withdrawn <= before.withdrawn:  # no record newly withdrawn
        return None
    erased = now.erased_at != before.erased_at
    with store.session() as s:
        team = current_team(s)
        at_centre = bool(team is not None and team.is_central)
        # Of quotes only, the participants newly withdrawn: their codes' own texts go out with every export.
        codes = () if erased else tuple(erasure_codes.codes_used_on(
            s, withdrawal.newly_withdrawn(before.withdrawn, now.withdrawn)))
    return Arrived(erasure_report.report(store) if erased else None, at_centre, codes)


def line(arrived: Arrived, lang: str = "en") -> str:
    """One line; the codes to read after a withdrawal of quotes named in ``lang`` (the interface's)."""
    if arrived.report is None:
        said = QCoreApplication.translate(
            "ArrivedErasure", "A withdrawal of consent to be quoted arrived: a participant is no longer quoted here.")
        if arrived.at_centre:
            said += " " + QCoreApplication.translate(
                "ArrivedErasure", "Publish a team update so that the laptops stop quoting them too.")
        if arrived.codes:  # the same sentence as a withdrawal made here (Consent page), never the codes' text
            names = item_separator(lang, ", ").join(f"\u2068{c.name(lang)}\u2069" for c in arrived.codes)
            said += " " + QCoreApplication.translate(
                "WithdrawalFlow", "The memo, examples or criteria of codes used on their words may quote "
                "them, and exports include them: read them on the Codebook page: %1").replace("%1", names)
        return said
    if arrived.report.items:
        said = QCoreApplication.translate(
            "ArrivedErasure", "A withdrawal that arrived erased words here; the copies made before still hold them "
            "(listed in the window that opened).")
    else:  # nothing to list: it was said only with a list, and the coordinator never learnt of it
        said = QCoreApplication.translate("ArrivedErasure", "A withdrawal that arrived erased a participant's words here.")
    if arrived.report.codes:
        said += " " + QCoreApplication.translate(
            "ArrivedErasure", "The memo, examples or criteria of codes used on their words may quote "
            "them (named in the window that opened).")
    if arrived.at_centre:
        said += " " + QCoreApplication.translate(
            "ArrivedErasure", "Publish a team update so that the laptops erase them too.")
    return said


def show(ctx: AppContext, parent: QWidget, arrived: Arrived | None, results: ResultsLog, *,
         note: Callable[[Callable[[], str]], None] | None = None) -> None:
    """Said in Results, and with ``note`` beside the Import button too (Results is out of sight at 20 points)."""
    if arrived is None:
        return
    results.say(lambda: line(arrived, ctx.language.language))
    if note is not None:
        note(lambda: line(arrived, ctx.language.language))
    if arrived.report is not None and arrived.report.to_show:
        ErasureReportDialog.open_for(ctx, arrived.report, parent)
