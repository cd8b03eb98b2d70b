"""Which editor a session opens in: roundtables here, focus groups in desktop.ui.focus_group.

Plain imports on purpose: PyInstaller follows only the imports it can see, and a missing editor
must fail loudly at start-up, not when a facilitator opens a session.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core import sessions
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.operations import read_now
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.session_editor_base import SessionEditorBase

EDITORS: dict[str, type[SessionEditorBase]] = {
    "roundtable": RoundtableEditor,
    "focus_group": FocusGroupEditor,
}


class EditorMissing(LookupError):
    """No editor for this kind of session (a database written by a newer Majlis)."""


def create_editor(ctx: AppContext, session_id: str, parent: QWidget | None = None) -> SessionEditorBase:
    # One row by its key: instant, so read on the spot.
    kind = read_now(ctx, lambda s: sessions.kind_of(s, session_id)) or "roundtable"
    cls = EDITORS.get(kind)
    if cls is None:
        raise EditorMissing(kind)
    editor: SessionEditorBase = cls(ctx, session_id, parent)
    return editor
