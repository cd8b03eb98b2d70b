"""Asking for a withdrawal's date and scope (all data, or quotes only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.digit_spin import DigitDateEdit


class WithdrawDialog(QDialog):
    def __init__(self, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pseudonym = pseudonym
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.date = DigitDateEdit()  # the digit setting, not the locale's
        self.date.setDate(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        self.scope_all = QRadioButton()
        self.scope_quotes = QRadioButton()
        self.scope_all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.scope_all)
        group.addButton(self.scope_quotes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.scope_all)
        layout.addWidget(self.scope_quotes)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Withdraw consent — %1").replace("%1", self.pseudonym))
        self.explain.setText(self.tr("Record that %1 withdrew consent. Withdrawn speech is redacted on "
                                     "screen and in every export, on this device and at the centre.")
                             .replace("%1", self.pseudonym))
        self.date_label.setText(self.tr("&Date of withdrawal:"))
        self.scope_all.setText(self.tr("&All data: redact everything this participant said"))
        self.scope_quotes.setText(self.tr("&Quotes only: never quote, keep the speech for analysis"))

    def values(self) -> tuple[dt.date, str]:
        return self.date.date().toPython(), "all" if self.scope_all.isChecked() else "quotes"  # type: ignore[return-value]

    @staticmethod
    def ask(pseudonym: str, parent: QWidget | None = None) -> tuple[dt.date, str] | None:
        dialog = WithdrawDialog(pseudonym, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
