"""Finalise and Unlock… for the roundtable editor (the rules live in ``core.sessions``).

A session deleted elsewhere meanwhile (another window, majlis-cli, a team update) can be neither: the
press says so in the editor's line and the editor stays read-only, offering neither again (it raised
``SessionNotFound`` on the UI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import sessions as svc
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog

if TYPE_CHECKING:
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor


def finalise(editor: RoundtableEditor) -> bool:
    editor.flush()
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
    if not reason or not reason.strip():
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
