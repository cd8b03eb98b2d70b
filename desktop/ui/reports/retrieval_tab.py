"""Retrieval tab: every segment of a code, filtered by who said it and where, with a jump to the text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
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
from desktop.ui.widgets.labels_above import LabelsAbove
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.menu_room import keep_context_menu_room
from desktop.ui.widgets.rows_in_sight import RowsInSight
from desktop.ui.widgets.session_editor_base import CODE_SESSION_SHORTCUT
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.whole_items import WholeItemsCombo
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

DO_NOT_QUOTE = QColor("#fde0dc")


def retrieved_columns(tr: Any, lang: Any) -> list[Column]:
    # One fixed context: a tr passed in would translate in the caller's context, which lupdate cannot see.
    return [
        Column(lambda: common.translate("RetrievedColumns", "Session"), common.where),
        Column(lambda: common.translate("RetrievedColumns", "Speaker"), lambda r: speaker(r, lang())),
        Column(lambda: common.translate("RetrievedColumns", "Gender"), lambda r: common.gender(r.gender)),
        Column(lambda: common.translate("RetrievedColumns", "Age band"), lambda r: demographics.age_band(r.age_band)),
        Column(lambda: common.translate("RetrievedColumns", "Governorate"), lambda r: labels.governorate(r.governorate, lang())),
        Column(lambda: common.translate("RetrievedColumns", "Coded text"), lambda r: r.text,
               background=lambda r: DO_NOT_QUOTE if r.do_not_quote or r.redacted else None, free_text=True),
        Column(lambda: common.translate("RetrievedColumns", "Quote"), quote_note),
        Column(lambda: common.translate("RetrievedColumns", "Coder"), lambda r: r.coder),
        Column(lambda: common.translate("RetrievedColumns", "Memo"), lambda r: r.memo, free_text=True),
    ]


def quote_note(r: Retrieved) -> str:
    """Whether the words may be quoted; words edited since they were coded (the transcript no longer
    holds them) are to be reviewed first, as the Recommendations page and the brief hold them back."""
    if r.do_not_quote or r.redacted:
        return common.translate("RetrievedColumns", "Do not quote")
    if r.needs_review:
        return common.translate("RetrievedColumns", "Edited since it was coded: review the coding before quoting it")
    return ""


def speaker(r: Retrieved, lang: str) -> str:
    """Who said the words: the facilitator named (the minutes' text has no speaker)."""
    if r.participant_id is None and r.doc_table == "transcript_turn":
        return common.translate("RetrievedColumns", "Facilitator")
    return retrieval.speaker_name(r, lang)


class RetrievalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = lambda: str(ctx.language.language)  # noqa: E731
        self.code = WholeItemsCombo()  # as wide as its codes (they come after the first show)
        self.subcodes = QCheckBox()
        self.subcodes.setChecked(True)
        self.governorate, self.gender, self.age, self.kind, self.coder = (ChoiceBox() for _ in range(5))
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
        # 10,000 segments: not every row laid out at once; a whole long turn coded is cut at the table's
        # height, the row's session and speaker in sight (its tooltip has all its words).
        self.rows_fit = RowsInSight(self.table, tallest=1.0)
        # Its room is what the tab has left, not Qt's 192 pixels asked of the page's frame (that made the
        # page scroll on a laptop at a larger text size): a floor of a few lines, set with the font.
        policy = self.table.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.table.setSizePolicy(policy)
        self._floor_table()
        self.code_action = QAction(self)
        self.code_action.setShortcut(QKeySequence(CODE_SESSION_SHORTCUT))
        self.code_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.code_action.triggered.connect(lambda: self.jump(self.table.currentIndex()))
        self.table.addAction(self.code_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        keep_context_menu_room(self.table)  # its words whole at 20 points
        self.status = WordWrapLabel()
        # the line said before the first search is long at a large text size
        self.form = QFormLayout()
        # The labels above their fields where the tab is narrow, all of them (20 points on a laptop at 150 %:
        # beside the code's list they asked 631 pixels, and every tab of Reports scrolled sideways, the page
        # as wide as its widest tab; WrapLongRows then put some labels above their fields, some beside).
        self.labels_above = LabelsAbove(self.form, self)
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
        # Once segments are shown the filters fold into one line (the code, whether filters apply, and
        # Change filters): at 20 points on a laptop at 150 % the form took most of the tab's height, the
        # results got about 150 pixels and the page scrolled.
        self.filters_box = QWidget()
        self.filters_box.setLayout(self.form)
        self.summary = WordWrapLabel()
        self.change_btn = QPushButton()
        self.change_btn.clicked.connect(self.unfold)
        # Below the results, with the count: one line for all that the form said.
        self.folded = StackingRow([(self.summary, 0), (self.status, 1), (self.change_btn, 0)])
        self.summary.hide()
        self.change_btn.hide()
        self._fold_next = False  # the next results come from Show segments (not a read again after a change)
        self._shown_for: tuple[str, bool] | None = None  # (code id, filters apply) of the folded line
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folded)
        self.results: list[Retrieved] = []
        # Until the first search, the empty table says what it is for (as the Sync page's results do).
        self._ask_for_code()
        self.shown = common.ShownRead(ctx, self.status, common.SPEECH | common.CODING, lambda: self._show([]))
        self.shown_reads = (self.shown,)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._floor_table()

    def _floor_table(self) -> None:
        """The results at least a heading and two lines high (an ignored height has no floor of its own)."""
        lines = self.table.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 2 * lines + 4)

    def retranslate(self) -> None:
        self.code_action.setText(self.tr("&Code this session at this segment…"))
        texts = (self.tr("Code"), self.tr("Governorate"), self.tr("Gender"), self.tr("Age band"),
                 self.tr("Session kind"), self.tr("Coder"), self.tr("Dates"), "")
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.subcodes.setText(self.tr("Include sub-codes"))
        self.use_dates.setText(self.tr("Only between"))
        self.run_btn.setText(self.tr("Show segments"))
        self.change_btn.setText(self.tr("Change filters"))
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
        self._summarise()

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

    def _ask_for_code(self) -> None:
        say(self.status, lambda: self.tr("Choose a code, and filters if you wish, then Show segments: the segments "
                                         "coded with it are listed here."))

    def run(self) -> None:
        code_id = self.code.currentData()
        if not code_id:  # none chosen (the one listed was deleted or merged away): the button did nothing
            self._ask_for_code()
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
        self._fold_next = True
        self._shown_for = (code_id, flt != Filters())
        self.shown.run(lambda s: retrieval.retrieve(s, [code_id], include_subcodes=subcodes, filters=flt),
                       self._show)

    def _show(self, results: list[Retrieved]) -> None:
        self.results = results
        self.model.set_rows(results)
        if self._fold_next and results:
            self.fold()
        self._fold_next = False
        self.rows_fit.refit()
        n = len(results)  # said again in the language and digits switched to
        say(self.status, lambda: self.ctx.language.count_digits(self.tr("%n segment(s)", "", n), n))

    def fold(self) -> None:
        """The filters as one line; the keyboard on the results if it was in the filters."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.filters_box.isAncestorOf(focus)
        self._summarise()
        self.filters_box.hide()
        self.summary.show()
        self.change_btn.show()
        if had_focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def unfold(self) -> None:
        """The filters back (Change filters), the keyboard at the first of them."""
        self.summary.hide()
        self.change_btn.hide()
        self.filters_box.show()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summarise(self) -> None:
        if self._shown_for is None:
            return
        code_id, filtered = self._shown_for
        found = self.code.findData(code_id)
        name = self.code.itemText(found) if found >= 0 else ""
        text = self.tr("Code: %1, with filters") if filtered else self.tr("Code: %1")
        self.summary.setText(text.replace("%1", name))

    def jump(self, index: QModelIndex) -> None:
        r = index.data(RowRole)
        if isinstance(r, Retrieved):
            self.ctx.events.openCoding.emit(r.session_id, r.segment_id or "")
