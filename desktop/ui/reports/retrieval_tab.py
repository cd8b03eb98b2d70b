"""Retrieval tab: every segment of a code, filtered by who said it and where, with a jump to the text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import retrieval
from desktop.core.reference import AGE_BANDS, GENDERS, GOVERNORATES, SESSION_KINDS
from desktop.core.retrieval import Filters, Retrieved
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics
from desktop.ui.labels import sessions as labels
from desktop.ui.models.column_table import Column, ColumnTableModel, RowRole
from desktop.ui.reports import common
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.rows_in_sight import RowsInSight
from desktop.ui.widgets.session_editor_base import CODE_SESSION_SHORTCUT
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.whole_items import WholeItemsCombo

DO_NOT_QUOTE = QColor("#fde0dc")


def retrieved_columns(tr: Any, lang: Any) -> list[Column]:
    # One fixed context: a tr passed in would translate in the caller's context, which lupdate cannot see.
    return [
        Column(lambda: common.translate("RetrievedColumns", "Session"), common.where),
        Column(lambda: common.translate("RetrievedColumns", "Speaker"), lambda r: retrieval.speaker_name(r, lang())),
        Column(lambda: common.translate("RetrievedColumns", "Gender"), lambda r: common.gender(r.gender)),
        Column(lambda: common.translate("RetrievedColumns", "Age band"), lambda r: demographics.age_band(r.age_band)),
        Column(lambda: common.translate("RetrievedColumns", "Governorate"), lambda r: labels.governorate(r.governorate, lang())),
        Column(lambda: common.translate("RetrievedColumns", "Coded text"), lambda r: r.text,
               background=lambda r: DO_NOT_QUOTE if r.do_not_quote or r.redacted else None, free_text=True),
        Column(lambda: common.translate("RetrievedColumns", "Quote"), lambda r: common.translate("RetrievedColumns", "Do not quote") if r.do_not_quote or r.redacted else ""),
        Column(lambda: common.translate("RetrievedColumns", "Coder"), lambda r: r.coder),
        Column(lambda: common.translate("RetrievedColumns", "Memo"), lambda r: r.memo, free_text=True),
    ]


class RetrievalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = lambda: str(ctx.language.language)  # noqa: E731
        self.code = WholeItemsCombo()  # as wide as its codes (they come after the first show)
        self.subcodes = QCheckBox()
        self.subcodes.setChecked(True)
        self.governorate, self.gender, self.age, self.kind, self.coder = (QComboBox() for _ in range(5))
        self.use_dates = QCheckBox()
        self.date_from, self.date_to = DigitDateEdit(), DigitDateEdit()  # the digit setting
        self.date_from.setDate(QDate(2020, 1, 1))
        self.date_to.setDate(QDate.currentDate())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.model = ColumnTableModel(retrieved_columns(self.tr, lang))
        self.table = QTableView()
        cells_follow_their_text(self.table)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.jump)
        self.rows_fit = RowsInSight(self.table)  # 10,000 segments: not every row laid out at once
        self.code_action = QAction(self)
        self.code_action.setShortcut(QKeySequence(CODE_SESSION_SHORTCUT))
        self.code_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.code_action.triggered.connect(lambda: self.jump(self.table.currentIndex()))
        self.table.addAction(self.code_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status = QLabel()
        self.status.setWordWrap(True)  # the line said before the first search is long at a large text size
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(8)]
        # Rows that put their parts one above the other where the page is too narrow for them side by
        # side (24 points on a 1366-pixel screen: "Include sub-codes" and the second date were cut off).
        dates = StackingRow([(self.use_dates, 0), (self.date_from, 0), (self.date_to, 0)])
        code_row = StackingRow([(self.code, 1), (self.subcodes, 0)])
        fields: list[QWidget] = [code_row, self.governorate, self.gender, self.age, self.kind,
                                 self.coder, dates, self.run_btn]
        buddies: dict[QWidget, QWidget] = {code_row: self.code, dates: self.use_dates}
        for label, field in zip(self._labels, fields, strict=True):
            self.form.addRow(label, field)
            label.setBuddy(buddies.get(field, field))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.results: list[Retrieved] = []
        # Until the first search, the empty table says what it is for (as the Sync page's results do).
        say(self.status, lambda: self.tr("Choose a code, and filters if you wish, then Show segments: the segments "
                                         "coded with it are listed here."))
        self.shown = common.ShownRead(ctx, self.status, common.SPEECH | common.CODING, lambda: self._show([]))
        self.shown_reads = (self.shown,)

    def retranslate(self) -> None:
        self.code_action.setText(self.tr("&Code this session at this segment…"))
        texts = (self.tr("Code"), self.tr("Governorate"), self.tr("Gender"), self.tr("Age band"),
                 self.tr("Session kind"), self.tr("Coder"), self.tr("Dates"), "")
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.subcodes.setText(self.tr("Include sub-codes"))
        self.use_dates.setText(self.tr("Only between"))
        self.run_btn.setText(self.tr("Show segments"))
        self.code.setAccessibleName(self.tr("Code"))
        # The two dates share one form label ("Dates"): each needs its own name for a screen reader.
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.table.setAccessibleName(self.tr("Coded segments"))
        lang = str(self.ctx.language.language)
        self._fill(self.governorate, [(g.key, g.name(lang)) for g in GOVERNORATES])
        self._fill(self.gender, [(g, common.gender(g)) for g in GENDERS])
        self._fill(self.age, [(a, demographics.age_band(a)) for a in AGE_BANDS])
        self._fill(self.kind, [(k, labels.kind(k)) for k in SESSION_KINDS])
        self.model.retranslate()

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Any"), "")
        for key, text in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def reload_codes(self, data: common.ReportsData) -> None:
        common.fill_code_combo(self.code, data.codes, str(self.ctx.language.language), data.merged)
        self._fill(self.coder, [(c, c) for c in data.coders])

    def filters(self) -> Filters:
        def one(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        date_from = date_to = None
        if self.use_dates.isChecked():
            date_from = dt.date.fromisoformat(self.date_from.date().toString(Qt.DateFormat.ISODate))
            date_to = dt.date.fromisoformat(self.date_to.date().toString(Qt.DateFormat.ISODate))
        return Filters(governorates=one(self.governorate), genders=one(self.gender), age_bands=one(self.age),
                       kinds=one(self.kind), coders=one(self.coder), date_from=date_from, date_to=date_to)

    def run(self) -> None:
        code_id = self.code.currentData()
        if not code_id:
            return
        flt, subcodes = self.filters(), self.subcodes.isChecked()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            # No segment can be from a session on or after one date and on or before an earlier one:
            # "0 segments" read as if the code had never been applied there. Not run, nothing listed.
            self.shown.forget_read()
            self.results = []
            self.model.set_rows([])
            say(self.status, lambda: self.tr(
                "The From date is after the To date: no segment can fall between them. Change one of the dates."))
            return
        self.shown.run(lambda s: retrieval.retrieve(s, [code_id], include_subcodes=subcodes, filters=flt),
                       self._show)

    def _show(self, results: list[Retrieved]) -> None:
        self.results = results
        self.model.set_rows(results)
        self.rows_fit.refit()
        n = len(results)  # said again in the language and digits switched to
        say(self.status, lambda: self.ctx.language.count_digits(self.tr("%n segment(s)", "", n), n))

    def jump(self, index: QModelIndex) -> None:
        r = index.data(RowRole)
        if isinstance(r, Retrieved):
            self.ctx.events.openCoding.emit(r.session_id, r.segment_id or "")
