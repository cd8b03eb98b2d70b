"""The transcript editor: the list of turns above, the current turn's text box (the composer) below.

Speaker keys (documented in the hint line and the text box's tooltip):
- Ctrl+1..9 gives the turn to the participant in that seat, Ctrl+0 to the facilitator. With the caret
  at the end of a turn that has text, this starts a NEW turn for that speaker (the natural flow while
  people talk); with the caret inside the text, or in an empty turn, it RE-ASSIGNS the current turn.
- Ctrl+Enter starts a new turn with the same speaker; Enter is a new paragraph in the same turn.
- Ctrl+T stamps the elapsed time since the session started; Alt+Up/Alt+Down move between turns.
- Ctrl+Shift+Delete (Delete in the turns table) deletes the current turn, asking first if it holds text.
- Ctrl+Z right after a speaker key re-assigned the turn gives it its speaker back (speaker_undo).
A participant without consent to take part is refused with a message, never silently.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text_direction import language_is_rtl
from desktop.core.transcripts import TurnView
from desktop.ui.focus_group.column_widths import fit_speaker_and_time
from desktop.ui.focus_group.participants_model import SessionParticipantsModel
from desktop.ui.focus_group.speaker_undo import SpeakerUndo
from desktop.ui.focus_group.turn_delegate import TurnDelegate
from desktop.ui.focus_group.turn_edit import TurnTextEdit
from desktop.ui.focus_group.turns_model import COLUMNS, TurnsModel
from desktop.ui.qt_i18n import shown_digits
from desktop.ui.widgets.banner import Banner
from desktop.ui.widgets.confirm import confirm_removal
from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.rows_in_sight import RowsInSight
from desktop.ui.widgets.text_lines import lines_height, text_height


def format_elapsed(seconds: float) -> str:
    total = max(0, int(seconds))
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def stamp_seconds(stamp: str) -> int | None:
    """The seconds a turn's stamp ("1:05:30", "05:30") says, None for one that is not a time."""
    parts = stamp.strip().split(":")
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return seconds


TURNS_LEAST = 2  # the turns the table always shows: at 24 points on a laptop it was squeezed to its header
TURNS_IN_VIEW = 6  # the turns the table is given room for before the text box grows past its smallest
TEXT_LINES = (2, 6)  # the text box: its smallest height, and the height it takes when there is room, in lines
HINT_TURNS = 8  # the shortcut line shows by itself only where the table still has room for this many turns


DELETE_KEYS = "Ctrl+Shift+Del"  # Delete turn, from the text box and the table (and Delete in the table)
CELL_MARGIN = 2  # above and below a turn's text in its cell


class TurnsSplitter(QSplitter):
    """The turns above, the text box below. Until the facilitator drags the handle, the table is given
    room for ``TURNS_IN_VIEW`` turns first and the text box what is left (at least ``TEXT_LINES[0]``
    lines, at most ``TEXT_LINES[1]``); beyond that the table takes every extra pixel. On a 1366x768
    laptop at 150 % display scaling the fixed 600:220 share left the table one or two turns."""

    def __init__(self, panel: TranscriptPanel) -> None:
        super().__init__(Qt.Orientation.Vertical, panel)
        self.panel = panel
        self.dragged = False
        self.splitterMoved.connect(self._on_moved)
        self.setChildrenCollapsible(False)

    def _on_moved(self, _pos: int, _index: int) -> None:
        self.dragged = True  # the facilitator's share holds from now on: a resize grows the table
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.dragged:
            self.balance()

    def balance(self) -> None:
        room = self.height() - self.handleWidth()
        if self.count() < 2 or room <= 0:
            return
        composer = self.panel.composer_height
        wanted = composer(TEXT_LINES[1])
        text = max(composer(TEXT_LINES[0]), min(wanted, room - self.panel.table_height(TURNS_IN_VIEW)))
        self.setSizes([room - text, text])


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
        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setObjectName("speaker_combo")
        self.speaker_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.speaker_combo.activated.connect(self._on_combo_speaker)
        self.speaker_title.setBuddy(self.speaker_combo)
        self.time_label = QLabel(self)
        self.stamp_button = QPushButton(self)
        self.stamp_button.clicked.connect(self.stamp)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_turn)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_current)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("transcript_hint")
        # The shortcut line (also the text box's tooltip) takes two or three lines of a short screen: it
        # shows by itself where there is room, and this button shows or hides it (the choice then holds).
        self.keys_button = QToolButton(self)
        self.keys_button.setObjectName("transcript_keys")
        self.keys_button.setCheckable(True)
        self.keys_button.toggled.connect(self._on_keys_toggled)
        self._hint_chosen = False  # the facilitator pressed the button: the line no longer follows the room

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
        anywhere = QShortcut(QKeySequence(DELETE_KEYS), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        anywhere.activated.connect(self.delete_current)
        self.speaker_undo = SpeakerUndo(self.edit)
        self.edit.undo_first = self._undo_speaker
        self.view.activated.connect(lambda _index: self.edit.setFocus())  # Enter on a turn: edit it

        # Two groups that each go on to a second line when the bar is narrower than they are: in one
        # row at 24 points the speaker list was squeezed to "01-P03 (Ctrl+3)", the pseudonym's start cut.
        bar = QHBoxLayout()
        self.speaking = FlowRow([self.speaker_title, self.speaker_combo, self.time_label, self.stamp_button], self)
        self.acting = FlowRow([self.new_button, self.delete_button, self.keys_button], self)
        bar.addWidget(self.speaking, 1)  # the room left over stays between the groups
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
        self._fit_text_box()

    def retranslate(self) -> None:
        self.speaker_title.setText(self.tr("&Speaker:"))
        self.speaker_combo.setAccessibleName(self.tr("Speaker of the current turn"))
        self.stamp_button.setText(self.tr("Stamp &time"))
        self.stamp_button.setToolTip(self.tr("Ctrl+T: the time elapsed since the session started"))
        self.stamp_button.setAccessibleName(self.tr("Stamp the elapsed time on this turn"))
        self.new_button.setText(self.tr("&New turn"))
        self.new_button.setToolTip(self.tr("Ctrl+Enter: a new turn with the same speaker"))
        self.delete_button.setText(self.tr("Delete turn"))
        self.delete_button.setAccessibleName(self.tr("Delete the current turn"))
        self.delete_button.setToolTip(self.tr("Ctrl+Shift+Delete (Delete in the list of turns): delete the current turn"))
        self.delete_button.setAccessibleDescription(self.delete_button.toolTip())
        self.view.setAccessibleName(self.tr("Transcript turns"))
        self.edit.setAccessibleName(self.tr("Text of the current turn"))
        hint = self.tr(
            "Ctrl+1…9: participant in that seat, Ctrl+0: facilitator. At the end of the text this "
            "starts a new turn for that speaker; inside the text it re-assigns the turn. "
            "Enter: new paragraph. Ctrl+Enter: new turn. Ctrl+T: time stamp. Alt+↑/↓: previous/next turn."
        )
        hint += " " + self.tr("Ctrl+Shift+Delete: delete the turn.")
        self.hint.setText(hint)
        self.edit.setToolTip(hint)
        self.keys_button.setText(self.tr("Shortcuts"))
        self.keys_button.setToolTip(self.tr("Show or hide the keyboard shortcuts of the transcript"))
        self.refresh_speakers()
        self._show_current()

    # --- room on a short screen ----------------------------------------------------------------
    def composer_height(self, lines: int) -> int:
        """The text box with its speaker bar (and a refusal showing), ``lines`` lines tall."""
        return self.composer.minimumSizeHint().height() - self.edit.minimumHeight() + lines_height(self.edit, lines)

    def table_height(self, turns: int) -> int:
        """The table showing ``turns`` turns of one line each, with its column titles."""
        one_line = text_height(self.view.font(), 1) + 2 * CELL_MARGIN
        return self.view.horizontalHeader().sizeHint().height() + turns * one_line + 2 * self.view.frameWidth()

    def _fit_text_box(self) -> None:
        self.edit.setMinimumHeight(lines_height(self.edit, TEXT_LINES[0]))
        # Where the window is shorter than both, the page scrolls rather than hide every turn.
        self.view.setMinimumHeight(self.table_height(TURNS_LEAST))
        self.splitter.balance()

    def _hint_fits(self) -> bool:
        """Whether the shortcut line leaves the table room for ``HINT_TURNS`` turns over the smallest text box."""
        layout = self.layout()
        spacing = max(layout.spacing(), 0) if layout is not None else 0
        hint = self.hint.heightForWidth(max(self.width(), 1)) + spacing
        return self.height() - hint - self.splitter.handleWidth() >= \
            self.table_height(HINT_TURNS) + self.composer_height(TEXT_LINES[0])

    def _follow_room(self) -> None:
        if not self._hint_chosen:
            shown = self._hint_fits()
            self.keys_button.blockSignals(True)
            self.keys_button.setChecked(shown)
            self.keys_button.blockSignals(False)
            self.hint.setVisible(shown)

    def _on_keys_toggled(self, shown: bool) -> None:
        self._hint_chosen = True
        self.hint.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_room()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit_text_box()  # another font: other line heights
            self.fit_columns()
            self._follow_room()

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

    def fit_columns(self) -> None:
        """The speaker and time columns as wide as the widest speaker and time stamp they may show."""
        fit_speaker_and_time(self.view, self.model, [p.code for p in self.people.rows])

    def refresh_speakers(self) -> None:
        """The speaker choices: the facilitator, then each seat (consent missing: shown, not selectable)."""
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        self.speaker_combo.addItem(self.tr("Facilitator (Ctrl+0)"), None)
        for p in self.people.rows:
            # Ctrl+1..9 only: "(Ctrl+12)" had Ctrl+1 start a turn for seat 1 and "2" typed in it.
            text = self.tr("%1 (Ctrl+%2)").replace("%1", p.code).replace("%2", str(p.seat)) if p.seat <= 9 else p.code
            if not p.can_speak:
                text = self.tr("%1 — no consent").replace("%1", text)
            self.speaker_combo.addItem(text, p.participant_id)
        self.speaker_combo.blockSignals(False)
        self._show_speaker()
        self.fit_columns()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for w in (self.speaker_combo, self.stamp_button, self.new_button, self.delete_button):
            w.setEnabled(not read_only)
        self._show_current()

    def start_clock(self, began: dt.datetime) -> None:
        """The elapsed time runs from ``began`` (the session's start today, else the opening), and never
        from before the transcript's latest stamp: reopening the editor mid-session, with no start time
        or one of another day, restarted it at 0:00:00 and new turns were stamped before earlier ones."""
        latest = self._latest_stamp(len(self.model.rows))
        self.started_at = min(began, dt.datetime.now() - dt.timedelta(seconds=latest))

    def _latest_stamp(self, upto: int) -> int:
        stamps = (stamp_seconds(r.timestamp) for r in self.model.rows[:upto])
        return max((s for s in stamps if s is not None), default=0)

    def set_session_language(self, code: str) -> None:
        """Turns read right to left in an Arabic or Kurdish session even when they begin with a Latin word."""
        rtl = language_is_rtl(code)
        self.model.set_rtl_session(rtl)
        self.edit.set_rtl_session(rtl)
        self.rows_fit.refit()

    def elapsed(self) -> str:
        """The time since the session started, never earlier than a stamp of a turn above this one."""
        since = int((dt.datetime.now() - self.started_at).total_seconds())
        return format_elapsed(max(since, self._latest_stamp(max(self.current, 0))))

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
            text = turn.text if turn else ""
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
        self._show_speaker()

    def _show_speaker(self) -> None:
        if not 0 <= self.current < len(self.model.rows):
            return
        found = self.speaker_combo.findData(self.model.rows[self.current].participant_id)
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.setCurrentIndex(max(found, 0))
        self.speaker_combo.blockSignals(False)

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
        """Ctrl+``seat``: a new turn at the end of a turn with text, else this turn re-assigned.
        ``reassign``: this turn's speaker changes wherever the caret is (the speaker list)."""
        if self.read_only or not 0 <= self.current < len(self.model.rows):
            return
        if not self.banner.isHidden():  # another key: the banner goes, the caret comes back to the text
            self.banner.dismiss()
        if seat == 0:
            pid, code = None, ""
        else:
            person = self.people.by_seat(seat)
            if person is None:
                self.message.emit(lambda: self.tr("No participant sits in seat %1.").replace("%1", shown_digits(str(seat))))
                return
            if not person.can_speak:
                code = person.code

                def refusal() -> str:
                    return self.tr("%1 has no recorded consent and cannot be given speech. Record consent first.").replace(
                        "%1", code)

                text = refusal()
                # The caret leaves the previous speaker's turn: nothing typed now lands under their name.
                # (Leaving the text saves it; the refusal is said after, so "Saved." does not hide it.)
                participant_id = person.participant_id
                self.banner.show_problem(
                    text, self.tr("Record consent for %1…").replace("%1", person.code),
                    lambda: self.consentRequested.emit(participant_id), return_to=self.edit)
                self.message.emit(refusal)
                return
            pid, code = person.participant_id, person.code
        turn = self.model.rows[self.current]
        if turn.redacted:
            self.message.emit(lambda: self.tr("This turn is hidden (consent withdrawn) and cannot be changed."))
            return
        if not reassign and turn.text and self.edit.at_end() and turn.participant_id != pid:
            self._insert_after(pid, code)
            speaker = self.model.speaker_label(self.model.rows[self.current])
            self.message.emit(lambda: self.tr("New turn: %1").replace("%1", speaker))
        else:
            if turn.participant_id != pid:
                self.speaker_undo.remember(turn.key, turn.participant_id, turn.speaker_code)
            self._set_speaker(pid, code)

    def _set_speaker(self, pid: str | None, code: str) -> None:
        self.model.set_speaker(self.current, pid, code)
        self._show_speaker()
        self.edited.emit()
        label = self.current_turn_label()
        self.message.emit(lambda: self.tr("Speaker of this turn: %1").replace("%1", label))

    def _undo_speaker(self) -> bool:
        if self.read_only or not 0 <= self.current < len(self.model.rows) or self.model.rows[self.current].redacted:
            return False
        before = self.speaker_undo.take(self.model.rows[self.current].key)
        if before is None:
            return False
        self._set_speaker(before.participant_id, before.speaker_code)
        return True

    def _on_combo_speaker(self, position: int) -> None:
        pid = self.speaker_combo.itemData(position)
        person = self.people.by_id(pid)
        # The list re-assigns the current turn, the facilitator too, and leaves the caret where it was:
        # it never starts a new turn (arrowing up past "Facilitator" did, and took the focus away).
        if pid is None:
            self.request_speaker(0, reassign=True)
        elif person is not None:
            self.request_speaker(person.seat, reassign=True)
        self._show_speaker()

    def new_turn(self) -> None:
        if self.read_only or not 0 <= self.current < len(self.model.rows):
            return
        turn = self.model.rows[self.current]
        if turn.empty:
            self.edit.setFocus()
            return
        self._insert_after(turn.participant_id, turn.speaker_code)

    def _insert_after(self, participant_id: str | None, code: str) -> None:
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
