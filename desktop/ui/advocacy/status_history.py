"""The recommendation view's status history: its table, the controls that add a status, Remove status,
and where a status refused is said (under those controls, in sight of where the person acted).

A part of ``RecommendationView`` (recommendation_view.py), which these methods extend: they set its
widgets as its attributes. The words keep the "RecommendationView" context they were translated in
(a literal in every call: lupdate reads no variable).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core import recommendations
from desktop.core.models import RecommendationStatus
from desktop.core.recommendations import STATUSES
from desktop.ui.advocacy.table_model import RowsModel, make_table
from desktop.ui.advocacy.view_part import ViewPart
from desktop.ui.advocacy.view_words import status_word
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.wheel_guard import ChoiceBox


class StatusHistory(ViewPart):
    """The status history box of a recommendation view (``build_history`` makes it)."""

    def build_history(self, body: QWidget) -> QGroupBox:
        translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
        self.history_box = QGroupBox(body)
        self.history_model = RowsModel([
            (lambda: translate("RecommendationView", "Date"),
             lambda h: self.ctx.language.format_date(h.date) if h.date else ""),
            (lambda: translate("RecommendationView", "Status"), lambda h: status_word(h.status)),
            (lambda: translate("RecommendationView", "Source"), lambda h: h.source),
            (lambda: translate("RecommendationView", "Note"), lambda h: h.note),
        ], self)
        self.history = make_table(body, self.history_model)
        self.status_combo = ChoiceBox(body)
        self.status_date = DigitDateEdit(lambda: self.ctx.language.digits, body)
        self.status_date.setCalendarPopup(True)
        self.status_date.setDate(QDate.currentDate())
        self.status_source = limit_line(QLineEdit(body), RecommendationStatus, "source")
        self.status_note = limit_line(QLineEdit(body), RecommendationStatus, "note")
        self.add_status_button = QPushButton(body)
        self.add_status_button.clicked.connect(self.add_status)
        self.remove_status_button = QPushButton(body)
        self.remove_status_button.clicked.connect(self.remove_status)
        # A status refused (dated in the future) is said here, under Add status where the person acted:
        # beside Save, at the top of the view, it was out of sight and read as the fields' refusal.
        self.status_error = FieldError(body)
        # Two rows: in one, the six fields and buttons were wider than the view beside the list at
        # the window's first size, so the buttons were cut off behind a horizontal scroll bar. Each row
        # stacks its parts where even it is too wide (24 points; see StackingRow).
        status_row = StackingRow([(self.status_combo, 0), (self.status_date, 0), (self.status_source, 1)], body)
        status_buttons = StackingRow([(self.status_note, 1), (self.add_status_button, 0),
                                      (self.remove_status_button, 0)], body)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(status_row)
        history_layout.addWidget(status_buttons)
        history_layout.addWidget(self.status_error)
        return self.history_box

    def retranslate_history(self) -> None:
        translate = QCoreApplication.translate
        self.history_box.setTitle(translate("RecommendationView", "Status history"))
        self.history.setAccessibleName(translate("RecommendationView", "Status history"))
        current = self.status_combo.currentData()
        self.status_combo.clear()
        for status in STATUSES:
            self.status_combo.addItem(status_word(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.setAccessibleName(translate("RecommendationView", "New status"))
        self.status_date.setAccessibleName(translate("RecommendationView", "Date of the status"))
        self.status_source.setPlaceholderText(translate("RecommendationView", "Source of the news"))
        self.status_source.setAccessibleName(translate("RecommendationView", "Source of the news"))
        self.status_note.setPlaceholderText(translate("RecommendationView", "Note"))
        self.status_note.setAccessibleName(translate("RecommendationView", "Note"))
        self.add_status_button.setText(translate("RecommendationView", "Add s&tatus"))
        self.remove_status_button.setText(translate("RecommendationView", "Remove status"))

    def _status_row(self) -> RecommendationStatus | None:
        row: RecommendationStatus | None = self.history_model.row_at(self.history.currentIndex())
        return row

    def _status_failed(self, exc: BaseException) -> None:
        """A status added or removed and refused: said under the status controls, in sight."""
        self._refused(exc, self.status_error.set_error)
        self.ensureWidgetVisible(self.status_error)
        if isinstance(exc, recommendations.RecommendationError) and exc.code in ("future_date", "too_early"):
            self.status_date.setFocus()  # the date to put right

    def add_status(self) -> None:
        rec_id, status = self.rec_id, str(self.status_combo.currentData())
        qdate = self.status_date.date()
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        note, source = self.status_note.text(), self.status_source.text()

        def added() -> None:  # a refused status keeps its note and source, to be put right
            self.status_note.clear()
            self.status_source.clear()

        self.status_error.set_error("")
        self._change(lambda s: recommendations.add_status(s, str(rec_id), status, date=day, note=note, source=source),
                     added, self._status_failed)

    def remove_status(self) -> None:
        """The chosen status, after a question naming it (No is the default)."""
        row = self._status_row()
        if row is None:
            return
        translate = QCoreApplication.translate
        if row.date:
            question = translate("RecommendationView", "Remove the status '%1' of %2?").replace(
                "%1", status_word(row.status)).replace("%2", self.ctx.language.format_date(row.date))
        else:
            question = translate("RecommendationView", "Remove the status '%1'?").replace("%1", status_word(row.status))
        if confirm_removal(self, translate("RecommendationView", "Remove status"), question):
            status_id = row.id
            self.status_error.set_error("")
            self._change(lambda s: recommendations.delete_status(s, status_id), failed=self._status_failed)
