"""The roundtable editor when an import changed its session (SessionEditorBase's bar): the minutes as
stored read and compared with what the editor last read or saved, and Keep mine (minutes_merge)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import sessions as svc
from desktop.core.minutes_merge import kept_mine
from desktop.ui.operations import QueryOp, read_now

if TYPE_CHECKING:
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor


def read_theirs(editor: RoundtableEditor) -> None:
    """Read on the worker; an import that changed nothing the editor shows (a consent, a coding) leaves
    it alone, bar or no bar."""
    sid = editor.session_id
    QueryOp(editor.ctx, lambda s: svc.minutes_of(s, sid), lambda theirs: editor.theirs_arrived(theirs != editor.base)) \
        .failure(lambda exc: _unread(editor, exc)).owned_by(editor).run_in_background()


def _unread(editor: RoundtableEditor, exc: BaseException) -> None:
    if not isinstance(exc, svc.SessionNotFound):
        raise exc
    # Deleted by the import: said, read-only; typing waiting stays on screen to be copied (closing asks).
    editor.strand_if_typed()
    editor.save_problem.set_error(editor.session_deleted())


def keep_mine(editor: RoundtableEditor) -> None:
    """The typing saved over what the import stored, with its changes to what was not typed here; a
    session the import made final refuses the save (said by the save, the typing kept on screen)."""
    theirs = read_now(editor.ctx, lambda s: svc.minutes_of(s, editor.session_id))
    mine = kept_mine(editor.base, editor.on_screen(), theirs)
    editor.show_minutes(mine, status_too=False)
    editor.base = theirs  # what the save is made over
    editor.schedule_save()
    editor.flush()
