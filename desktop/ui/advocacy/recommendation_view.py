"""One recommendation: its texts, its status history, who supports it, the survey figures and the quotes.

Every quote opens its session in the coding window at the quoted words. Evidence is added from a
code (the whole code, a saved query) or from one of the code's segments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import codebook, recommendations, retrieval, support, support_query
from desktop.core.models import Recommendation, RecommendationStatus
from desktop.core.recommendations import LANGUAGES, STATUSES
from desktop.ui.advocacy.brief_button import BriefButton
from desktop.ui.advocacy.loaders import Detail, detail, link_rows
from desktop.ui.advocacy.table_model import PagedRowsModel, RowsModel, WidthFitter, make_table, while_alive
from desktop.ui.advocacy.view_words import role_explanation, status_word, support_lines
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp, QueryOp, read_now
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.free_text import FreeTextEdit
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.scroll_frame import ColumnScrollArea
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.text_limits import limit_line
from desktop.ui.widgets.text_lines import lines_height


class TextBox(FreeTextEdit):
    """A recommendation's text in one language: three lines of the current font high, measured again
    when the font changes. It was 60 pixels whatever the font: with Settings → Font size at 16 points
    and more, less than one line showed, cut through the middle, behind a scroll bar."""

    LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(lines_height(self, self.LINES))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class RecommendationView(ColumnScrollArea):
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
        self.role_note = QLabel(body)
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("background: #fff4ce; padding: 6px")
        self.role_note.hide()
        # --- the recommendation's fields
        self.fields: dict[str, QLineEdit | FreeTextEdit] = {}
        self.form = QFormLayout()
        # A label above its field where the side is too narrow for both on one line (24 points beside the
        # list in a window not maximised); side by side, as before, wherever they fit.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_labels: dict[str, QLabel] = {}
        for key in (*(f"title_{lang}" for lang in LANGUAGES), *(f"text_{lang}" for lang in LANGUAGES),
                    "target_law", "target_article", "authority"):
            edit: QLineEdit | FreeTextEdit = TextBox(body) if key.startswith("text_") else QLineEdit(body)
            if isinstance(edit, QLineEdit):
                limit_line(edit, Recommendation, key)
            self.fields[key] = edit
            self.form_labels[key] = QLabel(body)
            self.form_labels[key].setBuddy(edit)
            self.form.addRow(self.form_labels[key], edit)
        self.error = QLabel(body)
        self.error.setStyleSheet("color: #b00020")
        self.save_button = QPushButton(body)
        self.save_button.clicked.connect(self.save)
        self.brief_button = BriefButton(ctx, lambda: self.rec_id if self.current is not None else None, body,
                                        number=lambda: self.current.number if self.current is not None else None)
        self.notice = QLabel(body)  # what the brief button did
        self.notice.setWordWrap(True)
        self.brief_button.message.connect(lambda words: say(self.notice, words))
        # --- status history
        self.history_box = QGroupBox(body)
        self.history_model = RowsModel([
            (lambda: self.tr("Date"), lambda h: self.ctx.language.format_date(h.date) if h.date else ""),
            (lambda: self.tr("Status"), lambda h: status_word(h.status)),
            (lambda: self.tr("Source"), lambda h: h.source),
            (lambda: self.tr("Note"), lambda h: h.note),
        ], self)
        self.history = make_table(body, self.history_model)
        self.status_combo = QComboBox(body)
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
        # --- support
        self.support_box = QGroupBox(body)
        self.support_label = QLabel(body)
        self.support_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.survey_label = QLabel(body)
        for label in (self.support_label, self.survey_label):
            label.setWordWrap(True)
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
        # --- evidence
        self.evidence_box = QGroupBox(body)
        self.links_model = PagedRowsModel([
            (lambda: self.tr("Evidence"), lambda link: self._kind_word(link.kind)),
            (lambda: self.tr("What"), lambda link: link.description),
        ], self)
        self.links = make_table(body, self.links_model, fit=False)
        self.code_combo = QComboBox(body)
        self.link_code_button = QPushButton(body)
        self.link_code_button.clicked.connect(self.link_code)
        self.segment_combo = QComboBox(body)
        for combo in (self.code_combo, self.segment_combo):
            # A segment is listed with up to 90 characters of its words: sized to them, the box made the
            # whole view wider than the room beside the list at the window's first size, and every field
            # above it was cut off behind a horizontal scroll bar (an English title lost its start in
            # a right-to-left screen). The boxes take the row's width; the list shows the whole text.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.code_combo.currentIndexChanged.connect(lambda _i: self._load_segments())
        self.link_segment_button = QPushButton(body)
        self.link_segment_button.clicked.connect(self.link_segment)
        self.unlink_button = QPushButton(body)
        self.unlink_button.clicked.connect(self.unlink)
        evidence_layout = QVBoxLayout(self.evidence_box)
        evidence_layout.addWidget(self.links)
        evidence_layout.addWidget(StackingRow([(self.code_combo, 1), (self.link_code_button, 0),
                                               (self.unlink_button, 0)], body))
        evidence_layout.addWidget(StackingRow([(self.segment_combo, 1), (self.link_segment_button, 0)], body))
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

    def _kind_word(self, kind: str) -> str:
        return {"segment": self.tr("coded segment"), "code": self.tr("whole code"), "survey": self.tr("survey figure")}.get(kind, kind)

    def retranslate(self) -> None:
        names = {"ar": self.tr("Arabic"), "ckb": self.tr("Kurdish"), "en": self.tr("English")}
        for lang in LANGUAGES:
            self.form_labels[f"title_{lang}"].setText(self.tr("Title (%1)").replace("%1", names[lang]))
            self.form_labels[f"text_{lang}"].setText(self.tr("Text (%1)").replace("%1", names[lang]))
            self.fields[f"title_{lang}"].setAccessibleName(self.tr("Title (%1)").replace("%1", names[lang]))
            self.fields[f"text_{lang}"].setAccessibleName(self.tr("Text (%1)").replace("%1", names[lang]))
        self.form_labels["target_law"].setText(self.tr("&Law"))
        self.form_labels["target_article"].setText(self.tr("A&rticle"))
        self.form_labels["authority"].setText(self.tr("Responsible &authority"))
        self.fields["target_law"].setAccessibleName(self.tr("Law"))
        self.fields["target_article"].setAccessibleName(self.tr("Article"))
        self.fields["authority"].setAccessibleName(self.tr("Responsible authority"))
        self.save_button.setText(self.tr("&Save recommendation"))
        self.history_box.setTitle(self.tr("Status history"))
        self.history.setAccessibleName(self.tr("Status history"))
        current = self.status_combo.currentData()
        self.status_combo.clear()
        for status in STATUSES:
            self.status_combo.addItem(status_word(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.setAccessibleName(self.tr("New status"))
        self.status_date.setAccessibleName(self.tr("Date of the status"))
        self.status_source.setPlaceholderText(self.tr("Source of the news"))
        self.status_source.setAccessibleName(self.tr("Source of the news"))
        self.status_note.setPlaceholderText(self.tr("Note"))
        self.status_note.setAccessibleName(self.tr("Note"))
        self.add_status_button.setText(self.tr("Add s&tatus"))
        self.remove_status_button.setText(self.tr("Remove status"))
        self.support_box.setTitle(self.tr("Who supports it"))
        self.quotes_box.setTitle(self.tr("Quotes that may be used"))
        self.quotes.setAccessibleName(self.tr("Quotes that may be used"))
        self.open_button.setText(self.tr("&Open in context"))
        self.evidence_box.setTitle(self.tr("Evidence"))
        self.links.setAccessibleName(self.tr("Evidence"))
        self.code_combo.setAccessibleName(self.tr("Code"))
        self.segment_combo.setAccessibleName(self.tr("Coded segment"))
        self.link_code_button.setText(self.tr("Link whole &code"))
        self.link_segment_button.setText(self.tr("Link this seg&ment"))
        self.unlink_button.setText(self.tr("Remove evidence"))
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

    def _status_row(self) -> RecommendationStatus | None:
        row: RecommendationStatus | None = self.history_model.row_at(self.history.currentIndex())
        return row

    def _link_row(self) -> Any | None:
        return self.links_model.row_at(self.links.currentIndex())

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
            while_alive(self, lambda _e: self.show_detail(None))).run_in_background()

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

    def reload_codes(self) -> None:
        """The codes to link, read again when the codebook changes (the page calls this). The code
        chosen stays; one merged away is followed to the code that absorbed it, one deleted leaves
        none chosen (falling back to the first code would link one never chosen)."""
        lang = self.ctx.language.language
        current = self.code_combo.currentData()

        def read(s: Any) -> tuple[list[tuple[str, str]], str | None]:
            codes = [(c.id, codebook.display_name(c, lang)) for c in codebook.live_codes(s)]
            return codes, codebook.resolve(s, str(current)) if current else None

        codes, chosen = read_now(self.ctx, read)
        self.code_combo.blockSignals(True)
        self.code_combo.clear()
        for code_id, name in codes:
            self.code_combo.addItem(name, code_id)
        self.code_combo.setCurrentIndex(self.code_combo.findData(chosen) if chosen else 0)
        self.code_combo.blockSignals(False)
        self._load_segments()

    def _load_segments(self) -> None:
        code_id = self.code_combo.currentData()
        self.segment_combo.clear()
        if not code_id:
            return

        def fill(items: list[retrieval.Retrieved]) -> None:
            if self.code_combo.currentData() != code_id:
                return
            self.segment_combo.clear()
            # A segment whose words were edited since it was coded is listed last, marked as the quotes
            # table marks it ("No: not until its coding is reviewed"), without its words: they may be
            # what the edit took out. It was listed among the others with its words as coded, unmarked.
            for item in sorted(items, key=lambda i: i.needs_review):  # sorted() keeps reading order
                if item.needs_review:
                    words = self.tr("%1, %2: edited since it was coded, not in the brief until its coding is "
                                    "reviewed").replace("%1", item.speaker or "—").replace("%2", item.session_title)
                else:
                    words = f"{item.speaker or '—'}: {item.text[:90]}"
                self.segment_combo.addItem(words, item.segment_id)
                if item.needs_review:
                    self.segment_combo.setItemData(self.segment_combo.count() - 1, self.tr(
                        "Open its session in the coding window and move the coding onto the words as they read "
                        "now: then the brief may quote it."), Qt.ItemDataRole.ToolTipRole)

        QueryOp(self.ctx, lambda s: retrieval.quotes(s, [code_id], include_subcodes=False), while_alive(self, fill)).run_in_background()

    # --- acts --------------------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        return {key: (e.toPlainText() if isinstance(e, FreeTextEdit) else e.text()) for key, e in self.fields.items()}

    def save(self) -> None:
        values, rec_id = self._values(), self.rec_id

        def op(s: Any) -> str:
            if rec_id:
                return recommendations.update(s, rec_id, values).id
            return recommendations.create(s, values).id

        def done(new_id: str) -> None:
            self.error.clear()
            self.rec_id = new_id
            self.saved.emit(new_id)
            self.load(new_id)

        CollectionOp(self.ctx, op).success(while_alive(self, done)).failure(while_alive(self, self._failed)).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self._refused(exc, lambda words: say(self.error, words))

    def _status_failed(self, exc: BaseException) -> None:
        """A status added or removed and refused: said under the status controls, in sight."""
        self._refused(exc, self.status_error.set_error)
        self.ensureWidgetVisible(self.status_error)
        if isinstance(exc, recommendations.RecommendationError) and exc.code == "future_date":
            self.status_date.setFocus()  # the date to put right

    def _refused(self, exc: BaseException, show: Callable[[Callable[[], str]], None]) -> None:
        if isinstance(exc, recommendations.RecommendationError) and exc.code == "local_draft":
            show(self.draft_explanation)
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "future_date":
            show(lambda: self.tr("A status cannot be dated in the future: give the date it happened."))
        elif isinstance(exc, recommendations.RecommendationError) and exc.code == "title_required":
            show(lambda: self.tr("A recommendation needs a title in at least one language."))
        elif isinstance(exc, recommendations.RecommendationError):
            show(lambda: self.tr("This could not be saved."))
        else:
            raise exc

    def _change(self, op: Any, then: Callable[[], object] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> None:
        rec_id = self.rec_id
        if rec_id is None:
            return
        def done(_value: Any) -> None:
            if then is not None:
                then()
            self.saved.emit(rec_id)
            self.load(rec_id)

        CollectionOp(self.ctx, op).success(while_alive(self, done)).failure(
            while_alive(self, failed or self._failed)).run_in_background()

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
        if row.date:
            question = self.tr("Remove the status '%1' of %2?").replace("%1", status_word(row.status)).replace(
                "%2", self.ctx.language.format_date(row.date))
        else:
            question = self.tr("Remove the status '%1'?").replace("%1", status_word(row.status))
        if confirm_removal(self, self.tr("Remove status"), question):
            status_id = row.id
            self.status_error.set_error("")
            self._change(lambda s: recommendations.delete_status(s, status_id), failed=self._status_failed)

    def link_code(self) -> None:
        code_id, rec_id = self.code_combo.currentData(), self.rec_id
        if code_id:
            self._change(lambda s: recommendations.link_code(s, str(rec_id), code_id))

    def link_segment(self) -> None:
        segment_id, rec_id = self.segment_combo.currentData(), self.rec_id
        if segment_id:
            self._change(lambda s: recommendations.link_segment(s, str(rec_id), segment_id))

    def unlink(self) -> None:
        """The chosen evidence link, after a question naming its kind (No is the default). The link's
        description is not in the question: it may be a participant's words."""
        row = self._link_row()
        if row is None:
            return
        question = self.tr("Remove this evidence link (%1)?").replace("%1", self._kind_word(row.kind))
        if confirm_removal(self, self.tr("Remove evidence"), question):
            link_id = row.id
            self._change(lambda s: recommendations.unlink(s, link_id))

    def open_quote(self, row: int) -> None:
        """The quote in its session, in context: the coding window opened at the quoted words."""
        if self.current is None or not 0 <= row < len(self.quotes_model.rows):
            return
        from desktop.ui.coding.window import open_coding_window  # the coding window: a heavy import

        quote = self.quotes_model.rows[row]
        open_coding_window(self.ctx, quote.session_id, quote.segment_id)
