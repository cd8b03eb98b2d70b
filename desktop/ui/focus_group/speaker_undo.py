"""Ctrl+Z right after a speaker key re-assigned the current turn: the turn's speaker comes back.

A speaker key pressed by mistake inside a turn gives the whole turn to another seat; Ctrl+Z, the key a
facilitator reaches for, took away the last words typed instead and left the turn under the wrong
speaker. The text box's undo history is the text's (Qt has no room in it for anything else), so the
re-assignment is remembered here, with the document's revision: once anything is typed, or another
turn is shown, Ctrl+Z is the text's again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QTextEdit


@dataclass(frozen=True)
class Reassigned:
    key: str  # the turn's key in the transcript model
    participant_id: str | None  # the speaker it had
    speaker_code: str
    revision: int  # the text box's document revision when it was re-assigned


class SpeakerUndo:
    def __init__(self, edit: QTextEdit) -> None:
        self.edit = edit
        self._last: Reassigned | None = None

    def remember(self, key: str, participant_id: str | None, speaker_code: str) -> None:
        self._last = Reassigned(key, participant_id, speaker_code, self.edit.document().revision())

    def take(self, key: str) -> Reassigned | None:
        """The speaker the turn ``key`` had, if its re-assignment is the last thing done in it."""
        last, self._last = self._last, None
        if last is None or last.key != key or last.revision != self.edit.document().revision():
            return None
        return last
