"""The coding window as a top-level window, one per session opened, kept alive until closed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.widgets.screen_fit import fit_resize

_open_windows: list[CodingWorkspace] = []


def open_coding_window(ctx: AppContext, session_id: str, segment_id: str | None = None) -> CodingWorkspace:
    """A top-level coding window for one session (kept alive until closed)."""
    window = CodingWorkspace(ctx, session_id)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    fit_resize(window, 1100, 750)
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    if segment_id:
        window.focus_segment(segment_id)
    return window
