"""Spin box and date edit that show the digits the user chose and read any kind back.

Qt's own QSpinBox and QDateEdit always print Arabic-Indic digits for ar_IQ and ckb_IQ and Latin for
en, whatever the digit setting says; these go through desktop.i18n.digits. Pages showing
numbers or dates in editable fields should use them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QSpinBox, QWidget

from desktop.i18n.digits import Digits, apply_digits, parse_int, to_arabic_digits, to_latin_digits
from desktop.ui.qt_i18n import active_digits


class DigitSpinBox(QSpinBox):
    def __init__(self, digits: Callable[[], Digits], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = digits

    def textFromValue(self, value: int) -> str:
        return apply_digits(str(value), self._digits())

    def valueFromText(self, text: str) -> int:
        try:
            return parse_int(self._strip(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        body = self._strip(text)
        if not body:
            return (QValidator.State.Intermediate, text, pos)
        try:
            value = parse_int(body)
        except ValueError:
            return (QValidator.State.Invalid, text, pos)
        if self.minimum() <= value <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def redisplay(self) -> None:
        """Show the current value again (after the digit setting changed)."""
        self.lineEdit().setText(self.prefix() + self.textFromValue(self.value()) + self.suffix())

    def _strip(self, text: str) -> str:
        body = text
        if self.prefix() and body.startswith(self.prefix()):
            body = body[len(self.prefix()) :]
        if self.suffix() and body.endswith(self.suffix()):
            body = body[: -len(self.suffix())]
        return body.strip()


class DigitDateEdit(QDateEdit):
    """A date edit that shows the digits the user chose (Qt's own follows the locale only).

    Qt parses what is typed with the locale's digits, so text is converted to those before
    Qt sees it: either kind of digits can be typed.
    """

    def __init__(self, digits: Callable[[], Digits] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = digits or active_digits

    def _native(self, text: str) -> str:
        return to_arabic_digits(text) if self.locale().zeroDigit() == "٠" else to_latin_digits(text)

    def textFromDateTime(self, dt: QDateTime) -> str:
        return apply_digits(super().textFromDateTime(dt), self._digits())

    def dateTimeFromText(self, text: str) -> QDateTime:
        return super().dateTimeFromText(self._native(text))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, fixed, new_pos = super().validate(self._native(text), pos)
        return (state, apply_digits(fixed, self._digits()), new_pos)

    def redisplay(self) -> None:
        """Show the current date again (after the digit setting changed)."""
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
