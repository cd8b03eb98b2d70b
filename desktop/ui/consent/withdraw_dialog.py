"""Asking for a withdrawal: its date, its scope, and (for everything) a confirmation of what is destroyed.

A quotes-only withdrawal keeps the speech for analysis and never quotes it. A withdrawal of
everything erases, for good and everywhere the erasure travels: the dialog says exactly what goes
and asks for an explicit tick before OK is enabled.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.field_text import one_line
from desktop.core.models import Erasure
from desktop.ui.help.dialog import install_f1
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.device_name import unbroken
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.screen_fit import room
from desktop.ui.widgets.scroll_frame import ScrolledText
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class WithdrawAnswer(NamedTuple):
    on: dt.date
    scope: str  # all|quotes
    reason: str = ""


class WithdrawDialog(QDialog):
    def __init__(self, pseudonym: str, parent: QWidget | None = None, *, at_centre: bool = False,
                 earliest: dt.date | None = None) -> None:
        super().__init__(parent)
        self.pseudonym = pseudonym
        # At the centre an erasure reaches the laptops only in the team update the coordinator publishes.
        self.at_centre = at_centre
        self.explain = WordWrapLabel()
        self.date = DigitDateEdit()  # the digit setting, not the locale's
        self.date.setDate(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        if earliest is not None and earliest <= dt.date.today():
            # The first session's day: a date before it was refused only after OK, the reason and the tick
            # given for nothing (a year slipped: 2022 for 2023).
            self.date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        self.reason = QLineEdit()
        self.reason.setObjectName("withdraw_reason")
        limit_line(self.reason, Erasure, "reason")
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.scope_all = QRadioButton()
        self.scope_quotes = QRadioButton()
        self.scope_all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.scope_all)
        group.addButton(self.scope_quotes)
        self.consequence = WordWrapLabel()
        self.consequence.setObjectName("withdraw_consequence")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("withdraw_confirm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        form.addRow(self.reason_label, self.reason)
        # What is above the tick scrolls as one part where the screen is short (a 1366x768 laptop at
        # 150 % with the text at 14 points, a 1024x600 netbook at 20): one above the other at their
        # least they were taller than the screen, and OK and Cancel stood under the task bar.
        body = QWidget()
        upper = QVBoxLayout(body)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.explain)
        upper.addLayout(form)
        upper.addWidget(self.scope_all)
        upper.addWidget(self.scope_quotes)
        upper.addWidget(self.consequence)
        self.body = ScrolledText(body)
        # A Tab stop after the scope, before the tick: the keyboard's way to scroll what is destroyed to its
        # end where it does not fit (no field below the scope took the focus there, to scroll it in view).
        self.body.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.scope_quotes, self.body)
        QWidget.setTabOrder(self.body, self.confirm)
        self.scope_all.toggled.connect(lambda _on: self._update())
        self.confirm.toggled.connect(lambda _on: self._update())
        self.retranslate()
        install_f1(self, "consent", "withdrawal")

    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Withdraw consent — %1").replace("%1", self.pseudonym))
        # In the wrapped lines the code stands whole (unbroken): it was split at a hyphen, "BSR-FG01-" / "P01".
        self.explain.setText(self.tr("Record that %1 withdrew consent, on this device and at the centre.")
                             .replace("%1", unbroken(self.pseudonym)))
        self.date_label.setText(self.tr("&Date of withdrawal:"))
        self.reason_label.setText(self.tr("&Reason (optional):"))
        self.reason.setPlaceholderText(self.tr("Never the participant's words or name"))
        self.scope_all.setText(self.tr("&All data: erase everything this participant said, and who they are"))
        self.scope_quotes.setText(self.tr("&Quotes only: never quote, keep the speech for analysis"))
        self.confirm.setText(self.tr("I understand that this cannot be undone"))
        self.body.setAccessibleName(self.tr("What the withdrawal does"))
        self._update()

    def _update(self) -> None:
        if self.scope_all.isChecked():
            travels = (self.tr("The erasure reaches the laptops with the next team update published on the Sync "
                               "page, and each erases the same way.") if self.at_centre else
                       self.tr("The erasure goes to the centre with the next bundle and every copy of the "
                               "database that receives it erases the same way."))
            self.consequence.setText(" ".join((
                self.tr("This destroys, in every session: every word %1 said (each turn becomes […]), the quotes "
                        "of their coded segments and the memos on those codings, their signature images and paper "
                        "scans, the names of their witnesses, their name and phone number, here and in the "
                        "history the database keeps.").replace("%1", unbroken(self.pseudonym)),
                travels,
                self.tr("Files exported before (workbooks, projects, PDFs, bundles, backups) are not reached: "
                        "they are listed afterwards. The pseudonym stays."))))
        else:
            kept = self.tr(
                "Nothing is erased: what %1 said stays in the transcripts for analysis, and is never "
                "quoted in a listing or an export.").replace("%1", unbroken(self.pseudonym))
            # At the centre the laptops learn it, as an erasure, from the next team update.
            travels = self.tr("The laptops stop quoting them with the next team update published on the Sync page.")
            self.consequence.setText(f"{kept} {travels}" if self.at_centre else kept)
        self.confirm.setVisible(self.scope_all.isChecked())
        self.ok_button().setEnabled(self.scope_quotes.isChecked() or self.confirm.isChecked())
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every wrapped line at the width it has. Qt sizes a window for its preferred
        width and then narrows it to fit the screen: on a small screen the consequence (what is
        destroyed, the one text a person must read here) was cut off at the top and the bottom. Never
        taller than the screen: where the lines need more, what is above the tick scrolls (ScrolledText) and
        OK and Cancel stay in view."""
        layout = self.layout()
        if layout is not None and self.isVisible():
            needed = min(layout.totalHeightForWidth(self.width()), room(self).height())
            if needed > self.height():
                self.resize(self.width(), needed)

    def values(self) -> WithdrawAnswer:
        on: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        return WithdrawAnswer(on, "all" if self.scope_all.isChecked() else "quotes", one_line(self.reason.text()))

    @staticmethod
    def ask(pseudonym: str, parent: QWidget | None = None, *, at_centre: bool = False,
            earliest: dt.date | None = None) -> WithdrawAnswer | None:
        return answer_of(WithdrawDialog(pseudonym, parent, at_centre=at_centre, earliest=earliest),
                         lambda dialog, result: dialog.values() if result == QDialog.DialogCode.Accepted else None)
