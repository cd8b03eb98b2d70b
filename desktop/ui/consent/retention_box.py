"""The end of a study on the consent page: the team's retention period, and erasing identities when due.

The period is stored in the database (``desktop.core.retention``); team updates bring the centre's
to every laptop. Reads and writes run on the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from desktop.core import retention
from desktop.core.errors import EnvironmentProblem
from desktop.ui import retention_offer
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.qt_i18n import shown_digits
from desktop.ui.widgets.digit_spin import DigitSpinBox
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class RetentionBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: retention.RetentionStatus | None = None
        self.months = DigitSpinBox(lambda: ctx.language.digits, self)
        self.months.setObjectName("retention_months")
        self.months.setRange(0, retention.MAX_MONTHS)
        # a long sentence in Kurdish: on two lines rather than wider than the page
        self.months_label = WordWrapLabel(self)
        self.months_label.setBuddy(self.months)
        self.summary = WordWrapLabel(self)
        self.summary.setObjectName("retention_summary")
        self.later = WordWrapLabel(self)  # sessions dated ahead, left out of the last session; their participants kept
        self.later.setObjectName("retention_later")
        self.later.hide()
        self.erase = QPushButton(self)
        self.erase.setObjectName("retention_erase_now")
        self.erase.clicked.connect(self.offer)
        # The sentence above its field, on as many lines as the box needs: beside the field in a form, in
        # English at 24 points on a laptop at 150 % it was given no width at all (only the field and a gap
        # as tall as the sentence showed).
        column = QVBoxLayout(self)
        column.addWidget(self.months_label)
        column.addWidget(self.months, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.summary)
        column.addWidget(self.later)
        column.addWidget(self.erase)
        self.months.editingFinished.connect(self.save)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("End of the study"))
        # "0" is a number like any other: it follows the digit setting (which travels with LanguageChange).
        self.months_label.setText(shown_digits(self.tr("Erase identities this many &months after the last session (0: never):")))
        self.months.setAccessibleName(self.tr("Retention period in months"))
        self.erase.setText(self.tr("&Erase identities now…"))
        self.show_state(self.state)

    def refresh(self) -> None:
        QueryOp(self.ctx, retention.status_in, self.show_state).run_in_background()

    def show_state(self, state: retention.RetentionStatus | None) -> None:
        self.state = state
        later = retention_offer.ahead_words(self.ctx, state) if state is not None else ""
        self.later.setText(later)
        self.later.setVisible(bool(later))
        if state is None:
            self.summary.setText("")
            self.erase.setEnabled(False)
            return
        self.months.blockSignals(True)
        self.months.setValue(state.months or 0)
        self.months.blockSignals(False)
        if state.months is None:
            text = self.tr("No retention period: names, phones, signatures, scans and witnesses' names are kept.")
        elif state.due_on is None:
            text = self.ctx.language.count_digits(self.tr(
                "Identities will be erased %n month(s) after the last session.", "", state.months), state.months)
        elif state.due:
            text = self.tr("Due since %1: names, phones, signatures, scans and witnesses' names can be erased now.").replace(
                "%1", self.ctx.language.format_date(state.due_on))
        else:
            text = self.tr("Identities will be erased on %1.").replace("%1", self.ctx.language.format_date(state.due_on))
        self.summary.setText(text)
        self.erase.setEnabled(state.wanted)  # also with nothing stored here: the run goes to the other devices

    def save(self) -> None:
        months = self.months.value() or None
        if self.state is not None and months == self.state.months:
            return
        CollectionOp.on_store(self.ctx, lambda store: retention.set_months(store, months)) \
            .success(lambda _: self.refresh()).failure(self._not_saved).run_in_background()

    def _not_saved(self, exc: BaseException) -> None:
        """Another program's write or a full disk: raised, the new period looked stored and was not."""
        if not isinstance(exc, EnvironmentProblem):
            raise exc
        reason = reason_of(exc)
        self.show_state(self.state)  # the period stored, back in the box
        say(self.summary, lambda: self.tr("The retention period was not saved: %1").replace(
            "%1", environment_reason(reason)))

    def offer(self) -> None:
        if self.state is not None:
            retention_offer.offer(self.ctx, self.window(), self.state)
