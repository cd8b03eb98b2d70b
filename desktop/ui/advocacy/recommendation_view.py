"""One recommendation: its texts, its status history, who supports it, the survey figures and the quotes.

Every quote opens its session in the coding window at the quoted words. Evidence is added from a
code (the whole code, a saved query) or from one of the code's segments.

The view is made of parts, each in its own module: its form and Save (recommendation_form.py, the text
boxes in text_box.py), the status history (status_history.py) and the evidence links
(evidence_links.py); who supports it and the quotes are here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import retrieval, support, support_query
from desktop.core.recommendations import RecommendationError
from desktop.ui.advocacy.brief_button import BriefButton
from desktop.ui.advocacy.evidence_links import EvidenceLinks
from desktop.ui.advocacy.loaders import Detail, detail, link_rows
from desktop.ui.advocacy.recommendation_form import RecommendationForm
from desktop.ui.advocacy.status_history import StatusHistory
from desktop.ui.advocacy.table_model import PagedRowsModel, WidthFitter, make_table, while_alive
from desktop.ui.advocacy.view_words import role_explanation, support_lines
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.widgets.done_line import done_line
from desktop.ui.widgets.free_text import FreeTextEdit
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.scroll_frame import ColumnScrollArea
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class RecommendationView(RecommendationForm, StatusHistory, EvidenceLinks, ColumnScrollArea):
    """The right-hand side of the Recommendations tab. It keeps the width its fields need: the splitter
    beside the list gave it 410 logical pixels on a 1366x768 laptop at 150 %, and the English fields
    were cut off at their end."""

    saved = Signal(str)  # the recommendation's id, after a save that created or changed it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec_id: str | None = None
        self.current: Detail | None = None
        self.may_change = True  # False on a facilitator's laptop: recommendations are the coordinators'
        self.setWidgetResizable(True)
        # No Tab stop of its own: Tab stopped on the view itself, nameless (a screen reader says only
        # "scroll area"), between "New recommendation" and the first title. The fields are the stops, and
        # the scroll area brings the one Tab reaches into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self)
        self.setWidget(body)
        self.role_note = WordWrapLabel(body)
        self.role_note.setStyleSheet("background: #fff4ce; padding: 6px")
        self.role_note.hide()
        self.build_form(body)  # recommendation_form.py
        self.brief_button = BriefButton(ctx, lambda: self.rec_id if self.current is not None else None, body,
                                        number=lambda: self.current.number if self.current is not None else None)
        self.notice = done_line(WordWrapLabel(body))  # what the brief button did, or that the one shown was deleted elsewhere
        self.brief_button.message.connect(lambda words: say(self.notice, words))
        self.build_history(body)  # status_history.py
        # --- support
        self.support_box = QGroupBox(body)
        self.support_label = WordWrapLabel(body)
        self.support_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.survey_label = WordWrapLabel(body)
        support_layout = QVBoxLayout(self.support_box)
        support_layout.addWidget(self.support_label)
        support_layout.addWidget(self.survey_label)
        # --- quotes
        self.quotes_box = QGroupBox(body)
        self.quotes_model = PagedRowsModel([
            (lambda: self.tr("Quote"), lambda q: self.tr(  # the stored words may be what an edit took out
                "(edited since it was coded: review the coding before quoting it)") if q.needs_review else q.text),
            (lambda: self.tr("In the brief"), self._in_brief),
            (lambda: self.tr("Speaker"), lambda q: retrieval.speaker_name(q, str(ctx.language.language)) or (  # a turn without a participant: the facilitator
                self.tr("Facilitator") if q.doc_table == "transcript_turn" else "")),
            (lambda: self.tr("Session"), lambda q: q.session_title),
        ], self)
        self.quotes = make_table(body, self.quotes_model, fit=False)
        # The words take the room the others leave; a speaker's code is never cut (it tells who said it).
        self.quotes_fit = WidthFitter(self.quotes, whole=(2,))
        self.quotes.doubleClicked.connect(lambda index: self.open_quote(index.row()))
        self.open_button = QPushButton(body)
        self.open_button.clicked.connect(lambda: self.open_quote(self.quotes.currentIndex().row()))
        quotes_layout = QVBoxLayout(self.quotes_box)
        quotes_layout.addWidget(self.quotes)
        quotes_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.build_evidence(body)  # evidence_links.py
        layout = QVBoxLayout(body)
        layout.addWidget(self.role_note)
        layout.addLayout(self.form)
        layout.addWidget(StackingRow([(self.save_button, 0), (self.brief_button, 0), (self.error, 1)], body))
        layout.addWidget(self.notice)
        for box in (self.history_box, self.support_box, self.quotes_box, self.evidence_box):
            layout.addWidget(box)
        layout.addStretch(1)
        # Remove status and Remove evidence act on the table's current row: disabled while there is
        # none. Before, they did nothing without saying why.
        for table in (self.history, self.links):
            table.selectionModel().currentChanged.connect(lambda *_a: self._enable_removals())
            table.selectionModel().selectionChanged.connect(lambda *_a: self._enable_removals())
            table.model().modelReset.connect(self._enable_removals)
        self._fit_tables()
        self.retranslate()
        self.show_detail(None)

    def _fit_tables(self) -> None:
        """The status history four rows high and the evidence three, in rows of the current font (more
        rows scroll). They were at most 150 and 140 pixels whatever the font: at 24 points the history
        showed one row and a half and the evidence one, each behind a scroll bar."""
        line = self.fontMetrics().height()
        row = max(line + 4, 30)  # as Qt makes a table's rows: the line and the header's margins, 30 at least
        for table, rows in ((self.history, 4), (self.links, 3)):
            frame = 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
            # The header may hear of the new font after the view does: measured on the view's font too.
            header = max(table.horizontalHeader().sizeHint().height(), line + 8)
            table.setFixedHeight(header + rows * row + frame)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_tables()
            self.quotes_fit.later()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.quotes_fit.later()  # the quotes' columns share the new width

    # --- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslate_form()
        self.retranslate_history()
        self.support_box.setTitle(self.tr("Who supports it"))
        self.quotes_box.setTitle(self.tr("Quotes that may be used"))
        self.quotes.setAccessibleName(self.tr("Quotes that may be used"))
        self.open_button.setText(self.tr("&Open in context"))
        self.retranslate_evidence()
        self._show_role()
        for w in self._coordinator_controls():
            w.setToolTip("" if self.may_change else self.role_explanation())
        for model in (self.history_model, self.quotes_model, self.links_model):
            model.retranslate()
        self.reload_codes()
        # The recommendation chosen (rec_id), read again for the titles, labels and survey lines of the new
        # language: not the one shown (current), which is still the one before while a newly chosen one is
        # being read; reading that again dropped the choice (the view and the list went back to it).
        # What is being typed in the fields stays: the language changed, not the recommendation.
        if self.current is not None and self.current.id == self.rec_id:
            self.show_detail(self.current, keep_fields=True)
        if self.rec_id is not None:
            self.load(self.rec_id, keep_fields=self.current is not None and self.current.id == self.rec_id)

    def draft_explanation(self) -> str:
        return self.tr("This recommendation was drafted on this laptop before it joined the team. It stays here as "
                       "a local draft and is not sent to the team. To propose it, give a coordinator its evidence "
                       "brief.")

    def _show_role(self) -> None:
        """The note over the form: a local draft says so; a facilitator's laptop says who changes them."""
        draft = self.current is not None and self.current.local_draft
        self.role_note.setText(self.draft_explanation() if draft else self.role_explanation())
        self.role_note.setVisible(draft or not self.may_change)
        for w in (self.link_code_button, self.link_segment_button):
            w.setEnabled(not draft)
        self._enable_removals()

    def _enable_removals(self) -> None:
        """Remove status: a coordinator's, with a status chosen; Remove evidence: not on a local draft,
        with a link chosen."""
        draft = self.current is not None and self.current.local_draft
        self.remove_status_button.setEnabled(self.may_change and self._status_row() is not None)
        self.unlink_button.setEnabled(not draft and self._link_row() is not None)

    def role_explanation(self) -> str:
        return role_explanation()

    # --- who may change them -----------------------------------------------------------------------

    def _coordinator_controls(self) -> list[QWidget]:
        return [self.save_button, self.status_combo, self.status_date, self.status_source, self.status_note,
                self.add_status_button, self.remove_status_button]

    def set_may_change(self, may: bool) -> None:
        """Read-only texts and no status controls on a facilitator's laptop (``recommendations.may_change``)."""
        self.may_change = may
        self._show_role()
        for edit in self.fields.values():
            edit.setReadOnly(not may)
        for w in self._coordinator_controls():
            w.setEnabled(may)
            w.setToolTip("" if may else self.role_explanation())
        self._enable_removals()

    # --- loading -----------------------------------------------------------------------------------

    def load(self, rec_id: str | None, *, keep_fields: bool = False) -> None:
        """Show a recommendation (None: an empty form for a new one); the reading runs on the worker.
        ``keep_fields``: read again after a change elsewhere, leaving what is being typed in the fields."""
        self.rec_id = rec_id
        if not keep_fields:
            self.form_shown += 1  # a save still on its way no longer shows its recommendation here
        self.error.clear()
        self.status_error.set_error("")
        if rec_id is None:
            self.show_detail(None)
            return
        lang, digits = self.ctx.language.language, self.ctx.language.digits
        def loaded(d: Detail) -> None:
            if d.id == self.rec_id:
                self.show_detail(d, keep_fields=keep_fields)

        QueryOp(self.ctx, lambda s: detail(s, rec_id, lang, digits), while_alive(self, loaded)).failure(
            while_alive(self, lambda error: self._not_read(rec_id, error))).run_in_background()

    def _not_read(self, rec_id: str, error: BaseException) -> None:
        """The recommendation shown could not be read: deleted elsewhere (a team update, majlis-cli,
        another window), perhaps while typed about. The form empties, no longer without a word."""
        if rec_id != self.rec_id:
            return  # another recommendation chosen meanwhile: its form stays
        typed = self.has_typed()
        self.rec_id = None  # Save no longer aims at what is gone
        self.show_detail(None)
        if not (isinstance(error, RecommendationError) and error.code == "unknown_recommendation"):
            return
        translate = QCoreApplication.translate  # under Save, the whole line (the row beside it is short)
        say(self.notice, (lambda: translate(
            "RecommendationView", "The recommendation you were typing in was deleted elsewhere (a team update, "
            "majlis-cli or another window): what you typed was not saved.")) if typed else (lambda: translate(
                "RecommendationView", "The recommendation shown was deleted elsewhere (a team update, majlis-cli "
                "or another window).")))

    def show_detail(self, d: Detail | None, *, keep_fields: bool = False) -> None:
        if d is None or self.current is None or d.id != self.current.id:
            self.notice.clear()  # it spoke of another recommendation's brief
        self.current = d
        for key, edit in () if keep_fields and d is not None else self.fields.items():
            value = d.fields.get(key, "") if d else ""
            if isinstance(edit, FreeTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
                # setText leaves the cursor at the end, and a title longer than its box (24 points, a
                # window not maximised) then showed its last words, cut before them: show its start.
                edit.setCursorPosition(0)
        if not keep_fields or d is None:
            self.filled()
        enabled = d is not None
        for w in (self.history_box, self.support_box, self.quotes_box, self.evidence_box, self.brief_button):
            w.setEnabled(enabled)
        self.history_model.set_rows(d.history if d else [])
        # A recommendation may stand on thousands of segments: quotes and links come a page at a time.
        if d is None or d.quote_query is None:
            self.quotes_model.set_rows([])
            self.links_model.set_rows([])
        else:  # the quotes the brief may use: never the facilitator's own turns (loaders.detail)
            query, rec_id, lang = d.quote_query, d.id, self.ctx.language.language
            self.quotes_model.set_page(d.quotes, d.quote_count, self._reader(
                lambda s, offset: support.quote_page(s, query, offset)))
            self.links_model.set_page(d.links, d.link_count, self._reader(
                lambda s, offset: link_rows(s, rec_id, lang, offset)))
        self.support_label.setText(self.support_text(d) if d else "")
        self.survey_label.setText("\n".join(d.survey_lines) if d else "")
        self._show_role()

    def _reader(self, read: Callable[[Any, int], list[Any]]) -> Callable[[int, Callable[[list[Any]], None]], None]:
        """A model's next page, read on the DB worker."""
        def read_more(offset: int, deliver: Callable[[list[Any]], None]) -> None:
            QueryOp(self.ctx, lambda s: read(s, offset), while_alive(self, deliver)).run_in_background()

        return read_more

    def support_text(self, d: Detail) -> str:
        sup, language = d.support, self.ctx.language
        lines = support_lines(sup, language)
        if sup.withdrawn:
            lines.append(language.count_digits(self.tr(
                "Withdrawn: %n linked segment(s) left out (their speakers withdrew).", "", sup.withdrawn), sup.withdrawn))
        if sup.not_quotable:
            lines.append(language.count_digits(self.tr(
                "Not quotable: %n segment(s) count but may not be quoted.", "", sup.not_quotable), sup.not_quotable))
        return "\n".join(lines)

    def _in_brief(self, quote: retrieval.Retrieved) -> str:
        """Whether the evidence brief prints this quote, and if not, why: the page lists every quote that
        may be used, the brief prints a few of them (support_query.choose, the brief's own rule)."""
        if self.current is None:
            return ""
        choice = self.current.brief
        verdict = choice.verdict(quote.segment_id)
        if verdict == support_query.IN_BRIEF:
            return self.tr("Yes")
        if verdict == support_query.TO_REVIEW:
            return self.tr("No: not until its coding is reviewed")
        if verdict == support_query.REPEATED:
            return self.tr("No: the same words are quoted once")
        if verdict == support_query.FACILITATOR:
            return self.tr("No: the facilitator's own words")
        return self.tr("No: the brief quotes %1 at most").replace(
            "%1", self.ctx.language.format_number(choice.limit))

    # --- acts --------------------------------------------------------------------------------------

    def _change(self, op: Any, then: Callable[[], object] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> None:
        rec_id = self.rec_id
        if rec_id is None:
            return
        def done(_value: Any) -> None:
            if then is not None:
                then()
            self.saved.emit(rec_id)
            self.load(rec_id, keep_fields=True)  # a status or a link added: what is typed above stays

        CollectionOp(self.ctx, op).success(while_alive(self, done)).failure(
            while_alive(self, failed or self._failed)).run_in_background()

    def open_quote(self, row: int) -> None:
        """The quote in its session, in context: the coding window opened at the quoted words."""
        if self.current is None or not 0 <= row < len(self.quotes_model.rows):
            return
        from desktop.ui.coding.window import open_coding_window  # the coding window: a heavy import

        quote = self.quotes_model.rows[row]
        open_coding_window(self.ctx, quote.session_id, quote.segment_id)
