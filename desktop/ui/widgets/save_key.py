"""Ctrl+S (the platform's Save key) presses a page's Save button.

The Codebook page saved with Ctrl+S, and the README tells people so; the Organisations page and a
recommendation had only their &Save button (Alt+S), and Ctrl+S there did nothing, without a word: a
facilitator who saves by habit with Ctrl+S, or who cannot reach the button easily, went on believing the
organisation or the recommendation was saved. The key belongs to the button itself, so it does exactly
what pressing the button does and nothing when the button cannot be pressed: Qt answers a window's
shortcut only while the widget that owns it is visible and enabled (a page not in front, a greyed Save,
a laptop's read-only recommendation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton


def save_key(button: QAbstractButton) -> QShortcut:
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), button)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(button.click)
    return shortcut
