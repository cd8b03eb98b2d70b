"""Finalise and Unlock… for the roundtable editor (the rules live in ``core.sessions``), its finalise
list (each line leads to its field or attendee row), and an attendee's consent recorded from it.

A session deleted elsewhere meanwhile (another window, majlis-cli, a team update) can be neither: the
press says so in the editor's line and the editor stays read-only, offering neither again (it raised
``SessionNotFound`` on the UI thread).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.core import consent
from desktop.core import sessions as svc
from desktop.core.field_text import blank_line
from desktop.core.validation import Problem
from desktop.ui.labels import problems
from desktop.ui.labels import sessions as labels
from desktop.ui.operations import CollectionOp, read_now
from desktop.ui.sessions import attendee_consent
from desktop.ui.widgets.asked_once import show_once
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog

if TYPE_CHECKING:
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor


def finalise(editor: RoundtableEditor) -> bool:
    if not editor.save_first():  # the import bar waits, or the save failed: said, nothing finalised
        return False
    status = "final"
    if editor.is_read_only():  # the save found it made final or deleted elsewhere, and said so
        return False
    try:
        CollectionOp.on_store(
            editor.ctx, lambda store: svc.finalise(store, editor.session_id, editor.ctx.user_name)
        ).run_now()
    except svc.FinaliseBlocked as exc:
        editor.validate(finalising=True)
        editor.show_blockers(exc.problems)
        return False
    except svc.SessionNotFound:
        editor.save_problem.set_error(editor.session_deleted())
        return False
    except svc.SessionReadOnly as exc:  # made final (or locked) elsewhere meanwhile: shown so, Unlock… offered
        status = str(exc.details.get("status", status))
    editor.show_blockers([])
    editor.status = status
    editor.set_read_only(True)
    editor.show_status()
    return True


def unlock(editor: RoundtableEditor, reason: str | None) -> bool:
    reason = reason if reason is not None else UnlockReasonDialog.ask(editor)
    if not reason or blank_line(reason):  # as sessions.unlock refuses it
        return False
    try:
        CollectionOp.on_store(
            editor.ctx, lambda store: svc.unlock(store, editor.session_id, reason, editor.ctx.user_name)
        ).run_now()
    except svc.SessionNotFound:
        editor.save_problem.set_error(editor.session_deleted())
        return False
    editor.status = "draft"
    editor.set_read_only(False)
    editor.show_status()
    return True


def record_consent(editor: RoundtableEditor) -> None:
    """The consent form for the participant chosen in the attendance table."""
    participant_id = editor._attendee_participant()
    if participant_id is None:
        return
    # The attendance row is stored first. While the import bar waits nothing is (the person added here may
    # not attend as stored, Show theirs would drop the row and leave the consent): said, no form opened. In a
    # session made final nothing is saved, and a consent is still recorded.
    if (editor.import_waits() or not editor.is_read_only()) and not editor.save_first():
        return
    show_once(editor.consent_dialog_class(editor.ctx, participant_id, editor.session_id, editor))
    attendee_consent.refresh(editor)  # the attendance row says it: before, nothing changed on the screen
    if editor.blockers.texts():  # the finalise list says what is still missing, not what was
        editor.show_blockers(read_now(editor.ctx, lambda s: [
            Problem(code, f"consent_{why}") for code, why in consent.consent_problems(s, editor.session_id)]),
            keep_fields=True)


def show_blockers(editor: RoundtableEditor, found: list[Problem], *, keep_fields: bool = False) -> None:
    """The finalise list; ``keep_fields``: the fields' problems stay, the consent ones are ``found``."""
    if keep_fields:
        found = [p for p in editor._blocking if not p.code.startswith("consent_")] + found
    editor._blocking = found
    editor.blockers.set_items([(partial(problems.line, p, labels.field), p) for p in found])  # remade on a switch


def go_to_problem(editor: RoundtableEditor, problem: Problem) -> None:
    """A field: its tab and the field; a participant's consent: the attendance row."""
    if problem.code.startswith("consent_"):
        editor.tabs.setCurrentWidget(editor.attendance)
        model = editor.attendance.view.model()
        for row in range(model.rowCount()):
            if problem.field in str(model.index(row, 0).data() or ""):
                # The row Record consent acts on. (selectRow on the row already current took the
                # current row away: Qt toggles it.)
                editor.attendance.view.selectionModel().setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                break
        editor.attendance.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    editor.tabs.setCurrentIndex(0)
    target = editor.edits.get(problem.field) or {"date": editor.date, "governorate": editor.governorate}.get(problem.field)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
