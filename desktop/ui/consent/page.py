"""The Consent page: forms and their versions, the consent register, withdrawals and printouts."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent, consent_changes, consent_views, form_publishers
from desktop.i18n.normalise import normalise_for_search
from desktop.ui.consent import print_flow, withdrawal_flow
from desktop.ui.consent.empty_lists import EmptyConsentLists
from desktop.ui.consent.page_models import RegisterModel, TemplatesModel, TurnsModel, form_label, session_text
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.register_box import RegisterActions, RegisterBox
from desktop.ui.consent.retention_box import RetentionBox
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.operations import QueryOp, read_now
from desktop.ui.page_base import Page
from desktop.ui.widgets.asked_once import answer_of, show_once
from desktop.ui.widgets.done_line import done_line
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.search_letters import say_if_only_marks
from desktop.ui.widgets.splitter import Splitter
from desktop.ui.widgets.stacking_row import StackingRow
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.table_rows import keep_rows_shown
from desktop.ui.widgets.team_row_note import TeamRowNote
from desktop.ui.widgets.text_direction import cells_follow_their_text
from desktop.ui.widgets.wheel_guard import ChoiceBox
from desktop.ui.widgets.whole_hint import keep_hint_whole
from desktop.ui.widgets.word_wrap_label import LineWhileSaid, WordWrapLabel
from desktop.ui.widgets.wrapped_title_box import WrappedTitleBox

FITTED_ROWS = 50  # rows the register's columns are fitted to (those on screen first)
STATUS_COLUMN = RegisterModel.headers.index("Status")
CONSENT_TABLES = {"consent_template", "consent_clause", "consent_record", "participant", "transcript_turn"}


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    cells_follow_their_text(view)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)
    return view


class ConsentPage(Page):
    key = "consent"
    loaded = Signal()
    printed = Signal(object)  # the printout's Path, or None when none was written (cancelled, or no file taken)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.all_rows: list[consent.RegisterRow] = []
        self.missing = WordWrapLabel()
        self.missing.setObjectName("missing_templates")
        self.missing.setVisible(False)

        self.session_filter = ChoiceBox()
        self.session_filter.setObjectName("session_filter")
        self.text_filter = QLineEdit()
        self.text_hint = keep_hint_whole(self.text_filter)  # "Filter by pseudonym" whole, not "Filter by…"
        self.text_filter.setObjectName("pseudonym_filter")
        # Only marks typed (harakat, tatweel, direction marks): nothing to look for; every record was
        # listed, as if nothing had been typed, without a word.
        self.filter_error = FieldError()
        self.filter_error.describe(self.text_filter)
        self.status_filter = ChoiceBox()
        self.status_filter.setObjectName("status_filter")
        for widget in (self.session_filter, self.status_filter):
            widget.currentIndexChanged.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._apply_filter)
        self.register = RegisterModel()
        self.register_view = _table(self.register, "register")
        # The answers are long ("✓ take part · ✗ audio · …") and their tooltip lists them: a fixed width
        # keeps the date and status of each record on screen instead of scrolled away.
        answers = self.register_view.horizontalHeader()
        answers.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.register_view.setColumnWidth(3, 240)
        # The other columns are fitted to the rows on screen and the fifty nearest, not to a thousand rows
        # (Qt's default) at each fitting: a centre's register of 1,295 records froze the window 2.5 s as the
        # page opened and 1.6 s at each letter typed in the filter.
        answers.setResizeContentsPrecision(FITTED_ROWS)
        # Status (given, refused, withdrawn) next to the pseudonym: as the ninth column it stood past the
        # viewport's edge on a 1366x768 laptop at 150 %, and who had withdrawn was seen only by scrolling.
        answers.moveSection(answers.visualIndex(STATUS_COLUMN), 1)
        self.register_view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.record_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdraw")
        self.print_record_button = QPushButton()
        self.print_register_button = QPushButton()
        self.record_button.clicked.connect(self._record_again)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.print_record_button.clicked.connect(self.print_record)
        self.print_register_button.clicked.connect(self.print_register)
        # On more lines where its words need them, and never wider than the register: a printout's file
        # name (pseudonym and session id, one long word) made the page scroll sideways at 20 points.
        self.status = done_line(LineWhileSaid())  # hidden while it has nothing to say: the rows keep its room
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setObjectName("status")
        # One above the other where the three do not fit side by side (English at 24 points on a laptop
        # at 150 %: 556 pixels in a register 550 wide, and the page scrolled sideways).
        filters = StackingRow([(self.session_filter, 2), (self.text_filter, 1), (self.status_filter, 1)])
        # On the register's title line, as buttons or one Actions menu: under the table they were under the
        # fold at 20 points on a laptop at 150 % (RegisterBox).
        self.register_actions = RegisterActions([self.record_button, self.withdraw_button,
                                                 self.print_record_button, self.print_register_button])
        self.register_box = RegisterBox(self.register_actions)
        reg = self.register_box.box
        reg.addWidget(filters)
        reg.addWidget(self.filter_error)
        # Above the table, not under it: at 20 points on a laptop the register's rows fill the page and
        # "Saved consent-….pdf" under them was out of sight; Print seemed to do nothing.
        reg.addWidget(self.status)
        reg.addWidget(self.register_view, 1)
        # Tab as before: the filters, the register, then what acts on its chosen record.
        chain(self.session_filter, self.text_filter, self.status_filter, self.register_view,
              self.register_actions.more, self.record_button, self.withdraw_button, self.print_record_button,
              self.print_register_button)

        self.turns = TurnsModel()
        self.turns_view = _table(self.turns, "turns")
        self.turns_box = WrappedTitleBox()  # its long title on more lines where the page is narrow
        self.turns_box.box.addWidget(self.turns_view)

        # The forms after the register, on screen and for the keyboard: first, at 20 points on a laptop at
        # 150 % they took the frame's height, the register (what the door needs) under the fold.
        self.templates = TemplatesModel()
        self.templates_view = _table(self.templates, "templates")
        self.new_version = QPushButton()
        self.new_version.setEnabled(False)  # until the page knows whether the chosen form is the team's
        self.new_version.clicked.connect(self._new_version)
        self.templates_box = QGroupBox()
        box = QVBoxLayout(self.templates_box)
        box.addWidget(self.templates_view)
        self.team_note = TeamRowNote()
        self._team_forms: set[str] = set()
        box.addWidget(self.team_note)
        box.addWidget(self.new_version, 0, Qt.AlignmentFlag.AlignLeading)
        self.templates_view.selectionModel().currentChanged.connect(lambda *_: self._template_chosen())
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing)
        # In the page before its three boxes go in: under the application's style sheet, a splitter moved
        # into the page once filled had every widget of the boxes styled again.
        splitter = Splitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self.register_box)
        splitter.addWidget(self.turns_box)
        splitter.addWidget(self.templates_box)
        # The register is what people come here for: it gets the room (it showed one row of four).
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        # Eight rows, the header and a scroll bar can be read without touching the splitter (counted again
        # when the text size changes: "ten rows' height" was worked out once, at the size the page was built).
        keep_rows_shown(self.register_view, 8)
        keep_rows_shown(self.templates_view, 3)  # three forms whole, under the header, above a scroll bar
        self.retention = RetentionBox(ctx, self)
        self.empty_lists = EmptyConsentLists(self)  # what each list says while it is empty
        layout.addWidget(self.retention)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self._selected()
        self.refresh()

    def title(self) -> str:
        return self.tr("Consent")

    def retranslate(self) -> None:
        self.retention.retranslate()
        self.templates_box.setTitle(self.tr("Consent forms"))
        self.templates_view.setAccessibleName(self.tr("Consent forms and versions"))
        self.new_version.setText(self.tr("&New version…"))
        self.register_box.setTitle(self.tr("Consent register"))
        self.register_view.setAccessibleName(self.tr("Consent register"))
        self.text_hint.set_hint(self.tr("Filter by pseudonym"))
        self.text_filter.setAccessibleName(self.tr("Filter by pseudonym"))
        self.session_filter.setAccessibleName(self.tr("Session"))
        self.status_filter.setAccessibleName(self.tr("Status"))
        current = max(0, self.status_filter.currentIndex())
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItems([self.tr("All"), self.tr("Given"), self.tr("Refused"), self.tr("Withdrawn")])
        self.status_filter.setCurrentIndex(current)
        self.status_filter.blockSignals(False)
        if self.session_filter.count():
            self.session_filter.setItemText(0, self.tr("All sessions"))
        self.record_button.setText(self.tr("&Record consent again…"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.print_record_button.setText(self.tr("&Print consent record…"))
        self.print_register_button.setText(self.tr("Print &session register…"))
        self.turns_box.setTitle(self.tr("What this participant said, as shown everywhere"))
        self.turns_view.setAccessibleName(self.tr("Speaker turns of the selected participant"))
        for model in (self.templates, self.register, self.turns):
            model.retranslate()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = self.ctx.language.language  # a device with no label in the "Recorded on" column

        def load(s: OrmSession) -> Any:
            rows = consent.register(s, lang=lang)
            # What changed since the version each one to be asked again agreed to (the mark's tooltip).
            changes = consent_changes.since_last_consents(s, {r.participant_id for r in rows if r.reconsent_needed})
            return (consent_views.templates_with_clause_counts(s), rows, consent.missing_templates(s),
                    consent.team_form_keys(s), changes, form_publishers.laptops_own_forms(s))

        QueryOp(self.ctx, load, self._loaded).failure(self._failed).run_in_background()

    def _loaded(self, result: Any) -> None:
        templates, rows, missing, self._team_forms, self.register.changes, self.templates.owners = result
        self.templates.set_rows(templates)
        self._template_chosen()
        self.all_rows = rows
        self.missing.setVisible(bool(missing))
        count = len(missing)
        # Said again after a switch of language or digits: written once, the line stayed in the language
        # of the first load (Kurdish words on an Arabic screen) with its count in Latin digits.
        say(self.missing, lambda: self.ctx.language.count_digits(self.tr(
            "%n consent form(s) used by records here have not reached this device yet.", "", count), count))
        chosen = self.session_filter.currentData()
        self.session_filter.blockSignals(True)
        self.session_filter.clear()
        self.session_filter.addItem(self.tr("All sessions"), None)
        seen: dict[str, str] = {}
        for r in rows:
            if r.session_id and r.session_id not in seen:
                seen[r.session_id] = session_text(r)
        for sid, title in seen.items():
            self.session_filter.addItem(title, sid)
        index = self.session_filter.findData(chosen)
        self.session_filter.setCurrentIndex(max(0, index))
        self.session_filter.blockSignals(False)
        self._apply_filter()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        say(self.status, lambda: self.tr("The consent register could not be loaded."))

    def _on_changed(self, tables: object) -> None:
        if isinstance(tables, set | frozenset) and tables & CONSENT_TABLES:
            self.refresh()
        if isinstance(tables, set | frozenset) and tables & {"erasure", "participant", "session", "local_state"}:
            self.retention.refresh()

    def _apply_filter(self) -> None:
        sid = self.session_filter.currentData()
        # Folded as the Participants page's search: "P٠٢" typed with an Arabic keyboard's digits found nobody.
        typed = self.text_filter.text().strip()
        text = normalise_for_search(typed).strip()
        marks_only = say_if_only_marks(self.filter_error, typed)
        status = self.status_filter.currentIndex()
        selected = self.selected_row()
        rows = [] if marks_only else [
            r for r in self.all_rows
            if (sid is None or r.session_id == sid) and (not text or text in normalise_for_search(r.pseudonym))
            and (status <= 0 or (status == 1 and not r.refused and not r.withdrawn_at and not r.replaced_at)
                 or (status == 2 and r.refused and not r.replaced_at) or (status == 3 and bool(r.withdrawn_at)))
        ]
        self.register.set_rows(rows)
        if selected is not None:
            self.select_record(selected.record_id)
        self._selected()

    # --- actions ------------------------------------------------------------------------------
    def selected_row(self) -> consent.RegisterRow | None:
        index = self.register_view.currentIndex()
        if not index.isValid():
            return None
        row: consent.RegisterRow = self.register.data(index, Qt.ItemDataRole.UserRole)
        return row

    def select_record(self, record_id: str) -> None:
        # setCurrentIndex, not selectRow: selectRow finds its column by position, which fails in RTL
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        for i, r in enumerate(self.register.rows):
            if r.record_id == record_id:
                self.register_view.selectionModel().setCurrentIndex(self.register.index(i, 0), flags)
                return

    def selected_changed(self) -> None:
        """The buttons enabled and the participant's words shown as the chosen record allows."""
        self._selected()

    def _selected(self) -> None:
        row = self.selected_row()
        for button in (self.record_button, self.withdraw_button, self.print_record_button):
            button.setEnabled(row is not None)
        # Withdrawn from everything: erased for good, so neither withdrawn again nor consented again.
        self.withdraw_button.setEnabled(row is not None and row.withdrawal_scope != "all")
        self.record_button.setEnabled(row is not None and row.withdrawal_scope != "all")
        self.print_register_button.setEnabled(row is not None and row.session_id is not None)
        self.turns.set_rows(
            read_now(self.ctx, lambda s: consent_views.turns_as_shown(s, row.participant_id, row.session_id))
            if row else [])

    def _chosen_key(self) -> str:
        index = self.templates_view.currentIndex()
        return self.templates.rows[index.row()][0].template_key if index.isValid() else "session-consent"

    def _template_chosen(self) -> None:
        """The team's form on a laptop gets no new version here (consent.publish_version refuses it:
        the centre publishes them); the page says so before a whole form text is typed."""
        theirs = self._chosen_key() in self._team_forms
        self.new_version.setEnabled(not theirs)
        self.team_note.setVisible(theirs)

    def _new_version(self) -> None:
        key = self._chosen_key()
        version = answer_of(TemplateEditorDialog(self.ctx, key, self), lambda editor, result: (
            editor.published_version if result == QDialog.DialogCode.Accepted else None))
        if version is not None:
            self._published(key, version)

    def _published(self, key: str, version: int) -> None:
        """Said under the register: the new version, and at the centre that the laptops get it only in a
        team update (a coordinator took publishing here for sending it to the field)."""
        at_centre = read_now(self.ctx, withdrawal_flow.is_centre)

        def words() -> str:  # said again in the language and digits switched to
            line = self.tr("Version %1 of %2 published.")
            if at_centre:
                line = self.tr("Version %1 of %2 published. Publish a team update (Sync page) so that the laptops "
                               "use it too.")
            return line.replace("%1", self.ctx.language.format_number(version)).replace("%2", form_label(key))

        say(self.status, words)

    def _record_again(self) -> None:
        row = self.selected_row()
        if row is not None:
            show_once(ConsentDialog(self.ctx, row.participant_id, row.session_id, self), ConsentDialog.exec_full_screen)

    def withdraw_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        withdrawal_flow.start(self.ctx, self, row.participant_id, row.pseudonym, partial(say, self.status))

    def print_record(self) -> bool:
        """Ask for a folder and write the chosen record's PDF there on the worker (``printed`` says when)."""
        return print_flow.print_record(self)

    def print_register(self) -> bool:
        """Ask for a folder and write the chosen record's session's register there (``printed`` says when)."""
        return print_flow.print_register(self)
