"""What the focus-group editor reads when it opens (on the worker thread, so a long transcript opens
without freezing the window), and the words when it could not be read or saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session as OrmSession

from desktop.core import participants, sessions, transcripts
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.core.models import Session
from desktop.core.participants import SeatedParticipant
from desktop.core.transcripts import TurnView
from desktop.core.validation import TIME_RE
from desktop.ui.widgets.environment_words import Advice, environment_reason
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.save_failure import save_failure_words, session_gone_words


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


def session_start(fields: dict[str, Any]) -> dt.datetime:
    """When the session began, for time stamps: its start time if it is today, else now."""
    now = dt.datetime.now()
    start = str(fields.get("start_time") or "")
    if fields.get("date") == now.date() and TIME_RE.match(start):
        began = dt.datetime.combine(now.date(), dt.time(int(start[:2]), int(start[3:])))
        if began <= now:
            return began
    return now


def load_failure_words(exc: BaseException) -> Words:
    """Why the session did not open, in the interface's language: the exception's own text was put
    in the line ("…: the session does not exist", SQLite's words), English on any screen."""
    if isinstance(exc, sessions.SessionNotFound):  # deleted meanwhile (an import, a team update)
        return lambda: QCoreApplication.translate("FocusGroupEditor", "This session is no longer in the database.")
    if isinstance(exc, EnvironmentProblem):  # another program's lock, a disk error
        return lambda: QCoreApplication.translate("FocusGroupEditor", "This session could not be opened: %1").replace(
            "%1", environment_reason(exc, Advice.OPENING))
    return lambda: QCoreApplication.translate("FocusGroupEditor", "This session could not be opened.")


def save_failure_explained(exc: MajlisError) -> Words:
    """Why the editor's save failed, made in the language of the moment (the status line follows a switch)."""
    translate = QCoreApplication.translate
    if exc.code == "no_consent":
        return lambda: translate("FocusGroupEditor",
                                 "Not saved: a speaker has no recorded consent. Change the speaker of that turn.")
    gone = session_gone_words(exc)  # made final or deleted elsewhere: the roundtable editor's words
    if gone is not None:
        return gone
    if exc.code == "environment":
        return save_failure_words(exc)
    # The core's own sentence ("the turn does not exist") is English: never put in the line.
    if isinstance(exc, transcripts.RedactedTurn):  # its speaker withdrew meanwhile (another window)
        return lambda: translate("TranscriptPanel", "This turn is hidden (consent withdrawn) and cannot be changed.")
    if isinstance(exc, transcripts.TurnNotFound):
        return lambda: translate("FocusGroupEditor", "Not saved: a turn you changed was deleted elsewhere meanwhile "
                                 "(another window, majlis-cli or a team update). Copy your text, then close the "
                                 "session and open it again.")
    return lambda: translate("FocusGroupEditor", "Not saved. Your text is kept on screen.")
