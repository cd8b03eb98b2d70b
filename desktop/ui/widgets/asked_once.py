"""A modal dialog asked once: shown, its answer read, then deleted.

A dialog made with a parent (so that it opens over its window) and let go once answered is not gone: Qt
keeps it, hidden, as that window's child until the window closes, and retranslates it at every language
change. A facilitator adding twenty attendees kept twenty hidden attendee pickers, each with its list of
people. Every dialog asked with ``exec()`` goes through here, so that what it was answered with is read
while it still exists and it is deleted even when the reading fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog

Asked = TypeVar("Asked", bound=QDialog)
Answer = TypeVar("Answer")


def _exec(dialog: QDialog) -> Any:
    return dialog.exec()


def answer_of(dialog: Asked, read: Callable[[Asked, Any], Answer],
              run: Callable[[Asked], Any] = _exec) -> Answer:
    """``read(dialog, what run returned)``, once ``run`` (``exec()`` unless told) has shown ``dialog`` and
    it was answered; the dialog is deleted afterwards, whatever happened."""
    try:
        return read(dialog, run(dialog))
    finally:
        dialog.deleteLater()


def show_once(dialog: Asked, run: Callable[[Asked], Any] = _exec) -> None:
    """``dialog`` shown until closed (``run``: ``exec()`` unless told), then deleted: one whose effect is
    done by the dialog itself (the About box, a consent form that records what it was given)."""
    answer_of(dialog, lambda _dialog, _result: None, run)
