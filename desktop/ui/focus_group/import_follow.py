"""The focus-group editor when an import changed its session (SessionEditorBase's bar): the session read
again on the worker and shown, the turn being worked on kept current; Keep mine saves the typing (the
details typed here only, the turns changed here) and then shows the session as it is stored, the
import's other turns and details in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.focus_group.editor_load import Loaded, load_failure_words, load_focus_group
from desktop.ui.operations import QueryOp

if TYPE_CHECKING:
    from desktop.ui.focus_group.editor import FocusGroupEditor


def show_theirs(editor: FocusGroupEditor, *, asked: bool = True) -> None:
    """``asked``: Show theirs (or Keep mine) was pressed; else a quiet showing of an import, with nothing
    typed here waiting."""
    editor.autosave_timer.stop()
    sid = editor.session_id
    QueryOp(editor.ctx, lambda s: load_focus_group(s, sid), lambda data: _shown(editor, data, asked)) \
        .failure(lambda exc: editor.show_message(load_failure_words(exc))).owned_by(editor).run_in_background()


def _shown(editor: FocusGroupEditor, data: Loaded, asked: bool) -> None:
    if not asked and editor.has_unsaved():  # typed while the session was being read: kept, and asked
        editor.theirs_arrived(True)
        return
    panel = editor.transcript
    rows = panel.model.rows
    current = rows[panel.current].turn_id if 0 <= panel.current < len(rows) else None
    editor.show_loaded(data)
    ids = [r.turn_id for r in panel.model.rows]
    if current is not None and current in ids:
        panel.select(ids.index(current))
    editor.import_settled()


def keep_mine(editor: FocusGroupEditor) -> None:
    editor.flush()
    if not editor.has_unsaved():  # saved (a refusal said why and keeps the typing on screen)
        show_theirs(editor, asked=False)
