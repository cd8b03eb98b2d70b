"""Dialogs that ask once are deleted once answered, not kept, hidden, as their window's child.

Each of these was made with a parent (so it opens over its window) and let go once answered, and Qt kept
it, as a child of that window, until the window closed: a facilitator adding the twenty attendees of a
roundtable kept twenty attendee pickers (each with its list of people) alive, hidden, in the editor; each
withdrawal with something to report kept its erasure report. (The roster's yes-or-no question,
``ask_yes_no``, was looked at too: it is already gone once answered.) The consent page's own dialogs were mended
before (``test_consent_page_dialogs_deleted.py``); these are the others found by reading every
``exec()`` and ``open()`` of a dialog in ``desktop/ui``.

Real widgets on a real SQLCipher store; each case fails with the code before this change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import backups, erasure_report, retention, withdrawal
from desktop.core import organisations as orgs
from desktop.core.models import Participant
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from desktop.ui.widgets.question_dialog import QuestionDialog
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.ui_helpers import end_of_study_offer, roundtable_editor


def live(parent: QWidget, kind: type[QDialog]) -> int:
    """How many dialogs of ``kind`` ``parent`` still holds once deferred deletions have run."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    return len(parent.findChildren(kind))


def answer_when_shown(kind: type[QDialog], accept: bool = False) -> None:
    """The next modal dialog of ``kind`` answered (OK or Cancel) once it is on screen."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            dialog.accept() if accept else dialog.reject()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_attendee_pickers_go_once_closed(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.store.transaction() as s:
        s.add(Participant(code="BSR-RT01-P01", governorate="basra"))
        s.add(Participant(code="BSR-RT01-P02", governorate="basra"))  # still one to choose after the first
    orgs.create(ctx.store, "منظمة السلام", "cso", "basra")
    editor = roundtable_editor(ctx, qtbot, date=dt.date(2026, 11, 20))
    opened: list[AttendeeDialog] = []

    def choose_first(dialog: AttendeeDialog) -> int:
        opened.append(dialog)
        qtbot.waitUntil(lambda: dialog.who.count() > 0)
        dialog.who.setCurrentRow(0)
        return 1  # OK

    monkeypatch.setattr(AttendeeDialog, "exec", choose_first)
    editor.add_participant_button.click()
    editor.attendance.add_button.click()
    assert len(opened) == 2
    # What was chosen is added, read before the dialog goes.
    assert [row["role"] for row in editor.attendance_model.rows] == ["citizen", "cso"]
    assert live(editor, AttendeeDialog) == 0, "each attendee picker stayed alive in the editor"

    def cancel(dialog: AttendeeDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(AttendeeDialog, "exec", cancel)
    editor.add_participant_button.click()
    assert len(opened) == 3 and len(editor.attendance_model.rows) == 2
    assert live(editor, AttendeeDialog) == 0


@pytest.mark.parametrize("accept", [True, False])
def test_the_unlock_reason_goes_once_answered(qtbot: QtBot, accept: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def type_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockReasonDialog):
            QTimer.singleShot(20, type_reason)
            return
        dialog.reason.setPlainText("تصحيح تاريخ الجلسة")
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(20, type_reason)
    reason = UnlockReasonDialog.ask(parent)
    assert reason == ("تصحيح تاريخ الجلسة" if accept else None)  # read before it goes
    assert live(parent, UnlockReasonDialog) == 0, "the unlock question stayed alive"


def test_the_end_of_a_study_offer_goes_once_answered(ctx: AppContext, qtbot: QtBot) -> None:
    parent, box = end_of_study_offer(ctx, qtbot)
    qtbot.waitUntil(box.isVisible)
    next(b for b in box.buttons() if b.objectName() == "retention_later").click()  # Not now: nothing erased
    assert live(parent, QuestionDialog) == 0, "the offer stayed alive"
    assert retention.last_run(ctx.store) is None


def test_the_erasure_report_goes_once_closed(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    study = make_study(ctx.store)
    erasure_report.record_export(ctx.store, "xlsx", tmp_path / "exports" / "for-the-partner.xlsx")
    withdrawal.withdraw_participant(ctx.store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    parent = QWidget()
    qtbot.addWidget(parent)
    for _ in range(2):  # as the withdrawal flow, an arrived erasure and a retention run open it
        ErasureReportDialog.open_for(ctx, erasure_report.report(ctx.store), parent)
        dialog = parent.findChild(ErasureReportDialog)
        assert dialog is not None and dialog.items.count() == 1
        qtbot.waitUntil(dialog.isVisible)
        dialog.buttons.rejected.emit()  # Close
        assert live(parent, ErasureReportDialog) == 0, "the erasure report stayed alive"


def test_a_rewrite_of_the_backups_is_said_when_the_report_was_closed_meanwhile(ctx: AppContext, qtbot: QtBot) -> None:
    """Closed while its backups were being rewritten, the report goes; the outcome is said in the window's
    status bar (it was said in the report, kept hidden, where nobody saw it)."""
    study = make_study(ctx.store)
    backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)  # holds the words the withdrawal erases
    withdrawal.withdraw_participant(ctx.store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = ErasureReportDialog.open_for(ctx, erasure_report.report(ctx.store), window)
    assert dialog.items.count() == 1  # the backup
    dialog.rewrite_backups(PASSPHRASE)
    dialog.buttons.rejected.emit()  # Close, while the worker rewrites
    assert live(window, ErasureReportDialog) == 0
    said = QCoreApplication.translate("ErasureReportDialog", "%n backup(s) rewritten without the words.", "", 1)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said.replace("%n", "1"), timeout=20_000)
    assert not erasure_report.report(ctx.store).items  # rewritten: no copy left to name
