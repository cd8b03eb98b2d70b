"""The transcript editor: the list of turns above, the current turn's text box (the composer) below.

Speaker keys (documented in the hint line and the text box's tooltip):
- Ctrl+1..9 gives the turn to the participant in that seat, Ctrl+0 to the facilitator. With the caret
  at the end of a turn that has text, this starts a NEW turn for that speaker (the natural flow while
  people talk); with the caret inside the text, or in an empty turn, it RE-ASSIGNS the current turn.
- Ctrl+Enter starts a new turn with the same speaker; Enter is a new paragraph in the same turn.
- Ctrl+T stamps the elapsed time since the session started; Alt+Up/Alt+Down move between turns.
- Ctrl+Shift+Delete (Delete in the turns table) deletes the current turn, asking first if it holds text.
- Ctrl+Shift+Enter splits the turn at the caret; Ctrl+Shift+Backspace merges it with the turn above
  (turn_joins, codings kept on their words).
- Ctrl+Z right after a speaker key re-assigned the turn gives it its speaker back (speaker_undo); right
  after a merge or a split, it undoes that.
A participant without consent to take part is refused with a message, never silently.

Parts in modules of their own: the speaker keys (speaker_keys), time stamps (stamps), the room on a
short screen (turns_room) and the keys in words (shortcut_words).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text_direction import language_is_rtl
from desktop.core.transcripts import TurnView
from desktop.ui.focus_group import speaker_keys, turns_room
from desktop.ui.focus_group.column_widths import fit_speaker_and_time
from desktop.ui.focus_group.participants_model import SessionParticipantsModel
from desktop.ui.focus_group.shortcut_words import DELETE_KEYS, retranslate_keys
from desktop.ui.focus_group.speaker_undo import SpeakerUndo
from desktop.ui.focus_group.stamps import elapsed_at, format_elapsed, stamp_seconds, start_of_clock
from desktop.ui.focus_group.turn_actions import TurnActions
from desktop.ui.focus_group.turn_delegate import TurnDelegate
from desktop.ui.focus_group.turn_edit import TurnTextEdit, in_box
from desktop.ui.focus_group.turns_model import COLUMNS, TurnsModel
from desktop.ui.focus_group.turns_room import TEXT_LINES, TURNS_IN_VIEW, TurnsSplitter
from desktop.ui.qt_i18n import shown_digits
from desktop.ui.widgets.banner import Banner
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.pop_up_keys import children_shortcut
from desktop.ui.widgets.rows_in_sight import RowsInSight
from desktop.ui.widgets.whole_items import WholeItemsCombo
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

# Where they were defined before the transcript's parts got modules of their own.
__all__ = ["DELETE_KEYS", "TEXT_LINES", "TURNS_IN_VIEW", "TranscriptPanel", "format_elapsed", "stamp_seconds"]


class TranscriptPanel(QWidget):
    edited = Signal()  # something on screen changed: the editor schedules an autosave
    # The status line's sentence, or a function making it (live_words.Words: said again after a language switch).
    message = Signal(object)
    consentRequested = Signal(str)

    def __init__(self, people: SessionParticipantsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.model = TurnsModel(self)
        self.current = -1
        self.read_only = False
        self._loading = False
        self._selecting = False
        self._shown_key = ""  # the turn whose text is in the text box
        self.started_at = dt.datetime.now()  # start_clock: the session's start when it is today

        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells (else a keyboard trap)
        self.view.setObjectName("transcript_turns")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(TurnDelegate(self.view))
        # Each turn is laid out when it comes into sight (and again when the text's width or the font
        # changes): opening a three-hour session laid out every turn, and a narrower window cut them.
        self.rows_fit = RowsInSight(self.view)
        for moved in (self.model.rowsInserted, self.model.rowsRemoved):  # the rows below have other numbers
            moved.connect(lambda *_: self.rows_fit.refit())
        header = self.view.horizontalHeader()
        for fixed in ("speaker", "timestamp"):  # sized from what they hold (column_widths), not from every turn
            header.setSectionResizeMode(COLUMNS.index(fixed), QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_row_picked)

        self.speaker_title = QLabel(self)
        self.speaker_combo = WholeItemsCombo(self)  # "BSR-FG01-P03 (Ctrl+3)" whole: the bar wraps instead
        self.speaker_combo.setObjectName("speaker_combo")
        self.speaker_combo.activated.connect(lambda position: speaker_keys.on_combo_speaker(self, position))
        self.speaker_title.setBuddy(self.speaker_combo)
        self.time_label = QLabel(self)
        self.stamp_button = QPushButton(self)
        self.stamp_button.clicked.connect(self.stamp)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_turn)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button = QPushButton(self)  # Import text…: shown and opened by the editor (import_text_dialog)
        self.hint = WordWrapLabel(self)
        self.hint.setObjectName("transcript_hint")
        # The shortcut line (also the text box's tooltip) takes two or three lines of a short screen: it
        # shows by itself where there is room, and this button shows or hides it (the choice then holds).
        self.keys_button = QToolButton(self)
        self.keys_button.setObjectName("transcript_keys")
        self.keys_button.setCheckable(True)
        self.keys_button.toggled.connect(self._on_keys_toggled)
        self.hint_chosen = False  # the facilitator pressed the button: the line no longer follows the room

        # Refusals show here, between the speaker bar and the text, and take the focus.
        self.banner = Banner(self)
        self.edit = TurnTextEdit(self)
        self.edit.setObjectName("turn_text")
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.speakerRequested.connect(self.request_speaker)
        self.edit.newTurnRequested.connect(self.new_turn)
        self.edit.stampRequested.connect(self.stamp)
        self.edit.moveRequested.connect(lambda delta: self.select(self.current + delta))
        self.edit.deleteRequested.connect(self.delete_current)
        # Delete turn from the keyboard: Delete in the table (the text box keeps Delete for letters), and
        # Ctrl+Shift+Delete anywhere in the transcript (the text box takes it itself: TurnTextEdit).
        in_table = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, context=Qt.ShortcutContext.WidgetShortcut)
        in_table.activated.connect(self.delete_current)
        children_shortcut(DELETE_KEYS, self, self.delete_current)  # not from the speaker list open
        self.speaker_undo = SpeakerUndo(self.edit)
        # Ctrl+Z right after a speaker key, or a merge or split (turn_joins): that is undone first.
        self.undo_hooks: list[Callable[[], bool]] = [lambda: speaker_keys.undo_speaker(self)]
        self.edit.undo_first = lambda: any(undo() for undo in self.undo_hooks)
        self.view.activated.connect(lambda _index: self.edit.setFocus())  # Enter on a turn: edit it

        # The speaker's part goes on to a second line when the bar is narrower than it: in one row at 24
        # points the speaker list was squeezed to "01-P03 (Ctrl+3)", the pseudonym's start cut. The turn's
        # buttons beside it, or in a menu where they do not fit (turn_actions: at 20 points on a laptop at
        # 150 % the bar took three lines, and the turns and the text box were not in sight together).
        bar = QHBoxLayout()
        self.speaking = FlowRow([self.speaker_title, self.speaker_combo, self.time_label], self)
        self.acting = TurnActions([self.stamp_button, self.new_button, self.delete_button, self.keys_button], self)
        bar.addWidget(self.speaking)
        bar.addWidget(self.acting)
        self.composer = QWidget(self)
        box = QVBoxLayout(self.composer)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)  # the speaker bar belongs to the text box under it
        box.addLayout(bar)
        box.addWidget(self.banner)
        box.addWidget(self.edit)
        self.splitter = TurnsSplitter(self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.composer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)
        self.retranslate()
        turns_room.fit_text_box(self)
        self.in_sight = turns_room.InSight(self)  # a short window: the turns with the text box, not it alone

    def retranslate(self) -> None:
        self.speaker_title.setText(self.tr("&Speaker:"))
        self.speaker_combo.setAccessibleName(self.tr("Speaker of the current turn"))
        self.import_button.setText(self.tr("Import te&xt…"))
        self.import_button.setToolTip(self.tr("Add turns typed elsewhere: a text file or pasted text"))
        self.view.setAccessibleName(self.tr("Transcript turns"))
        self.edit.setAccessibleName(self.tr("Text of the current turn"))
        retranslate_keys(self)
        self.refresh_speakers()
        self._show_current()

    # --- room on a short screen ----------------------------------------------------------------
    def composer_height(self, lines: int) -> int:
        """The text box with its speaker bar (and a refusal showing), ``lines`` lines tall."""
        return turns_room.composer_height(self, lines)

    def table_height(self, turns: int) -> int:
        """The table showing ``turns`` turns of one line each, with its column titles."""
        return turns_room.table_height(self, turns)

    def _on_keys_toggled(self, shown: bool) -> None:
        self.hint_chosen = True
        self.hint.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        turns_room.follow_room(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            turns_room.fit_text_box(self)  # another font: other line heights
            self.fit_columns()
            turns_room.follow_room(self)

    # --- content -----------------------------------------------------------------------------
    def set_turns(self, views: list[TurnView]) -> None:
        self.current = -1
        self.model.set_turns(views)
        if not self.model.rows:
            self.model.insert_turn(0, None, "")
        self.fit_columns()
        self.rows_fit.refit()
        self.select(len(self.model.rows) - 1)  # the facilitator goes on where the transcript ends
        self.view.scrollTo(self.model.index(self.current, COLUMNS.index("text")))  # as tall as its words now

    def show_erased(self, views: list[TurnView]) -> None:
        """The turns the database now holds erased ([…], a participant who withdrew everything) shown so,
        read-only; every other turn as it is on screen, its text not saved yet kept."""
        erased = {v.id: v.text for v in views if v.redacted}
        for row, turn in enumerate(self.model.rows):
            if turn.turn_id in erased and not turn.redacted:
                self.model.show_erased(row, erased[turn.turn_id])
                self.view.resizeRowToContents(row)
        self._show_current()

    def fit_columns(self) -> None:
        """The speaker and time columns as wide as the widest speaker and time stamp they may show."""
        fit_speaker_and_time(self.view, self.model, [p.code for p in self.people.rows])

    def refresh_speakers(self) -> None:
        """The speaker choices: the facilitator, then each seat (consent missing: shown, not selectable)."""
        speaker_keys.refresh_speakers(self)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for w in (self.speaker_combo, self.stamp_button, self.new_button, self.delete_button, self.import_button):
            w.setEnabled(not read_only)
        self._show_current()

    def start_clock(self, began: dt.datetime) -> None:
        """The elapsed time runs from ``began`` (the session's start today, else the opening), and never
        from before the transcript's latest stamp: reopening the editor mid-session, with no start time
        or one of another day, restarted it at 0:00:00 and new turns were stamped before earlier ones."""
        self.started_at = start_of_clock(began, self.model.rows)

    def set_session_language(self, code: str) -> None:
        """Turns read right to left in an Arabic or Kurdish session even when they begin with a Latin word."""
        rtl = language_is_rtl(code)
        self.model.set_rtl_session(rtl)
        self.edit.set_rtl_session(rtl)
        self.rows_fit.refit()

    def elapsed(self) -> str:
        """The time since the session started, never earlier than a stamp of a turn above this one."""
        return elapsed_at(self.started_at, self.model.rows, self.current)

    # --- the current turn --------------------------------------------------------------------
    def select(self, row: int) -> None:
        if not self.model.rows:
            return
        row = max(0, min(row, len(self.model.rows) - 1))
        if row == self.current:
            return
        target = self.model.rows[row].key
        self._selecting = True  # the view's own selection signal must not re-enter
        try:
            self._leave_current()
            self.current = next(i for i, r in enumerate(self.model.rows) if r.key == target)
            index = self.model.index(self.current, COLUMNS.index("text"))
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        finally:
            self._selecting = False
        self.view.scrollTo(index)
        self._show_current()

    def reshape(self, change: Callable[[], None], row: int) -> None:
        """Rows merged or split around the current turn (turn_joins); then turn ``row`` is the current one."""
        self.current = -1
        self._selecting = True
        try:
            change()
        finally:
            self._selecting = False
        self.select(row)
        for near in range(max(row - 1, 0), min(row + 2, len(self.model.rows))):
            self.view.resizeRowToContents(near)

    def _leave_current(self) -> None:
        """An empty turn nobody typed in is dropped when the facilitator moves on."""
        if 0 <= self.current < len(self.model.rows) and len(self.model.rows) > 1:
            turn = self.model.rows[self.current]
            if turn.turn_id is None and turn.empty:
                self.current, gone = -1, self.current
                self.model.remove_turn(gone)

    def _show_current(self) -> None:
        turn = self.model.rows[self.current] if 0 <= self.current < len(self.model.rows) else None
        self._loading = True
        try:
            # Control characters a paste or an import left (a NEL, a C1 from a wrong encoding) shown as the
            # coding window shows them, never as boxes: each one character wide, so an edit keeps every
            # coded segment's offsets; the stored text changes only when the facilitator edits the turn.
            text = in_box(turn.text) if turn else ""
            key = turn.key if turn else ""
            if key != self._shown_key or self.edit.toPlainText() != text:
                self._shown_key = key
                self.edit.setPlainText(text)  # also starts a fresh undo history for this turn
                self.edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        locked = self.read_only or turn is None or turn.redacted
        self.edit.setReadOnly(locked)
        self.delete_button.setEnabled(not self.read_only and turn is not None)
        self.time_label.setText(shown_digits(turn.timestamp) if turn and turn.timestamp else "")
        speaker_keys.show_speaker(self)

    def current_turn_label(self) -> str:
        if not 0 <= self.current < len(self.model.rows):
            return ""
        return self.model.speaker_label(self.model.rows[self.current])

    def _on_row_picked(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting and index.isValid() and index.row() != self.current:
            self.select(index.row())

    def _on_text_changed(self) -> None:
        if self._loading or not 0 <= self.current < len(self.model.rows):
            return
        turn = self.model.rows[self.current]
        if turn.redacted or self.read_only:
            return
        self.model.set_text(self.current, self.edit.toPlainText())
        self.view.resizeRowToContents(self.current)
        self.edited.emit()

    # --- commands ----------------------------------------------------------------------------
    def request_speaker(self, seat: int, *, reassign: bool = False) -> None:
        """Ctrl+``seat``: a new turn at the end of a turn with text, else this turn re-assigned (speaker_keys)."""
        speaker_keys.request_speaker(self, seat, reassign=reassign)

    def new_turn(self) -> None:
        if self.read_only or not 0 <= self.current < len(self.model.rows):
            return
        turn = self.model.rows[self.current]
        if turn.empty:
            self.edit.setFocus()
            return
        self.insert_after(turn.participant_id, turn.speaker_code)

    def insert_after(self, participant_id: str | None, code: str) -> None:
        row = self.model.insert_turn(self.current + 1, participant_id, code)
        self.view.resizeRowToContents(row)
        self.select(row)
        self.edit.setFocus()

    def stamp(self) -> None:
        if self.read_only or not 0 <= self.current < len(self.model.rows):
            return
        self.model.set_timestamp(self.current, self.elapsed())
        self.time_label.setText(shown_digits(self.model.rows[self.current].timestamp))
        self.edited.emit()

    def delete_current(self) -> None:
        if self.read_only or not 0 <= self.current < len(self.model.rows):
            return
        if self.model.rows[self.current].text.strip() and not confirm_removal(
                self, self.tr("Delete a turn"), self.tr("Delete this turn and everything typed in it?")):
            return
        gone, self.current = self.current, -1
        self._selecting = True
        try:
            self.model.remove_turn(gone)
            if not self.model.rows:
                self.model.insert_turn(0, None, "")
        finally:
            self._selecting = False
        self.select(min(gone, len(self.model.rows) - 1))
        self.edited.emit()
