"""Re-dating the waiting work from the Sync page's outbox panel (desktop/sync/redate.py): only the person
can tell "the date was set ahead and is right now" from "the date was right and has gone back", so it
asks, with both dates.

Its words are the panel's (``OutboxPanel`` context), as when this was part of the panel; so is its state
(``redating``: one re-dating at a time, a question open or the work running; ``redate_box``: the question).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.clock import utc_moment
from desktop.core.store_lock import DatabaseInUse
from desktop.sync.redate import Redated, Waiting, redate, waiting
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.widgets.question_dialog import QuestionDialog

if TYPE_CHECKING:
    from desktop.ui.sync.outbox_panel import OutboxPanel


def start(panel: OutboxPanel) -> None:
    if panel.redating:
        return
    panel.redating = True
    panel.redate_button.setEnabled(False)
    CollectionOp.on_store(panel.ctx, waiting).owned_by(panel).success(partial(_ask, panel)) \
        .failure(partial(_failed, panel)).run_in_background()


def _ask(panel: OutboxPanel, found: Waiting) -> None:
    fmt = panel.ctx.language

    def day(ms: int) -> str:  # as the clock warning shows a date
        return fmt.format_date(utc_moment(ms))

    # It scrolls its text where the screen is short: a message box was taller than a netbook's screen.
    box = QuestionDialog(panel, QCoreApplication.translate("OutboxPanel", "Re-date waiting work"))
    box.setObjectName("redate_question")
    box.setText(QCoreApplication.translate(
        "OutboxPanel",
        "This computer's date: %1\nLatest date of the waiting work: %2\nWaiting changes: %3").replace(
            "%1", day(found.clock_ms)).replace("%2", day(found.dated_until_ms)).replace(
            "%3", fmt.format_number(found.count)))
    box.setInformativeText(QCoreApplication.translate(
        "OutboxPanel",
        "Re-dating gives the waiting work this computer's date and time, in the order it was recorded, "
        "so that it can be sent. Do this only if this computer's date is correct now and was set ahead "
        "when that work was recorded. If this computer's date is wrong now, set it right instead: "
        "re-dated work would then lose to older work."))
    confirm = box.addButton(QCoreApplication.translate("OutboxPanel", "Re-date"),
                            QDialogButtonBox.ButtonRole.AcceptRole)
    confirm.setObjectName("redate_confirm")
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # a mistaken Enter changes nothing
    box.setEscapeButton(cancel)
    box.finished.connect(lambda _r: _answered(panel, box.clickedButton() is confirm))
    box.finished.connect(box.deleteLater)
    panel.redate_box = box
    box.open()


def _answered(panel: OutboxPanel, confirmed: bool) -> None:
    panel.redate_box = None
    if not confirmed:
        _done(panel)
        return
    CollectionOp.on_store(panel.ctx, redate).owned_by(panel).success(partial(_redated, panel)) \
        .failure(partial(_failed, panel)).run_in_background()


def _redated(panel: OutboxPanel, done: Redated) -> None:
    panel.message.emit(lambda: QCoreApplication.translate(
        "OutboxPanel", "Waiting work re-dated (changes: %1). Export a bundle to send it.").replace(
            "%1", panel.ctx.language.format_number(done.count)))
    _done(panel)


def _failed(panel: OutboxPanel, exc: BaseException) -> None:
    panel.message.emit(lambda: QCoreApplication.translate("OutboxPanel", "Failed: {reason}").format(
        reason=_refusal(exc)))
    _done(panel)


def _refusal(exc: BaseException) -> str:
    if isinstance(exc, DatabaseInUse):
        return QCoreApplication.translate(
            "OutboxPanel", "Another program (Majlis or majlis-cli) has this database open: close it and try "
            "again. Nothing was changed.")
    return texts.error_message(exc)


def _done(panel: OutboxPanel) -> None:
    panel.redating = False
    panel.refresh()
    panel.retranslate()
