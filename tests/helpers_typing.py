"""Typing any text into a widget in tests, one key event per character.

``qtbot.keyClicks`` aborts the process on non-ASCII text (an assert in qasciikey.cpp), and
``QTest.keyClick(w, "ڕ")`` types garbage, so Arabic and Kurdish go through ``sendKeyEvent`` with
``Qt.Key(0)`` and the character as the event text. A newline is sent as the Return key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key with modifiers (e.g. Ctrl+1), delivered like a real key press (ShortcutOverride first)."""
    QTest.keyClick(widget, key, modifiers)
