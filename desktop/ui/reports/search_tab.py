"""Search tab: full-text search with highlighted snippets, and "code all hits"."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session as OrmSession

from desktop.core import code_memos, coding, search
from desktop.core.codebook import CodebookError
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import Session
from desktop.core.sanitise import readable
from desktop.core.search import Hit
from desktop.ui.context import AppContext
from desktop.ui.models.column_table import Column, ColumnTableModel, RowRole
from desktop.ui.operations import CollectionOp
from desktop.ui.reports import common
from desktop.ui.widgets.environment_words import environment_reason, reason_of
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.separator import separator
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.whole_hint import keep_hint_whole
from desktop.ui.widgets.whole_items import WholeItemsCombo
from desktop.ui.widgets.wrapped_label import WrappedLabel

MARK = "#ffe082"


def snippet_html(hit: Hit) -> str:
    out, pos = [], 0
    for a, b in hit.snippet_highlights:  # each piece made readable: the spans are offsets into the snippet
        out.append(html.escape(readable(hit.snippet[pos:a])))
        out.append(f'<span style="background-color:{MARK}">{html.escape(readable(hit.snippet[a:b]))}</span>')
        pos = b
    out.append(html.escape(readable(hit.snippet[pos:])))
    return "".join(out)


class SnippetDelegate(QStyledItemDelegate):
    """Paints the snippet with its hits marked (rich text in one cell)."""

    def _doc(self, option: QStyleOptionViewItem, hit: Hit) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(snippet_html(hit))
        doc.setTextWidth(option.rect.width())
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(RowRole)
        if not isinstance(hit, Hit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._doc(option, hit)
        painter.save()
        painter.translate(option.rect.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        ctx.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hit = index.data(RowRole)
        if not isinstance(hit, Hit):
            return super().sizeHint(option, index)
        doc = self._doc(option, hit)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


SHOWN = 200  # hits listed at most: more would make the list slow to lay out and read
# The hits, their sessions' titles and dates, and for a memo on a code its code and names.
Found = tuple[list[Hit], dict[str, tuple[str, dt.date | None]], dict[str, tuple[str, dict[str, str]]]]


class SearchTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        # A short hint inside the box and the rule under it: the whole rule inside the box was cut in every
        # language at 20 points ("…end a word with" of 924 pixels in Kurdish shown in 579).
        self.query_hint = keep_hint_whole(self.query)
        self.rule = WrappedLabel()
        self.rule.setObjectName("search_rule")
        self.query.returnPressed.connect(self.run)
        self.run_btn, self.code_all_btn = QPushButton(), QPushButton()
        self.run_btn.clicked.connect(self.run)
        self.code_all_btn.clicked.connect(self.code_all)
        self.code = WholeItemsCombo()  # as wide as its codes; Code all hits goes under it when short of room
        self.model = ColumnTableModel([
            Column(lambda: self.tr("Where"), self._where),
            Column(lambda: self.tr("Text"), lambda h: h.snippet),
        ])
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, SnippetDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.activated.connect(self.jump)
        self.status = WrappedLabel()  # on more lines at 20 points: one line made the page scroll sideways
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.run_btn)
        bottom = StackingRow([(self.code, 1), (self.code_all_btn, 0)])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.table, 1)
        layout.addWidget(bottom)
        layout.addWidget(self.status)
        self.hits: list[Hit] = []
        self._titles: dict[str, tuple[str, dt.date | None]] = {}
        self._codes: dict[str, tuple[str, dict[str, str]]] = {}  # a memo on a code: the code, its names
        self.shown = common.ShownRead(ctx, self.status, common.SPEECH, lambda: self._show(([], {}, {})))
        self.shown_reads = (self.shown,)

    def retranslate(self) -> None:
        self.query_hint.set_hint(self.tr("Words to find"))
        self.rule.setText(self.tr("Every word must occur; end a word with * to find the words it begins."))
        self.query.setAccessibleDescription(self.rule.text())
        self.query.setAccessibleName(self.tr("Search"))
        self.run_btn.setText(self.tr("Search"))
        self.code_all_btn.setText(self.tr("Code all hits"))
        self.code.setAccessibleName(self.tr("Code to apply to every hit"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()

    def reload_codes(self, data: common.ReportsData) -> None:
        common.fill_code_combo(self.code, data.codes, str(self.ctx.language.language), data.merged)

    def _where(self, hit: Hit) -> str:
        kinds = {"transcript_turn": self.tr("Transcript"), "agenda_item": self.tr("Agenda"),
                 "decision": self.tr("Decision"), "session": self.tr("Session"), "memo": self.tr("Memo"),
                 "coded_segment": self.tr("Memo on a coding")}
        kind = kinds.get(hit.doc_table, hit.doc_table)
        if hit.doc_id in self._codes:  # said which code: "Memo" alone left the reader guessing
            name = self._codes[hit.doc_id][1].get(str(self.ctx.language.language), "")
            return self.tr("Memo on the code %1").replace("%1", name)
        found = self._titles.get(hit.session_id)
        if found is None:  # a memo on a code belongs to no session
            return kind
        # With its date, as Retrieval names it: "Basra focus group" twice was two sessions read as one.
        name = common.session_name(*found)
        return f"{name}{separator()}{kind}" if name else kind

    def run(self) -> None:
        text = self.query.text()
        if search.parse_query(text).empty:
            # Harakat, tatweel and invisible marks are folded away: such a query holds no word, and
            # "0 documents" read as if the texts had been looked through. Nothing is run or listed.
            self.shown.forget_read()
            self.hits, self._titles, self._codes = [], {}, {}
            self.model.set_rows([])
            if text.strip():
                say(self.status, lambda: self.tr(
                    "Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing."))
            else:
                say(self.status, lambda: self.tr("Type the words to find."))
            return

        def work(s: OrmSession) -> Found:
            with self.ctx.store.transaction() as t:  # what bundles brought since, indexed once and kept
                search.catch_up_index(t)
            hits = search.search(s, text, limit=SHOWN + 1)  # one more: whether there are more than shown
            ids = {h.session_id for h in hits if h.session_id}
            titles = {x.id: (x.title, x.date) for x in s.query(Session).filter(Session.id.in_(ids))} if ids else {}
            return hits, titles, code_memos.codes_of(s, (h.doc_id for h in hits if h.doc_table == "memo"))

        self.shown.run(work, self._show)

    def _show(self, result: Found) -> None:
        found, self._titles, self._codes = result
        self.hits = found[:SHOWN]
        self.model.set_rows(self.hits)
        self.table.resizeRowsToContents()
        shown = len(self.hits)  # said again in the language and digits switched to
        if len(found) > SHOWN:
            # After a day's bundles a common word is in thousands of turns: "200 documents" read as the
            # count, and Code all hits as coding every one of them.
            say(self.status, lambda: self.tr(
                "Only the first %1 documents are shown (and Code all hits codes only these): more match. "
                "Add words to narrow the search.").replace("%1", self.ctx.language.format_number(shown)))
            return
        say(self.status, lambda: self.ctx.language.count_digits(self.tr("%n document(s)", "", shown), shown))

    def code_all(self) -> None:
        """Code every hit with the chosen code, on the DB worker; the status line says how many. Words
        changed or erased since the search (an edit, a withdrawal) are left alone and counted."""
        code_id = self.code.currentData()
        codable = [h for h in self.hits if h.doc_table in coding.DOC_FIELDS and h.doc_field in coding.DOC_FIELDS[h.doc_table][1]]
        if not codable:  # no search yet, or only titles and memos found: the button did nothing
            say(self.status, lambda: self.tr("No hit here can be coded: only the words of transcripts, agenda "
                                             "notes, decisions and summaries are."))
            return
        if not code_id:
            say(self.status, lambda: self.tr("Choose the code to apply to every hit."))
            return
        found = [(h.doc_table, h.doc_id, h.doc_field, a, b, h.text[a:b]) for h in codable for a, b in h.highlights]
        user = self.ctx.user_name

        def coded(result: coding.Autocoded) -> None:
            def words() -> str:
                lang = self.ctx.language
                text = lang.count_digits(self.tr("%n new segment(s) coded", "", result.created), result.created)
                if result.stale:
                    text += "\n" + lang.count_digits(self.tr(
                        "%n hit(s) left out: the text changed after the search. Search again to code them.", "",
                        result.stale), result.stale)
                return text

            say(self.status, words)

        CollectionOp(self.ctx, lambda s: coding.autocode_found(s, code_id, found, user)).success(coded) \
            .failure(self._not_coded).run_in_background()

    def _not_coded(self, exc: BaseException) -> None:
        """Nothing was coded (one transaction): said in one line, never the database's own words."""
        if isinstance(exc, CodebookError):  # deleted or merged meanwhile (the Codebook page, a team update)
            say(self.status, lambda: self.tr("No hit was coded: the code chosen no longer exists (it was deleted "
                                             "or merged). Choose another code."))
        elif isinstance(exc, EnvironmentProblem):  # another program holds the database, a full disk
            reason = reason_of(exc)
            say(self.status, lambda: self.tr("No hit was coded: %1 Try again.").replace(
                "%1", environment_reason(reason)))
        else:
            raise exc

    def jump(self, index: QModelIndex) -> None:
        hit = index.data(RowRole)
        if isinstance(hit, Hit) and hit.doc_id in self._codes:
            self.ctx.events.openCode.emit(self._codes[hit.doc_id][0])  # on the Codebook page
        elif isinstance(hit, Hit) and hit.session_id:  # a memo on a coding: at that coding, its memo beside it
            self.ctx.events.openCoding.emit(hit.session_id, hit.doc_id if hit.doc_table == "coded_segment" else "")
