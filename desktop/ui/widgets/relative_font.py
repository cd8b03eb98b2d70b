"""A label whose font is a size relative to another widget's: a heading 1.4 times its page's text,
a fingerprint twice as large in a monospace face.

Sized once, when it was made, such a label kept the size of that moment: after Settings → Font size
every other text grew and the heading stayed behind, smaller than the labels under it at 24 points.
Qt cannot say "1.4 times the inherited size" (a font set on a widget fixes its point size, and style
sheets have no ``em``), so the size is worked out again from the followed widget's font each time that
font changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


class RelativeFont(QObject):
    """Keeps ``target``'s font at ``scale`` times ``source``'s point size plus ``extra`` points (at
    least ``minimum``), bold and/or monospace if asked. A child of ``target``: it lives as long as the
    label does, and Qt drops its watch on ``source`` when it goes."""

    def __init__(self, target: QWidget, source: QWidget, *, scale: float = 1.0, extra: float = 0.0,
                 minimum: float = 0.0, bold: bool = False, monospace: bool = False) -> None:
        super().__init__(target)
        self._target, self._source = target, source
        self._scale, self._extra, self._minimum = scale, extra, minimum
        self._bold, self._monospace = bold, monospace
        self.apply()
        # The source's own font changes (the application's font size, or one set on the source or a
        # parent of it) arrive as FontChange events on the source; the target's do not help, since a
        # font set on the target fixes its size.
        source.installEventFilter(self)

    def font(self) -> QFont:
        """The font ``target`` should have now."""
        base = self._source.font()
        font = QFont(base)
        if self._monospace:
            font.setFamily("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(base.pointSizeF() * self._scale + self._extra, self._minimum))
        if self._bold:
            font.setBold(True)
        return font

    def apply(self) -> None:
        self._target.setFont(self.font())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a window is torn down, Qt can still hand a FontChange to this filter after its Python
        # half has lost its attributes (CI on 47a7ec8: an AttributeError inside the event loop): then
        # there is no label left to size.
        source = getattr(self, "_source", None)
        if source is not None and watched is source and event.type() == QEvent.Type.FontChange:
            self.apply()
        return False  # the source still handles its own event


def keep_relative_font(target: QWidget, source: QWidget, *, scale: float = 1.0, extra: float = 0.0,
                       minimum: float = 0.0, bold: bool = False, monospace: bool = False) -> RelativeFont:
    """Size ``target``'s font from ``source``'s now and after every change of it (see ``RelativeFont``)."""
    return RelativeFont(target, source, scale=scale, extra=extra, minimum=minimum, bold=bold, monospace=monospace)
