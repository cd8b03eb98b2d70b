"""Agreement tab: two coders, percent agreement and kappa per code and overall, and where they differ.

Once a comparison is shown the coder lists fold into a Change coders button beside the summary, and the
tables take the tab's height: at 20 points on a 1366x768 laptop at 150 % the lists and Compare coders (two
lines), the summary (two) and an empty status line took 318 of the page frame's 322 pixels, the tables
asked Qt's 190 pixels each of the page (750 pixels tall, scrolling by 428), and the results were out of
sight below the frame's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session as OrmSession

from desktop.core import agreement
from desktop.core.agreement import Disagreement, Report
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import Row, flatten
from desktop.ui.models.column_table import Column, ColumnTableModel, RowRole
from desktop.ui.reports import common
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.menu_room import keep_context_menu_room
from desktop.ui.widgets.session_editor_base import CODE_SESSION_SHORTCUT
from desktop.ui.widgets.splitter import Splitter
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_label import WrappedLabel


class AgreementTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.coder_a, self.coder_b = ChoiceBox(), ChoiceBox()
        # Labels a person sees (not only a screen reader's names): two bare lists of the same names did
        # not say which coder was "first", the per-code table's "Only first coder".
        self.label_a, self.label_b = QLabel(), QLabel()
        self.label_a.setBuddy(self.coder_a)
        self.label_b.setBuddy(self.coder_b)
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.summary = WrappedLabel()  # the height of its lines: the tables under it are not squeezed by them
        self._rows: dict[str, Row] = {}
        fmt, name = self._fmt, self._name
        self.per_code = ColumnTableModel([
            Column(lambda: self.tr("Code"), lambda c: name(c.code_id)),
            Column(lambda: self.tr("Both"), lambda c: fmt(c.both, 0), align_number=True),
            Column(lambda: self.tr("Only first coder"), lambda c: fmt(c.only_a, 0), align_number=True),
            Column(lambda: self.tr("Only second coder"), lambda c: fmt(c.only_b, 0), align_number=True),
            # Each cell with its own percent sign, in the chosen digits ("٧٥٫٠٪"): the heading's "%" was a
            # Latin sign over Arabic-Indic numbers.
            Column(lambda: self.tr("Agreement"), lambda c: self._percent(c.percent), align_number=True),
            Column(lambda: self.tr("Kappa"), lambda c: fmt(c.kappa, 2), align_number=True),
        ])
        self.disagreements = ColumnTableModel([
            Column(lambda: self.tr("Code"), lambda d: name(d.code_id)),
            Column(lambda: self.tr("Coded only by"), lambda d: d.coder),
            Column(lambda: self.tr("Text"), lambda d: self._texts.get(id(d), ""), free_text=True),
        ])
        self._texts: dict[int, str] = {}
        self._places: dict[int, tuple[str, str]] = {}  # (session, coding) each disagreement opens at
        self.code_table, self.diff_table = QTableView(), QTableView()
        self.code_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.diff_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.code_table.setModel(self.per_code)
        self.diff_table.setModel(self.disagreements)
        # People's words (and code names) in their own direction, as in Retrieval: an English turn in the
        # Kurdish interface was laid out right to left, its full stop at the left.
        cells_follow_their_text(self.diff_table)
        self.diff_table.horizontalHeader().setStretchLastSection(True)
        # Columns as wide as their headings and cells, measured again after a switch of language or font:
        # at Qt's default width "Only second coder", Kurdish "تەنیا کۆدکەری یەکەم/دووەم" and the
        # disagreements' "تەنیا کۆدکراوە لەلایەن" (never measured at all) were cut off. The disagreements'
        # text stretches; Qt measures at most resizeContentsPrecision() rows of a long list.
        self.code_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The last column takes what is left, as in the disagreements below: the headings ended short
        # of the table's edge, an empty band beside them (on the left in Arabic and Kurdish).
        self.code_table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):
            self.diff_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A disagreement opens in the coding window at its coding, as Retrieval's and the Matrix's segments
        # do (Enter, a double-click, or the same shortcut and context menu).
        self.diff_table.activated.connect(self.jump)
        self.code_action = QAction(self)
        self.code_action.setShortcut(QKeySequence(CODE_SESSION_SHORTCUT))
        self.code_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.code_action.triggered.connect(lambda: self.jump(self.diff_table.currentIndex()))
        self.diff_table.addAction(self.code_action)
        self.diff_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        keep_context_menu_room(self.diff_table)  # its words whole at 20 points
        self.status = SaidOnly()  # no room taken while it says nothing
        pairs = []
        for label, combo in ((self.label_a, self.coder_a), (self.label_b, self.coder_b)):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(combo)
            pairs.append(pair)
        self.chooser = FlowRow([*pairs, self.run_btn])  # on to more lines where the tab is narrow (large text)
        # Once a comparison is shown the lists fold away; Change coders beside the summary brings them back.
        self.change_btn = QPushButton()
        self.change_btn.clicked.connect(self.unfold)
        self.change_btn.hide()
        self._fold_next = False  # the next report comes from Compare coders (not a read again after a change)
        said = StackingRow([(self.summary, 1), (self.change_btn, 0)])
        # The tables take what the tab has left, down to a floor each (_floor_tables), not Qt's 190 pixels
        # each asked of the page's frame.
        self.splitter = Splitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.code_table)
        self.splitter.addWidget(self.diff_table)
        self.splitter.setChildrenCollapsible(False)
        for part in (self.code_table, self.diff_table, self.splitter):
            policy = part.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            part.setSizePolicy(policy)
        self._floor_tables()
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(said)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.report: Report | None = None
        self._same_coder = False  # the last Compare was of a coder with themselves: nothing is shown
        self.shown = common.ShownRead(ctx, self.status, common.SPEECH | common.CODING, self._forget_texts)
        self.shown_reads = (self.shown,)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._floor_tables()

    def _floor_tables(self) -> None:
        """Each table at least its heading and a line high, with room for the scroll bar under its columns where
        they run on (an ignored height has no floor of its own)."""
        floors = [t.horizontalHeader().sizeHint().height() + t.fontMetrics().lineSpacing() + 2 * t.frameWidth() + 4
                  + t.horizontalScrollBar().sizeHint().height() for t in (self.code_table, self.diff_table)]
        for table, floor in zip((self.code_table, self.diff_table), floors, strict=True):
            table.setMinimumHeight(floor)
        self.splitter.setMinimumHeight(sum(floors) + self.splitter.handleWidth())

    def fold(self) -> None:
        """The coder lists as the Change coders button; the keyboard on the results if it was in the lists."""
        focus = QApplication.focusWidget()
        if focus is not None and self.chooser.isAncestorOf(focus):
            # Before the lists go: hidden with the keyboard, the page's frame passed it on and scrolled to it.
            self.code_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chooser.hide()
        self.change_btn.show()

    def unfold(self) -> None:
        """The coder lists back (Change coders), the keyboard at the first of them."""
        self.change_btn.hide()
        self.chooser.show()
        self.coder_a.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_texts(self) -> None:
        self._texts, self._places = {}, {}
        self.disagreements.set_rows(self.disagreements.rows)  # the words go; the rows wait for the new read

    def _fmt(self, value: float | None, decimals: int = 1) -> str:
        return "–" if value is None else self.ctx.language.format_number(value, decimals=decimals)

    def _percent(self, value: float) -> str:
        lang = self.ctx.language
        return formatting.format_percent(value / 100, lang.language, lang.digits, decimals=1)

    def _name(self, code_id: str) -> str:
        row = self._rows.get(code_id)
        return row.name(str(self.ctx.language.language)) if row else code_id

    def retranslate(self) -> None:
        self.run_btn.setText(self.tr("Compare coders"))
        self.change_btn.setText(self.tr("Change coders"))
        self.label_a.setText(self.tr("First coder"))
        self.label_b.setText(self.tr("Second coder"))
        self.code_action.setText(self.tr("&Code this session at this disagreement…"))
        self.coder_a.setAccessibleName(self.tr("First coder"))
        self.coder_b.setAccessibleName(self.tr("Second coder"))
        self.code_table.setAccessibleName(self.tr("Agreement per code"))
        self.diff_table.setAccessibleName(self.tr("Disagreements"))
        self.per_code.retranslate()
        self.disagreements.retranslate()
        self._summarise()

    def reload_codes(self, data: common.ReportsData) -> None:
        self._rows = {r.id: r for r in flatten(data.codes)}
        coders = data.coders
        for i, combo in enumerate((self.coder_a, self.coder_b)):
            current = combo.currentText()
            combo.clear()
            combo.addItems(coders)
            combo.setCurrentIndex(combo.findText(current) if current in coders else min(i, len(coders) - 1))

    def run(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        if not a or not b:
            return
        if a == b:
            # A coder against themselves agrees 100 %, kappa 1: a figure that would be reported as
            # the team's agreement. (With one coder in the database both lists start on them.)
            self.shown.forget_read()  # a comparison still on its way, or read again after a change, is not shown
            self.report, self._same_coder = None, True
            self.per_code.set_rows([])
            self.disagreements.set_rows([])
            self._summarise()
            return

        def work(s: OrmSession) -> tuple[Report, dict[int, str], dict[int, tuple[str, str]]]:
            report = agreement.compare(s, a, b)
            # Consent applied as everywhere: a participant who withdrew everything shows as "[…]".
            return (report, agreement.disagreement_texts(s, report.disagreements),
                    agreement.disagreement_places(s, report.disagreements))

        self._fold_next = True
        self.shown.run(work, self._show)

    def _show(self, result: tuple[Report, dict[int, str], dict[int, tuple[str, str]]]) -> None:
        (self.report, self._texts, self._places), self._same_coder = result, False
        self.per_code.set_rows(self.report.per_code)
        self.disagreements.set_rows(self.report.disagreements)
        self.code_table.resizeColumnsToContents()
        self._summarise()
        if self._fold_next and self.report.characters:  # something to read: the results get the room
            self.fold()
        self._fold_next = False

    def _summarise(self) -> None:
        r = self.report
        if r is None and self._same_coder:  # said again in a language switched to
            self.summary.setText(self.tr("Choose two different coders: a coder compared with themselves always "
                                         "agrees."))
            return
        if r is None:
            self.summary.setText(self.tr("Choose two coders who coded the same documents."))
            return
        if not r.characters:  # "agreement 0.0%" read as total disagreement: there was nothing to compare
            self.summary.setText(self.tr("These two coders coded no document in common: there is no agreement "
                                         "to report."))
            return
        lang = self.ctx.language
        kappa = "–" if r.kappa is None else lang.format_number(r.kappa, decimals=2)
        # The percentage with its sign in the chosen digits ("٧٥٫٠٪", "75.0%"): a sign written in the
        # sentence would be one script's whatever the digit setting.
        percent = self._percent(r.percent)
        text = self.tr("Documents: %1; coded characters: %2; agreement %3, kappa %4")
        for key, value in (("%1", lang.format_number(len(r.documents))), ("%2", lang.format_number(r.characters)),
                           ("%3", percent), ("%4", kappa)):
            text = text.replace(key, value)
        self.summary.setText(text)

    def disagreement_rows(self) -> list[Disagreement]:
        return list(self.disagreements.rows)

    def jump(self, index: QModelIndex) -> None:
        """The coding window of the disagreement's session, at the coding that makes it."""
        d = index.data(RowRole)
        place = self._places.get(id(d)) if isinstance(d, Disagreement) else None
        if place is not None:
            self.ctx.events.openCoding.emit(*place)


class SaidOnly(WordWrapLabel):
    """The tab's status line ("Working…", why a comparison was not shown), on screen only while it says
    something: empty, it took a line of a short screen's height."""

    def __init__(self) -> None:
        super().__init__()
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
