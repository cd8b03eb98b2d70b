"""Merge with previous turn (Ctrl+Shift+Backspace) and Split turn at cursor (Ctrl+Shift+Enter).

Typing live, a facilitator often gives one speaker's words two turns (the wrong key pressed) or two
speakers one turn. Both mend it where it happened, with the codings on those words kept on them
(core/turn_joins.py moves the coded segments with the words, in the same transaction):

- Merge: this turn's words follow the previous turn's after a space; the merged turn keeps the
  previous turn's speaker and time stamp. Two different speakers are asked about once (Merge/Cancel).
- Split: the text after the caret (on a character boundary: never between a letter and its harakat,
  or inside an emoji) becomes a new turn right after, with the same speaker and time stamp; the caret
  waits at its start, where Ctrl+0..9 gives it its speaker. A cut through coded words is refused.

The editor saves what is on screen first, then the change is made through the operations layer and
shown as saved. Ctrl+Z right after either (nothing typed since; speaker_undo's rule) undoes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session as OrmSession

from desktop.core import sessions, text_cut
from desktop.core import turn_joins as joins
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.core.offsets import from_utf16, to_utf16
from desktop.core.transcripts import NoConsent
from desktop.ui.focus_group.shortcut_words import MERGE_KEYS
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.device_name import unbroken
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.pop_up_keys import children_shortcut

if TYPE_CHECKING:
    from desktop.ui.focus_group.editor import FocusGroupEditor

T = TypeVar("T")


@dataclass(frozen=True)
class Done:
    """The last merge or split, for Ctrl+Z right after it."""

    merged: joins.Merged | None
    split: joins.Split | None
    key: str  # the turn that was current after it
    revision: int  # the text box's document revision then
    second_code: str = ""  # a merge: the second turn's speaker, shown again when it is undone


class TurnJoins(QObject):
    def __init__(self, editor: FocusGroupEditor) -> None:
        super().__init__(editor.transcript)
        self.editor = editor
        self.panel = panel = editor.transcript
        self._last: Done | None = None
        panel.edit.mergeRequested.connect(self.merge_with_previous)
        panel.edit.splitRequested.connect(self.split_at_cursor)
        # From the turns table too (the text box takes the keys itself: TurnTextEdit).
        children_shortcut(MERGE_KEYS, panel, self.merge_with_previous)  # not from the speaker list open
        panel.undo_hooks.append(self.undo)

    # --- the two commands ----------------------------------------------------------------------
    def merge_with_previous(self) -> None:
        p = self.panel
        rows = p.model.rows
        if p.read_only or not 0 <= p.current < len(rows):
            return
        row = p.current
        if row == 0:
            self._say(lambda: self.tr("This is the first turn: there is no turn before it to merge with."))
            return
        first, second = rows[row - 1], rows[row]
        if first.redacted or second.redacted:
            self._say_hidden()
            return
        unwritten = [r for r, turn in ((row, second), (row - 1, first)) if turn.turn_id is None and turn.empty]
        if unwritten:  # an empty turn, never written: it just goes, and nothing is asked
            p.reshape(lambda: p.model.remove_turn(unwritten[0]), row - 1)
            return
        if first.participant_id != second.participant_id and not self._ask(
                p.model.speaker_label(first), p.model.speaker_label(second)):
            return
        if not self._saved() or first.turn_id is None or second.turn_id is None:
            return
        first_id, second_id, texts = first.turn_id, second.turn_id, (first.text, second.text)
        second_code = second.speaker_code
        merged = self._run(lambda s: joins.merge_turns(s, self.editor.session_id, first_id, second_id, expected=texts))
        if merged is None:
            return
        self._show_merged(row - 1, merged)
        self._remember(Done(merged, None, rows[row - 1].key, 0, second_code))
        self._say(lambda: self.tr("Merged with the previous turn. Ctrl+Z undoes it."))

    def split_at_cursor(self) -> None:
        p = self.panel
        rows = p.model.rows
        if p.read_only or not 0 <= p.current < len(rows):
            return
        row, turn = p.current, rows[p.current]
        if turn.redacted:
            self._say_hidden()
            return
        cut = from_utf16(turn.text, p.edit.textCursor().position())
        while not text_cut.is_boundary(turn.text, cut):  # never between a letter and its harakat
            cut -= 1
        if not turn.text[:cut].strip() or not turn.text[cut:].strip():
            self._say(lambda: self.tr("Put the cursor where the new turn begins, between the words of this turn."))
            return
        if not self._saved() or turn.turn_id is None:
            return
        turn_id, text = turn.turn_id, turn.text
        split = self._run(lambda s: joins.split_turn(s, self.editor.session_id, turn_id, cut, expected=text))
        if split is None:
            return
        self._show_split(row, split, turn.speaker_code)
        self._remember(Done(None, split, rows[row + 1].key, 0))
        self._say(lambda: self.tr("Turn split. Give the new turn its speaker with Ctrl+0…9; Ctrl+Z undoes the split."))

    def undo(self) -> bool:
        """Ctrl+Z: the merge or split just made undone. False when it was not the last thing done here."""
        last, self._last = self._last, None
        p = self.panel
        if last is None or p.read_only or not 0 <= p.current < len(p.model.rows):
            return False
        row = p.current
        if p.model.rows[row].key != last.key or p.edit.document().revision() != last.revision:
            return False
        sid = self.editor.session_id
        if last.merged is not None:
            merged = last.merged
            split = self._run(lambda s: joins.unmerge(s, sid, merged))
            if split is not None:
                self._show_split(row, split, last.second_code, first_stamp=merged.first_timestamp)
                self._say(lambda: self.tr("Merge undone."))
        elif last.split is not None and row > 0:
            done = last.split
            joined = self._run(lambda s: joins.unsplit(s, sid, done))
            if joined is not None:
                self._show_merged(row - 1, joined)
                self._say(lambda: self.tr("Split undone."))
        return True

    # --- on screen -----------------------------------------------------------------------------
    def _show_merged(self, row: int, merged: joins.Merged) -> None:
        p = self.panel

        def change() -> None:
            p.model.show_saved(row, merged.text, merged.timestamp)
            p.model.drop_saved(row + 1)

        p.reshape(change, row)
        self._caret_at(to_utf16(merged.text, merged.joint + len(merged.gap)))

    def _show_split(self, row: int, split: joins.Split, code: str, *, first_stamp: str | None = None) -> None:
        p = self.panel
        stamp = p.model.rows[row].timestamp if first_stamp is None else first_stamp

        def change() -> None:
            p.model.show_saved(row, split.head, stamp)
            p.model.insert_saved(row + 1, split.new_id, split.participant_id, code, split.tail, split.timestamp)

        p.reshape(change, row + 1)
        self._caret_at(0)  # inside the text: a speaker key re-assigns this turn (not a new one)

    def _caret_at(self, position: int) -> None:
        cursor = self.panel.edit.textCursor()
        cursor.setPosition(position)
        self.panel.edit.setTextCursor(cursor)
        self.panel.edit.setFocus()

    def _remember(self, done: Done) -> None:
        revision = self.panel.edit.document().revision()
        self._last = Done(done.merged, done.split, done.key, revision, done.second_code)

    # --- asking, saving, saying ----------------------------------------------------------------
    def _ask(self, first: str, second: str) -> bool:
        box = QMessageBox(self.panel)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge with the previous turn"))
        box.setText(self.tr("These two turns have different speakers. Merge them? The words of %2 become part "
                            "of the turn of %1.").replace("%1", unbroken(first)).replace("%2", unbroken(second)))
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter or Esc merges nothing by accident
        box.setEscapeButton(cancel)
        return answer_of(box, lambda asked, _result: asked.clickedButton() is merge)

    def _saved(self) -> bool:
        """What is on screen is on disk first: the words are cut and joined as the database holds them."""
        return self.editor.save_first()  # while the import bar waits: said, nothing cut or joined

    def _run(self, op: Callable[[OrmSession], T]) -> T | None:
        try:
            return CollectionOp(self.editor.ctx, op).run_now()
        except MajlisError as exc:
            self._refused(exc)
            return None

    def _refused(self, exc: MajlisError) -> None:
        if isinstance(exc, joins.CutThroughCoding):
            self._say(lambda: self.tr("The cursor is inside coded words: split the turn before or after them."))
        elif isinstance(exc, sessions.SessionReadOnly | sessions.SessionNotFound | EnvironmentProblem | NoConsent):
            # Made final or deleted elsewhere meanwhile: read-only (a deleted session offers no Unlock…).
            self.editor.went_elsewhere(exc, stranded=False)
            self._say(self.editor.explain(exc))  # after read-only, whose own line it replaces
        else:
            self._say(lambda: self.tr("These turns were changed elsewhere meanwhile: nothing was merged or split."))

    def _say_hidden(self) -> None:
        self._say(lambda: QCoreApplication.translate(
            "TranscriptPanel", "This turn is hidden (consent withdrawn) and cannot be changed."))

    def _say(self, words: Words) -> None:
        self.panel.message.emit(words)
