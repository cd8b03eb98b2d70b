"""The consent register's box: its title and, on the same line, the actions on the chosen record.

Under the register's table, Record consent again…, Withdraw…, Print consent record… and Print session
register… took one to three lines: at 20 points on a 1366x768 laptop at 150 %, with the register's rows
in sight as the page opens, they were under the fold, reached only by Tab or by scrolling. On the title's
line they cost no height: four buttons at its end where the line holds them, else one Actions button
whose menu offers the four (enabled as the buttons are, their Alt keys still working; ``ActionsOrMenu``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QWidget

from desktop.ui.widgets.actions_or_menu import ActionsOrMenu
from desktop.ui.widgets.wrapped_title_box import WrappedTitleBox


class RegisterActions(ActionsOrMenu):
    """The record's buttons at the end of the title's line, or the Actions button's menu; it takes the
    room the title leaves."""

    def __init__(self, buttons: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(buttons, parent)
        self.more.setObjectName("register_actions_menu")
        row = self.row.layout()
        if isinstance(row, QBoxLayout):
            row.insertStretch(0)  # the buttons at the line's end, the room left over before them
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def retranslate(self) -> None:
        self.more.setText(self.tr("&Actions"))
        self.more.setAccessibleName(self.tr("Actions on the chosen record"))
        self.more.setToolTip(self.tr("Record consent again, withdraw, print the record or its session's register"))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()  # the title first; the buttons show where the rest holds them


class RegisterBox(WrappedTitleBox):
    """A box with its title and ``actions`` on one line, its parts under them (``box``)."""

    def __init__(self, actions: RegisterActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box.removeWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(actions, 1)
        self.box.insertLayout(0, top)
