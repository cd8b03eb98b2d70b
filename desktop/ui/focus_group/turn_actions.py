"""The current turn's buttons (Stamp time, New turn, Delete turn, Shortcuts) beside the speaker's list
where they fit, else in the menu of one small button at the end of that line.

At 20 points on a 1366x768 laptop at 150 % the speaker bar took three lines (166 pixels) beside them, and
the text box under it and the turns above could not be in sight together: the editor's frame scrolled
and the table kept its two smallest turns. The speaker's list, the time and the menu's button now keep
to one line there; each of the buttons' keys (Ctrl+T, Ctrl+Enter, Ctrl+Shift+Delete) works as before.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QToolButton, QWidget

from desktop.ui.widgets.actions_or_menu import ActionsOrMenu


class TurnActions(ActionsOrMenu):
    """``ActionsOrMenu`` that asks only for its menu's button and takes the room the speaker's part
    leaves: the buttons show in a row (at the end of the line) when that room holds them."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None) -> None:
        more = QToolButton()  # narrower than a push button's least width: the speaker's line keeps to one line
        more.setObjectName("turn_actions_menu")
        super().__init__(widgets, parent, more=more)
        row = self.row.layout()
        if isinstance(row, QBoxLayout):
            row.insertStretch(0)  # the room left over stays between the speaker and the buttons
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def retranslate(self) -> None:
        self.more.setText("…")
        self.more.setAccessibleName(self.tr("Turn actions"))
        self.more.setToolTip(self.tr("Stamp time, new turn, delete turn, shortcuts"))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()
