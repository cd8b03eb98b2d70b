"""The end of a study, offered when due: after the team's retention period, erase identities.

Checked on the database worker when the main window opens. When the period has passed and names,
phones, signatures or scans are still stored (or none is and no run is recorded since it passed: the
run then goes to the other devices, which erase theirs), a question says what goes (and what stays:
pseudonyms, and the identities of the participants of a session not yet held, whom the run keeps) and runs
``desktop.core.retention.apply`` on the worker if the person agrees, as ``majlis-cli retention
apply`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.core import retention
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.widgets import live_status
from desktop.ui.widgets.question_dialog import QuestionDialog

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.core.erasure_report import Report


def check(ctx: AppContext, parent: QWidget) -> None:
    """Ask the worker whether a retention run is due; offer it if so."""
    QueryOp(ctx, retention.status_in, lambda state: offer(ctx, parent, state)).run_in_background()


def later_words(ctx: AppContext, later: int) -> str:
    """The sessions dated after today that the period does not count from ("" when none): one line, their
    number only (a slip of the year, 2062 for 2026, or a session planned ahead; their titles may name people)."""
    if not later:
        return ""
    return QCoreApplication.translate(
        "RetentionOffer", "Sessions dated after today are left out (%1): the period runs from the last session held.",
    ).replace("%1", ctx.language.format_number(later))


def kept_words(ctx: AppContext, kept: int) -> str:
    """The participants of sessions not yet held, whose identities a run keeps ("" when none): one line,
    their number only (never a name)."""
    if not kept:
        return ""
    return QCoreApplication.translate(
        "RetentionOffer", "Participants of sessions not yet held are kept (%1): their identities are not erased.",
    ).replace("%1", ctx.language.format_number(kept))


def ahead_words(ctx: AppContext, state: retention.RetentionStatus) -> str:
    """The sessions dated ahead left out, and the participants of theirs kept: a line each ("" when none)."""
    return "\n".join(filter(None, (later_words(ctx, state.later), kept_words(ctx, state.kept))))


def travels_words() -> str:
    """The question when nothing here is left to erase: the run is recorded for the other devices."""
    return QCoreApplication.translate(
        "RetentionOffer", "Nothing on this computer is left to erase. Record the retention run now? It goes to the "
        "centre and the laptops with the next bundle or team update, and each erases the names, phone numbers, "
        "signature images and paper scans it holds of participants recorded before it. It cannot be undone.")


def travels_done() -> str:
    """Said once a run is recorded with nothing here to erase."""
    return QCoreApplication.translate(
        "RetentionOffer", "Nothing here was left to erase; the retention run is recorded and goes to the other "
        "computers of the team.")


def offer(ctx: AppContext, parent: QWidget, state: retention.RetentionStatus) -> QuestionDialog | None:
    if not state.wanted or state.due_on is None:
        return None
    # It scrolls its text where the screen is short: a message box was taller than a netbook's screen.
    box = QuestionDialog(parent, QCoreApplication.translate("RetentionOffer", "End of the study"))
    box.setObjectName("retention_offer")
    when = ctx.language.format_date(state.due_on)
    ended = QCoreApplication.translate("RetentionOffer", "The team's retention period ended on %1.").replace("%1", when)
    # A session planned ahead: the study may not be over, said before anything is erased, with the
    # participants of it that the run keeps.
    box.setText("\n".join(filter(None, (ended, ahead_words(ctx, state)))))
    box.setInformativeText(travels_words() if state.nothing_here else QCoreApplication.translate("RetentionOffer",
        "Erase the other participants' names, phone numbers, signature images and paper scans, and the "
        "witnesses' names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure "
        "goes to the centre with the next bundle. It cannot be undone.") if state.kept else
        QCoreApplication.translate("RetentionOffer",
        "Erase every participant's name, phone number, signature images and paper scans, and the witnesses' "
        "names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure goes to the "
        "centre with the next bundle. It cannot be undone."))
    erase = box.addButton(QCoreApplication.translate("RetentionOffer", "&Record the run") if state.nothing_here
                          else QCoreApplication.translate("RetentionOffer", "&Erase identities"),
                          QDialogButtonBox.ButtonRole.DestructiveRole)
    later = box.addButton(QCoreApplication.translate("RetentionOffer", "&Not now"),
                          QDialogButtonBox.ButtonRole.RejectRole)
    erase.setObjectName("retention_erase")
    later.setObjectName("retention_later")
    # Enter alone erases nothing (as a message box, the dialog made the first button, Erase, the default);
    # Esc is Not now.
    box.setDefaultButton(later)
    box.setEscapeButton(later)

    def clicked(button: object) -> None:
        if button is erase:
            run(ctx, parent)

    box.buttonClicked.connect(clicked)
    box.finished.connect(box.deleteLater)  # answered: not kept, hidden, as the window's child
    box.open()
    return box


def run(ctx: AppContext, parent: QWidget) -> None:
    # Imported here, when a run is asked for: the main window imports this module at start-up.
    from desktop.core import erasure_report
    from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog

    def op(store: Store) -> tuple[retention.RetentionRun, Report | None]:
        result = retention.apply(store)
        # What still holds the identities, as after a withdrawal: the same report and dialog.
        return result, erasure_report.report(store) if result.applied else None

    def done(outcome: tuple[retention.RetentionRun, Report | None]) -> None:
        result, report = outcome
        applied, kept = result.applied, result.status.kept

        def text() -> str:  # made again on a language switch while shown (live_status)
            if result.travels_only:
                return travels_done()
            if applied:
                return " ".join(filter(None, (QCoreApplication.translate(
                    "RetentionOffer", "Identities erased; pseudonyms and pseudonymous data stay."),
                    kept_words(ctx, kept))))
            return QCoreApplication.translate("RetentionOffer", "Nothing was left to erase.")

        live_status.show(parent, text, 15000)
        if report is not None and report.items:
            ErasureReportDialog.open_for(ctx, report, parent)

    def failed(exc: BaseException) -> None:
        from desktop.core import erasure_file
        from desktop.ui import pending_purge

        if isinstance(exc, retention.RetentionInvalid) and exc.code == "too_many_kept":  # nothing erased: said
            live_status.show(parent, lambda: QCoreApplication.translate("Retention", retention.TOO_MANY_KEPT), 15000)
            return
        if not isinstance(exc, erasure_file.NotPurged) or not isinstance(exc.made, retention.RetentionRun):
            raise exc
        kept, travels_only = exc.made.status.kept, exc.made.travels_only
        live_status.show(parent, lambda: " ".join(filter(None, (travels_done() if travels_only else  # made all the same
            QCoreApplication.translate("RetentionOffer", "Identities erased; pseudonyms and pseudonymous data stay."),
            kept_words(ctx, kept), pending_purge.not_purged_words()))))

    CollectionOp.on_store(ctx, op).success(done).failure(failed).run_in_background()
