"""The mark between the items of one line on screen ("✓ take part · ✗ audio", "1,234,567 · 5 March 2023").

English uses a middle dot; Arabic and Kurdish the Arabic comma, where a middle dot reads as the zero ٠
(desktop.i18n.languages.item_separator, the one rule for the screen and the exports). Between widgets
side by side: a thin upright line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget

from desktop.i18n.languages import item_separator
from desktop.ui.qt_i18n import active_language


def separator() -> str:
    """The separator, spaces included, in the interface's language."""
    return item_separator(active_language())


def upright_rule(parent: QWidget) -> QFrame:
    """A thin upright line between two widgets side by side: the status bar's items ran together without
    one ("Device: Basra laptop 2 Working alone Unsent changes: 0")."""
    line = QFrame(parent)
    line.setObjectName("upright_rule")
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
