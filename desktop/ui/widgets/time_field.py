"""A time of day typed as HH:MM, the same in every session editor.

"10:00" has no strong direction, so a plain QLineEdit lays it out left to right and pins it to the
left even in an Arabic or Kurdish screen, away from every other field of the form; and its hint was
the Latin letters "HH:MM" in every language. This box keeps both in step with the interface, and its
digits with Settings → Digits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui.qt_i18n import shown_digits


class TimeField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(5)
        self._follow_interface()

    def _follow_interface(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("TimeField", "HH:MM"))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def _follow_digits(self) -> None:
        """The time in the digits chosen now (a switch of Settings → Digits rides on LanguageChange): it
        stayed in those of the moment the session was opened, beside a date box that followed."""
        text = self.text()
        shown = shown_digits(text)  # one digit for one: the same length, the cursor stays where it was
        if shown != text:
            position = self.cursorPosition()
            self.setText(shown)  # not textEdited: nothing to save, the stored time has Latin digits
            self.setCursorPosition(position)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._follow_interface()
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_digits()
        super().changeEvent(event)
