"""Which editor a session opens in: roundtables here, focus groups in desktop.ui.focus_group."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.widgets.session_editor_base import SessionEditorBase

EDITORS = {
    "roundtable": "desktop.ui.sessions.roundtable_editor:RoundtableEditor",
    "focus_group": "desktop.ui.focus_group.editor:FocusGroupEditor",
}


class EditorMissing(LookupError):
    """The editor for this kind of session is not part of this build (yet)."""


def create_editor(ctx: AppContext, session_id: str, parent: QWidget | None = None) -> SessionEditorBase:
    with ctx.store.session() as s:
        row = s.get(Session, session_id)
        kind = row.kind if row is not None else "roundtable"
    module_name, _, cls_name = EDITORS.get(kind, EDITORS["roundtable"]).partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only "that editor is not in this build"; a missing dependency inside it is a bug.
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            raise EditorMissing(kind) from exc
        raise
    cls = getattr(module, cls_name)
    editor: SessionEditorBase = cls(ctx, session_id, parent)
    return editor
