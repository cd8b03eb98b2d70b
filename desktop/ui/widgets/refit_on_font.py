"""A table's columns fitted again once a new font has reached it (Settings → Text size, a language's font).

Qt does not measure a table's columns again when its font changes: columns fitted to their words with the old
font (resizeColumnToContents) were cut after a bigger text size, or after a language whose font came after the
table was read. ``fit`` runs in the turn after the FontChange, when the view measures with the new font.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView


class _RefitOnFontChange(QObject):
    def __init__(self, view: QAbstractItemView, fit: Callable[[], None]) -> None:
        super().__init__(view)  # owned by the view: gone with it
        self._fit = fit
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit)
        return super().eventFilter(watched, event)


def refit_on_font_change(view: QAbstractItemView, fit: Callable[[], None]) -> None:
    _RefitOnFontChange(view, fit)
