"""Tell every widget above one that its smallest size changed.

Qt passes a widget's new smallest size up through layouts, but a splitter or a tab widget above it
(they place their parts themselves, without a layout) takes it in and stops there: the layouts above
keep the size they had cached. A page in a scroll frame then stays as short as before, its parts
squeezed over one another, until the window happens to be resized.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def tell_ancestors(widget: QWidget) -> None:
    """``updateGeometry`` on ``widget`` and on each widget above it, up to its window."""
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        current.updateGeometry()
        current = current.parentWidget()
