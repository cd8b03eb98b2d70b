"""The focus-group editor: session fields, seated participants with consent, and the transcript.

Saving (see ``SessionEditorBase``): 1.5 s after typing stops, when focus leaves a field, on Back and
on close; each save writes the header and every changed turn in ONE transaction
(``core.transcripts.save_editor``). A failed save keeps everything on screen and marked unsaved.
The session and its transcript are read on the worker thread, so a long transcript opens without
freezing the window (editor_load). The Participants tab's parts are in people_tab.
"""

from __future__ import annotations

import contextlib
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import transcripts
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.core.participants import SeatedParticipant
from desktop.core.validation import Problem
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.focus_group import import_follow, people_tab
from desktop.ui.focus_group.editor_load import (
    Loaded,
    load_failure_words,
    load_focus_group,
    save_failure_explained,
    session_start,
)
from desktop.ui.focus_group.header import FocusGroupHeader
from desktop.ui.focus_group.import_text_write import open_import
from desktop.ui.focus_group.lifecycle import LifecycleBar
from desktop.ui.focus_group.participants_model import SessionParticipantsModel
from desktop.ui.focus_group.people_tab import DETAILS_TAB, PEOPLE_TAB, TRANSCRIPT_TAB
from desktop.ui.focus_group.transcript import TranscriptPanel
from desktop.ui.focus_group.turn_joins import TurnJoins
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.widgets.actions_or_menu import ActionsOrMenu
from desktop.ui.widgets.blockers import BlockersList
from desktop.ui.widgets.done_line import done_line
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.empty_words import EmptyWords
from desktop.ui.widgets.fitting_tabs import FittingTabs
from desktop.ui.widgets.lazy_panel import LazyPanel
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.scroll_frame import bring_into_view, scrolled, whole_when_chosen
from desktop.ui.widgets.select_row import select_row
from desktop.ui.widgets.session_editor_base import HEADING_LEAST, SessionEditorBase
from desktop.ui.widgets.session_pdf import PdfButton
from desktop.ui.widgets.tab_order import chain
from desktop.ui.widgets.top_row import top_row
from desktop.ui.widgets.wrapped_label import WrappedLabel

__all__ = ["DETAILS_TAB", "PEOPLE_TAB", "TRANSCRIPT_TAB", "FocusGroupEditor", "Loaded", "load_focus_group"]

AUTOSAVE_MS = 1500  # "within 2 s after typing stops", with room for the save itself


class FocusGroupEditor(SessionEditorBase):
    loaded = Signal()
    SHOWN_TABLES = frozenset({"session", "transcript_turn", "attendance"})

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, session_id, parent)
        self.setObjectName("focus_group_editor")
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.is_loaded = False
        self._header_dirty = False
        self._header_base: dict[str, Any] = {}  # the details as last read or saved: a save writes only what differs
        self.load_error: BaseException | None = None

        # SP_ArrowBack mirrors itself in right-to-left layouts; a text arrow would not.
        self.back_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", self)
        self.back_button.clicked.connect(self.request_close)
        # The session's title, as long as it was typed; elided down to 10 characters (16 made the top row 629
        # pixels wide at 20 points, and the editor scrolled sideways in a laptop's 613 at 150 %).
        self.heading = ElidedLabel(self, least_characters=HEADING_LEAST, interface_side=True)
        self.heading.setObjectName("fg_heading")
        keep_relative_font(self.heading, self, scale=1.2, bold=True)
        self.status_line = done_line(WrappedLabel(self))  # its lines' room, not the transcript's (a laptop at 20 points)
        self.status_line.setObjectName("fg_status")

        self.lifecycle = LifecycleBar(ctx, session_id, self.flush, self.save_first, self)
        self.lifecycle.message.connect(self.show_message)
        self.saveFailed.connect(self.show_message)  # its own saves say theirs; this: choose on the import bar first
        self.blockers = BlockersList(self)
        self.lifecycle.blocked.connect(self.show_blockers)
        self.lifecycle.gone.connect(lambda: self.show_message(self.session_deleted()))
        self.blockers.chosen.connect(self.go_to_problem)
        self._wanted_person = ""
        self.pdf_button = PdfButton(ctx, session_id, self.save_first, self)
        self.pdf_button.message.connect(self.show_message)
        self.lifecycle.statusChanged.connect(lambda status: self.set_read_only(self.read_only_for_status(status)))

        self.people = SessionParticipantsModel(ctx, session_id, self)
        self.people.error.connect(self.show_message)
        self.people.edited.connect(self._on_people_edited)
        self.people.modelReset.connect(self._select_wanted_person)
        self.consent_dialog_class: Any = ConsentDialog

        self.transcript = TranscriptPanel(self.people, self)
        self.transcript.edited.connect(self.schedule_save)
        self.transcript.message.connect(self.show_message)
        self.transcript.consentRequested.connect(self.record_consent_for)
        self.turn_joins = TurnJoins(self)  # Merge with previous turn, Split turn at cursor
        self.transcript.import_button.clicked.connect(lambda: open_import(self))

        # The participants and details tabs are built in the turns after this one (or when used): a new
        # focus group opens without one long stall (benchmarks/bench_stall.py).
        self._people_panel = LazyPanel(self._make_people_tab, self)
        self._header_panel = LazyPanel(self._make_header, self)
        self.tabs = whole_when_chosen(FittingTabs(self))  # a tab chosen: in sight whole in the frame
        self.tabs.setObjectName("fg_tabs")
        self.tabs.addTab(self.transcript, "")
        self.tabs.addTab(self._people_panel, "")
        self.tabs.addTab(scrolled(self._header_panel, self, name="fg_details", follow_focus=True), "")  # a long form: scrolls
        # Import text… beside the tabs, where the tab bar leaves room, shown with the transcript: in the
        # top row it pushed the session's buttons to a second line on a laptop (Kurdish), and the
        # transcript showed three turns, not five.
        self.tabs.setCornerWidget(self.transcript.import_button, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda i: self.transcript.import_button.setVisible(i == TRANSCRIPT_TAB))
        self._parts_coming = False

        # The title gives way to the buttons (it is elided, whole in its tooltip), down to its least.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, self.heading.sizePolicy().verticalPolicy())
        # In a menu when there is no room (a larger text size): in one row at 24 points the buttons were
        # cut to "Code this sessio…" and "Unlo…"; on more lines they left the transcript ~100 pixels.
        self.session_actions = ActionsOrMenu([self.code_button, self.pdf_button, self.lifecycle], self)
        # The menu under Back and the title where even it has no room beside them (24 points, a laptop at 150 %).
        self.top_row = top_row([(self.back_button, 0), (self.heading, 1)], self.session_actions, self)
        layout = QVBoxLayout(self)
        side = layout.contentsMargins().left()
        layout.setContentsMargins(side, side // 2, side, 0)  # the height is the transcript's (a laptop at 150 %)
        layout.addWidget(self.top_row)
        layout.addWidget(self.import_bar)
        layout.addWidget(self.blockers)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_line)
        # Tab from the tab bar into the transcript under it: made before the tabs, the transcript came
        # before the bar, and Tab from the bar left the editor for the navigation list.
        t = self.transcript
        chain(self.tabs.tabBar(), t.view, t.speaker_combo, t.acting.more, t.stamp_button, t.new_button, t.delete_button,
              t.keys_button, t.banner.action_button, t.banner.close_button, t.edit)
        # The top row as it reads, as the roundtable editor's (Code this session… came first, then Back,
        # Import text…, Finalise, Audit trail and PDF); Import text… before the bar: Tab from the bar goes
        # into the tab.
        life = self.lifecycle
        chain(self.back_button, self.code_button, self.pdf_button, life.audit_button, life.unlock_button,
              life.finalise_button, self.blockers.list, t.import_button, self.tabs.tabBar())
        QWidget.setTabOrder(self.back_button, self.session_actions.more)  # in their place when they are in a menu
        ctx.events.changed.connect(self._on_data_changed)
        ctx.language.languageChanged.connect(self._on_language)
        self.retranslate()
        self.setEnabled(False)  # until the worker thread has read the session
        QueryOp(ctx, lambda s: load_focus_group(s, session_id), self._on_loaded) \
            .failure(self._on_load_failed).run_in_background()

    # The participants tab's parts (people_tab.make_people_tab)
    _people_view: QTableView
    _people_words: EmptyWords
    _add_button: QPushButton
    _remove_button: QPushButton
    _consent_button: QPushButton
    _withdraw_button: QPushButton
    _consent_action: QAction
    _withdraw_action: QAction

    # --- parts built after the editor (desktop.ui.widgets.lazy_panel) ---------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._parts_coming:  # once on screen: the details, then the participants, a turn each
            self._parts_coming = True
            self._header_panel.build_soon(then=self._people_panel.build_soon)

    @property
    def header(self) -> FocusGroupHeader:
        part = self._header_panel.part()
        assert isinstance(part, FocusGroupHeader)
        return part

    def _make_header(self, panel: QWidget) -> QWidget:
        header = FocusGroupHeader(self.ctx.language.language, panel)
        header.changed.connect(self._on_header_changed)
        header.set_read_only(self._read_only)
        return header

    @property
    def people_view(self) -> QTableView:
        self._people_panel.part()
        return self._people_view

    @property
    def add_button(self) -> QPushButton:
        self._people_panel.part()
        return self._add_button

    @property
    def remove_button(self) -> QPushButton:
        self._people_panel.part()
        return self._remove_button

    @property
    def consent_button(self) -> QPushButton:
        self._people_panel.part()
        return self._consent_button

    @property
    def withdraw_button(self) -> QPushButton:
        self._people_panel.part()
        return self._withdraw_button

    def _make_people_tab(self, panel: QWidget) -> QWidget:
        return people_tab.make_people_tab(self, panel)

    # --- loading -------------------------------------------------------------------------------
    def _on_loaded(self, data: Loaded) -> None:
        try:
            self.show_loaded(data)
        except RuntimeError:  # the editor was closed before its data arrived
            return
        self.setEnabled(True)
        self.is_loaded = True
        self.transcript.edit.setFocus()
        self.loaded.emit()

    def show_loaded(self, data: Loaded) -> None:
        """The session as read, on screen (on opening; after an import, import_follow)."""
        self.header.set_values(data.fields)
        self._header_base, self._header_dirty = self.header.values(), False
        self.people.set_rows(data.people)
        self.transcript.refresh_speakers()
        self.transcript.set_session_language(str(data.fields.get("language") or ""))
        self.transcript.set_turns(data.turns)
        self.transcript.start_clock(session_start(data.fields))
        self._update_heading()
        self.set_read_only(self.read_only_for_status(data.status))

    def focus_start(self) -> None:
        """The transcript, whether the session's data arrived before the editor was shown or after: loaded
        first (a quick read), the transcript's focus was taken back by the window's focus on the editor."""
        if self.is_loaded:
            self.transcript.edit.setFocus()
        else:
            super().focus_start()  # disabled until loaded: _on_loaded gives the transcript the keyboard

    def _on_load_failed(self, exc: BaseException) -> None:
        """Why the session did not open (editor_load.load_failure_words), in the interface's language."""
        self.load_error = exc
        with contextlib.suppress(RuntimeError):  # the editor was closed meanwhile
            self.show_message(load_failure_words(exc))

    # --- saving --------------------------------------------------------------------------------
    def save_now(self) -> None:
        self._save()

    def _save(self) -> bool:
        changes = self.transcript.model.changes()
        # Only the details typed here: the others, as read, written back over an import's were its undoing.
        fields = ({k: v for k, v in self.header.values().items() if v != self._header_base.get(k)}
                  if self._header_dirty else None)
        if not changes and fields is None:
            return True
        try:
            new_ids = CollectionOp.on_store(
                self.ctx, lambda store: transcripts.save_editor(store, self.session_id, fields, changes)
            ).run_now()  # on disk before the editor may close
        except MajlisError as exc:
            # Made final or deleted elsewhere: read-only, no more tries; the text is on screen only, and
            # closing asks first.
            if self.went_elsewhere(exc, stranded=True) is None and isinstance(exc, EnvironmentProblem):
                self.autosave_timer.start()  # a full disk or a lock may pass: try again
            self.show_message(self.explain(exc))  # after read-only, whose own line it replaces
            return False
        self.transcript.model.mark_saved(changes, new_ids)
        self._header_base.update(fields or {})
        self._header_dirty = False
        self._stranded = False
        self.show_message(lambda: self.tr("Saved."), in_sight=False)
        return True

    def flush(self) -> None:
        """Save whatever is unsaved; stays dirty (and says so) if the save failed."""
        self.commit_open_cell()  # a participant's cell being typed in
        self.autosave_timer.stop()
        if self._read_only or not self.is_loaded or self.import_waits():
            return
        if (self._dirty or self._header_dirty or self.transcript.model.has_unsaved()) and self._save():
            self._dirty = False
            self.saved.emit()

    def has_unsaved(self) -> bool:
        return self.is_loaded and (not self._read_only or self._stranded) and (
            self._dirty or self._header_dirty or self.transcript.model.has_unsaved())

    def explain(self, exc: MajlisError) -> Words:
        """Why the save failed, made in the language of the moment (the status line follows a switch)."""
        return save_failure_explained(exc)

    # --- an import changing the session (SessionEditorBase; import_follow) --------------------------
    def read_theirs(self) -> None:
        self.theirs_arrived(True)  # no reading to compare: a long transcript's would be read twice

    def show_theirs(self, *, asked: bool) -> None:
        import_follow.show_theirs(self, asked=asked)

    def keep_mine(self) -> None:
        import_follow.keep_mine(self)

    def _on_header_changed(self) -> None:
        self._header_dirty = True
        self.transcript.set_session_language(str(self.header.language.currentData() or ""))
        self._update_heading()
        self.schedule_save()

    # --- participants -------------------------------------------------------------------------
    def add_participant(self) -> None:
        people_tab.add_participant(self)

    def _selected_person(self) -> SeatedParticipant | None:
        index = self.people_view.currentIndex()
        return self.people.rows[index.row()] if index.isValid() and index.row() < len(self.people.rows) else None

    def remove_participant(self) -> None:
        people_tab.remove_participant(self)

    # --- finalise blockers ------------------------------------------------------------------------
    def show_blockers(self, problems: list[Problem]) -> None:
        # Each line made again after a language switch (BlockersList).
        self.blockers.set_items([(partial(self.lifecycle.problem_text, p), p) for p in problems])

    def go_to_problem(self, problem: Problem) -> None:
        """A participant without (or with refused) consent: their row; a field: the field."""
        if problem.code.startswith("consent_"):
            self.tabs.setCurrentIndex(PEOPLE_TAB)
            self.people_view.setFocus(Qt.FocusReason.OtherFocusReason)
            # A save in flight reloads the rows (and drops the selection): select again after it.
            self._wanted_person = problem.field
            self._select_wanted_person()
            return
        self.tabs.setCurrentIndex(DETAILS_TAB)
        wrapped = self.header.wrapped.get(problem.field)
        if wrapped is not None:
            wrapped.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_wanted_person(self) -> None:
        if not self._wanted_person:
            return
        for row, person in enumerate(self.people.rows):
            if person.code == self._wanted_person:
                select_row(self.people_view, row)
                return

    def record_consent(self) -> None:
        person = self._selected_person()
        if person is None:
            self.show_message(lambda: self.tr("Select a participant first."))
            return
        self.record_consent_for(person.participant_id)

    def record_consent_for(self, participant_id: str) -> None:
        people_tab.record_consent_for(self, participant_id)

    def _reload_people(self) -> None:
        """Read the seated people again, the current row kept on its person: after the consent form it was
        lost (the view's reset), Down went to the first person again, Record consent… to nobody."""
        current = self._selected_person() if self._people_panel.built else None
        self.people.reload()
        self.transcript.refresh_speakers()
        if current is not None:
            rows = [p.participant_id for p in self.people.rows]
            if current.participant_id in rows:
                select_row(self.people_view, rows.index(current.participant_id))

    def _on_people_edited(self) -> None:
        self.transcript.refresh_speakers()  # the model's save already announced {"participant", ...}

    def _on_data_changed(self, tables: object) -> None:
        if not self.is_loaded or not isinstance(tables, set | frozenset):
            return
        if tables & {"consent_record"}:
            self._reload_people()
        if "erasure" in tables:  # a withdrawal of everything (from the Participants tab): their turns are […]
            session_id = self.session_id
            QueryOp(self.ctx, lambda s: transcripts.load(s, session_id), self.transcript.show_erased) \
                .owned_by(self).run_in_background()

    # --- read-only, language, messages ---------------------------------------------------------
    def apply_read_only(self, read_only: bool) -> None:
        if self._header_panel.built:
            self.header.set_read_only(read_only)
        self.people.read_only = read_only
        self.transcript.set_read_only(read_only)
        if self._people_panel.built:
            for b in (self.add_button, self.remove_button):
                b.setEnabled(not read_only)
            self._people_words.follow()  # an empty list: how to seat the first, or that none was
        self.lifecycle.show_status(read_only, gone=self.is_gone())
        if read_only:
            self.show_message(lambda: self.tr("This session is final and read-only: unlock it to edit."))

    def show_message(self, text: str | Words, in_sight: bool = True) -> None:
        """The status line: ``text`` (a function making it keeps it in the language). A new line is scrolled
        into sight, the focus left where it is; not each autosave's "Saved.", nor a retry's line again."""
        was = self.status_line.text()
        say(self.status_line, text)
        if in_sight and self.status_line.text() not in ("", was):
            bring_into_view(self.status_line, margin=0)

    def _update_heading(self) -> None:
        title = (self.header.values().get("title") if self._header_panel.built else "") or self.tr(
            "Untitled focus group")
        self.heading.setText(title)

    def _on_language(self, lang: str) -> None:
        if self._header_panel.built:  # else it is built in the language of the moment
            self.header.set_language(lang)

    def retranslate(self) -> None:
        self.retranslate_code_button()
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the sessions list (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the sessions list"))
        if self._people_panel.built:
            self._retranslate_people_tab()
        self.tabs.setTabText(0, self.tr("Transcr&ipt"))
        self.tabs.setTabText(1, self.tr("&Participants"))
        self.tabs.setTabText(2, self.tr("Session &details"))
        self.tabs.setAccessibleName(self.tr("Focus group sections"))
        self.status_line.setAccessibleName(self.tr("Status"))
        if self._header_panel.built:
            self.header.retranslate()
        self.transcript.retranslate()
        self.lifecycle.retranslate()
        self._update_heading()
        self.people.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.people.columnCount() - 1)

    def _retranslate_people_tab(self) -> None:
        people_tab.retranslate_people_tab(self)
