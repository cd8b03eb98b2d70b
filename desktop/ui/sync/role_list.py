"""The role an approved laptop gets, on the Sync page's roster panel (``roster_panel.py``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

from desktop.ui.widgets.wheel_guard import ChoiceBox


class RoleList(ChoiceBox):
    """The role an approved laptop gets: as wide as its items where there is room, narrower where not (a
    larger text on a laptop), its item then shortened with "…" and said whole in its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.currentTextChanged.connect(self.setToolTip)

    def minimumSizeHint(self) -> QSize:
        whole = super().minimumSizeHint()
        return QSize(min(whole.width(), 20 * self.fontMetrics().averageCharWidth()), whole.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # as QComboBox paints itself, the item shortened to fit
        painter, option = QStylePainter(self), QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                           field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
