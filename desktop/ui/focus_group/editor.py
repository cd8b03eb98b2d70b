"""The focus-group editor: session fields, seated participants with consent, and the transcript.

Saving (see ``SessionEditorBase``): 1.5 s after typing stops, when focus leaves a field, on Back and
on close; each save writes the header and every changed turn in ONE transaction
(``core.transcripts.save_editor``). A failed save keeps everything on screen and marked unsaved.
The session and its transcript are read on the worker thread, so a long transcript opens without
freezing the window.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session as OrmSession

from desktop.core import participants, sessions, transcripts
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.core.models import Session
from desktop.core.participants import NewAttendee, SeatedParticipant
from desktop.core.transcripts import TurnView
from desktop.core.validation import TIME_RE, Problem
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.focus_group.header import FocusGroupHeader
from desktop.ui.focus_group.lifecycle import LifecycleBar
from desktop.ui.focus_group.participants_model import ChoiceDelegate, SessionParticipantsModel
from desktop.ui.focus_group.transcript import TranscriptPanel
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.widgets.blockers import BlockersList
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.environment_words import Advice, environment_reason, reason_of
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.lazy_panel import LazyPanel
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.new_person import add_new_person
from desktop.ui.widgets.relative_font import keep_relative_font
from desktop.ui.widgets.save_failure import save_failure_words
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.select_row import select_row
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from desktop.ui.widgets.session_pdf import PdfButton
from desktop.ui.widgets.tab_order import chain

AUTOSAVE_MS = 1500  # "within 2 s after typing stops", with room for the save itself
TRANSCRIPT_TAB, PEOPLE_TAB, DETAILS_TAB = 0, 1, 2


@dataclass
class Loaded:
    fields: dict[str, Any]
    status: str
    people: list[SeatedParticipant]
    turns: list[TurnView]


def load_focus_group(s: OrmSession, session_id: str) -> Loaded:
    """Read everything the editor shows (runs on the worker thread)."""
    row = s.get(Session, session_id)
    if row is None or row.deleted:
        raise sessions.SessionNotFound("the session does not exist")
    return Loaded(
        sessions.session_fields(row),
        row.status,
        participants.session_participants(s, session_id),
        transcripts.load(s, session_id),
    )


class FocusGroupEditor(SessionEditorBase):
    loaded = Signal()

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, session_id, parent)
        self.setObjectName("focus_group_editor")
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.is_loaded = False
        self._header_dirty = False
        self.load_error: BaseException | None = None

        # SP_ArrowBack mirrors itself in right-to-left layouts; a text arrow would not.
        self.back_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", self)
        self.back_button.clicked.connect(self.request_close)
        self.heading = ElidedLabel(self, least_characters=16)  # the session's title, as long as it was typed
        self.heading.setObjectName("fg_heading")
        keep_relative_font(self.heading, self, scale=1.2, bold=True)
        self.status_line = QLabel(self)
        self.status_line.setObjectName("fg_status")
        self.status_line.setWordWrap(True)

        self.lifecycle = LifecycleBar(ctx, session_id, self.flush, self)
        self.lifecycle.message.connect(self.show_message)
        self.blockers = BlockersList(self)
        self.lifecycle.blocked.connect(self.show_blockers)
        self.blockers.chosen.connect(self.go_to_problem)
        self._wanted_person = ""
        self.pdf_button = PdfButton(ctx, session_id, self.flush, self)
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

        # The participants and details tabs are built in the turns after this one (or when used): a new
        # focus group opens without one long stall (benchmarks/bench_stall.py).
        self._people_panel = LazyPanel(self._make_people_tab, self)
        self._header_panel = LazyPanel(self._make_header, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fg_tabs")
        self.tabs.addTab(self.transcript, "")
        self.tabs.addTab(self._people_panel, "")
        self.tabs.addTab(scrolled(self._header_panel, self, name="fg_details"), "")  # a long form: it scrolls on a short screen
        self._parts_coming = False

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        # On a second line when there is no room (a larger text size): in one row at 24 points the
        # buttons were cut to "Code this sessio…" and "Unlo…", and the title to its first letters.
        self.session_actions = FlowRow([self.code_button, self.pdf_button, self.lifecycle], self)
        top.addWidget(self.session_actions)
        layout = QVBoxLayout(self)
        side = layout.contentsMargins().left()
        layout.setContentsMargins(side, side // 2, side, 0)  # the height is the transcript's (a laptop at 150 %)
        layout.addLayout(top)
        layout.addWidget(self.blockers)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_line)
        # Tab from the tab bar into the transcript under it: made before the tabs, the transcript came
        # before the bar, and Tab from the bar left the editor for the navigation list.
        t = self.transcript
        chain(self.tabs.tabBar(), t.view, t.speaker_combo, t.stamp_button, t.new_button, t.delete_button,
              t.keys_button, t.banner.action_button, t.banner.close_button, t.edit)
        ctx.events.changed.connect(self._on_data_changed)
        ctx.language.languageChanged.connect(self._on_language)
        self.retranslate()
        self.setEnabled(False)  # until the worker thread has read the session
        QueryOp(ctx, lambda s: load_focus_group(s, session_id), self._on_loaded) \
            .failure(self._on_load_failed).run_in_background()

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

    def _make_people_tab(self, panel: QWidget) -> QWidget:
        people_tab = QWidget(panel)
        view = self._people_view = QTableView(people_tab)
        view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        view.setObjectName("fg_participants")
        view.setModel(self.people)
        view.setItemDelegate(ChoiceDelegate(self.ctx, view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        self._add_button = QPushButton(people_tab)
        self._add_button.clicked.connect(self.add_participant)
        self._remove_button = QPushButton(people_tab)
        self._remove_button.clicked.connect(self.remove_participant)
        self._consent_button = QPushButton(people_tab)
        self._consent_button.clicked.connect(self.record_consent)
        buttons = QHBoxLayout()
        for b in (self._add_button, self._remove_button, self._consent_button):
            buttons.addWidget(b)
            b.setEnabled(not self._read_only or b is self._consent_button)
        buttons.addStretch(1)
        box = QVBoxLayout(people_tab)
        box.addLayout(buttons)
        box.addWidget(view)
        self._retranslate_people_tab()
        return people_tab

    # --- loading -------------------------------------------------------------------------------
    def _on_loaded(self, data: Loaded) -> None:
        try:
            self.header.set_values(data.fields)
        except RuntimeError:  # the editor was closed before its data arrived
            return
        self.people.set_rows(data.people)
        self.transcript.refresh_speakers()
        self.transcript.set_session_language(str(data.fields.get("language") or ""))
        self.transcript.set_turns(data.turns)
        self.transcript.start_clock(self._session_start(data.fields))
        self._update_heading()
        self.setEnabled(True)
        self.set_read_only(self.read_only_for_status(data.status))
        self.is_loaded = True
        self.transcript.edit.setFocus()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        """Why the session did not open, in the interface's language: the exception's own text was put
        in the line ("…: the session does not exist", SQLite's words), English on any screen."""
        self.load_error = exc
        words: Words
        if isinstance(exc, sessions.SessionNotFound):  # deleted meanwhile (an import, a team update)
            words = lambda: self.tr("This session is no longer in the database.")  # noqa: E731
        elif isinstance(exc, EnvironmentProblem):  # another program's lock, a disk error
            words = lambda: self.tr("This session could not be opened: %1").replace(  # noqa: E731
                "%1", environment_reason(exc, Advice.OPENING))
        else:
            words = lambda: self.tr("This session could not be opened.")  # noqa: E731
        with contextlib.suppress(RuntimeError):  # the editor was closed meanwhile
            self.show_message(words)

    @staticmethod
    def _session_start(fields: dict[str, Any]) -> dt.datetime:
        """When the session began, for time stamps: its start time if it is today, else now."""
        now = dt.datetime.now()
        start = str(fields.get("start_time") or "")
        if fields.get("date") == now.date() and TIME_RE.match(start):
            began = dt.datetime.combine(now.date(), dt.time(int(start[:2]), int(start[3:])))
            if began <= now:
                return began
        return now

    # --- saving --------------------------------------------------------------------------------
    def save_now(self) -> None:
        self._save()

    def _save(self) -> bool:
        changes = self.transcript.model.changes()
        fields = self.header.values() if self._header_dirty else None
        if not changes and fields is None:
            return True
        try:
            new_ids = CollectionOp.on_store(
                self.ctx, lambda store: transcripts.save_editor(store, self.session_id, fields, changes)
            ).run_now()  # on disk before the editor may close
        except MajlisError as exc:
            self.show_message(self.explain(exc))
            if isinstance(exc, sessions.SessionReadOnly):
                self.set_read_only(True)
            elif isinstance(exc, EnvironmentProblem):
                self.autosave_timer.start()  # a full disk or a lock may pass: try again
            return False
        self.transcript.model.mark_saved(changes, new_ids)
        self._header_dirty = False
        self.show_message(lambda: self.tr("Saved."))
        return True

    def flush(self) -> None:
        """Save whatever is unsaved; stays dirty (and says so) if the save failed."""
        self.commit_open_cell()  # a participant's cell being typed in
        self.autosave_timer.stop()
        if self._read_only or not self.is_loaded:
            return
        if (self._dirty or self._header_dirty or self.transcript.model.has_unsaved()) and self._save():
            self._dirty = False
            self.saved.emit()

    def has_unsaved(self) -> bool:
        return self.is_loaded and not self._read_only and (
            self._dirty or self._header_dirty or self.transcript.model.has_unsaved())

    def explain(self, exc: MajlisError) -> Words:
        """Why the save failed, made in the language of the moment (the status line follows a switch)."""
        if exc.code == "no_consent":
            return lambda: self.tr("Not saved: a speaker has no recorded consent. Change the speaker of that turn.")
        if exc.code == "session_read_only":
            return lambda: self.tr("This session is final and read-only: unlock it to edit.")
        if exc.code == "environment":
            return save_failure_words(exc)
        message = exc.message
        return lambda: self.tr("Not saved: %1. Your text is kept on screen.").replace("%1", message)

    def _on_header_changed(self) -> None:
        self._header_dirty = True
        self.transcript.set_session_language(str(self.header.language.currentData() or ""))
        self._update_heading()
        self.schedule_save()

    # --- participants -------------------------------------------------------------------------
    def add_participant(self) -> None:
        if self._read_only:
            return
        if self.is_loaded and not self.header.values().get("governorate"):
            # The pseudonym is made from it: a person added before it was chosen stayed XXX-FG01-P01,
            # with no governorate, after it was chosen (the code written on their paper consent form).
            self.show_message(lambda: self.tr("Choose the governorate first: the pseudonym is made from it."))
            self.tabs.setCurrentIndex(DETAILS_TAB)
            self.header.governorate.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.flush()  # the header's governorate and number make the pseudonym

        def added(person: NewAttendee) -> None:
            self.people.reload()
            self.transcript.refresh_speakers()
            select_row(self.people_view, len(self.people.rows) - 1)  # the new person: Record consent acts on them
            self.people_view.setFocus()
            code = person.code
            self.show_message(lambda: self.tr("Added %1. Record their consent before they can be given speech.")
                              .replace("%1", code))

        add_new_person(self.ctx, self.session_id, role="participant", added=added, refused=self.show_message,
                       editor=self)

    def _selected_person(self) -> SeatedParticipant | None:
        index = self.people_view.currentIndex()
        return self.people.rows[index.row()] if index.isValid() and index.row() < len(self.people.rows) else None

    def remove_participant(self) -> None:
        person = self._selected_person()
        if person is None or self._read_only:
            return
        if any(t.participant_id == person.participant_id and not t.redacted and not (t.turn_id is None and t.empty)
               for t in self.transcript.model.rows):  # an empty new turn is never written: no speech
            self._say_speaks(person.code)  # also a turn not saved yet: the database does not know it
            return
        question = self.tr("Remove %1 from this session? They will no longer sit in seat %2.") \
            .replace("%1", person.code).replace("%2", self.ctx.language.format_number(person.seat))
        if not confirm_removal(self, self.tr("Remove a participant"), question):
            return

        def removed(_: object) -> None:
            model = self.transcript.model
            for row, turn in enumerate(model.rows):  # an empty new turn given to them: the facilitator's again
                if turn.participant_id == person.participant_id and turn.turn_id is None and turn.empty:
                    model.set_speaker(row, None, "")
            self.people.reload()
            self.transcript.refresh_speakers()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, participants.SpeaksInTranscript):
                self._say_speaks(person.code)
            elif isinstance(exc, EnvironmentProblem):  # raised, it was a crash
                reason = reason_of(exc)
                self.show_message(lambda: self.tr("%1 was not removed: %2").replace("%1", person.code).replace(
                    "%2", environment_reason(reason)))
            else:
                raise exc

        CollectionOp(self.ctx, lambda s: participants.remove_from_session(s, self.session_id, person.participant_id)) \
            .success(removed).failure(refused).owned_by(self).run_in_background()

    def _say_speaks(self, code: str) -> None:
        self.show_message(lambda: self.tr("%1 speaks in this transcript and stays in the session. Give those turns "
                                          "to another speaker first, or delete them.").replace("%1", code))

    # --- finalise blockers ------------------------------------------------------------------------
    def show_blockers(self, problems: list[Problem]) -> None:
        self.blockers.set_items([(self.lifecycle.problem_text(p), p) for p in problems])

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
        if self.consent_dialog_class is None:
            return
        dialog = self.consent_dialog_class(self.ctx, participant_id, self.session_id, self)
        dialog.exec()
        dialog.deleteLater()
        self._reload_people()

    def _reload_people(self) -> None:
        self.people.reload()
        self.transcript.refresh_speakers()

    def _on_people_edited(self) -> None:
        self.transcript.refresh_speakers()  # the model's save already announced {"participant", ...}

    def _on_data_changed(self, tables: object) -> None:
        if self.is_loaded and isinstance(tables, set | frozenset) and tables & {"consent_record"}:
            self._reload_people()

    # --- read-only, language, messages ---------------------------------------------------------
    def apply_read_only(self, read_only: bool) -> None:
        if self._header_panel.built:
            self.header.set_read_only(read_only)
        self.people.read_only = read_only
        self.transcript.set_read_only(read_only)
        if self._people_panel.built:
            for b in (self.add_button, self.remove_button):
                b.setEnabled(not read_only)
        self.lifecycle.show_status(read_only)
        if read_only:
            self.show_message(lambda: self.tr("This session is final and read-only: unlock it to edit."))

    def show_message(self, text: str | Words) -> None:
        """The status line: ``text``, or a function making it, which keeps it in the interface's language."""
        say(self.status_line, text)

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
        self._add_button.setText(self.tr("&Add participant"))
        self._add_button.setAccessibleName(self.tr("Add a participant to this focus group"))
        self._remove_button.setText(self.tr("Re&move from session"))
        self._consent_button.setText(self.tr("Record &consent…"))
        self._people_view.setAccessibleName(self.tr("Participants of this focus group"))
