"""The coding window's own keys: Ctrl+K (apply a code), Ctrl+I (in vivo), Ctrl+Z (undo a coding),
F8 and Shift+F8 (next and previous coding). They are listed for users in help/<lang>/coding-keys.html.

Each works anywhere inside the window and nowhere else (two coding windows open side by side each
answer their own); Ctrl+Z in the memo box or the picker's filter undoes typing there, since those
widgets take the key first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def install_coding_keys(window: QWidget, *, pick: Callable[[], None], in_vivo: Callable[[], None],
                        undo: Callable[[], None], jump: Callable[[bool], None]) -> None:
    for seq, slot in ((QKeySequence("Ctrl+K"), pick), (QKeySequence("Ctrl+I"), in_vivo),
                      (QKeySequence(QKeySequence.StandardKey.Undo), undo),
                      (QKeySequence("F8"), lambda: jump(True)),
                      (QKeySequence("Shift+F8"), lambda: jump(False))):
        shortcut = QShortcut(seq, window)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
