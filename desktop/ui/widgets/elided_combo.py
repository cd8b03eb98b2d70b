"""A drop-down list narrower than its chosen item: the item shortened with "…", whole in the tooltip.

A ``QComboBox`` that takes its column's width rather than its longest item's (Recommendations →
Surveys: a survey's title in two languages, a question's wording; a recommendation's evidence: a coded
segment's words) drew the chosen item cut off at its edge: "المسح الوطني للناخبين 2022 / ڕاپرسیی
نیشتمانیی دەنگدەران 2022" lost its last "2022" but for a sliver that read as "!", with nothing to say
that more was there. This list draws the item shortened at its end with "…" (the end in reading
order: the left in a right-to-left item) and holds the whole item in its tooltip; its accessible
value and ``currentText()`` stay whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QWidget

from desktop.ui.widgets.wheel_guard import ChoiceBox

_ICON_SPACING = 4  # between an item's icon and its text, as QCommonStyle draws the label


class ElidedCombo(ChoiceBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(lambda _text: self._follow())

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        """What the style draws: the current item as shortened for the room its box has."""
        super().initStyleOption(option)
        if not self.isEditable():
            option.currentText = self.shown_text(option)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current item as the box draws it: whole if it fits, else cut at its end with "…"."""
        if option is None:
            option = QStyleOptionComboBox()
            super().initStyleOption(option)
        text = self.currentText()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.text_room(option))

    def text_room(self, option: QStyleOptionComboBox | None = None) -> int:
        """The width the current item's text has in the box (its edit field, less an icon)."""
        if option is None:
            option = QStyleOptionComboBox()
            super().initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - 2  # the label is drawn a pixel in from each side
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + _ICON_SPACING
        return max(room, 0)

    def _follow(self) -> None:
        """The tooltip holds the whole item while the box shows it shortened, and nothing otherwise."""
        whole = self.currentText()
        self.setToolTip(whole if self.shown_text() != whole else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        # Also here: a list filled again with its signals blocked (as pages refill theirs) says nothing
        # of its new item, but is painted again.
        self._follow()
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # Settings → Font size
            self._follow()
