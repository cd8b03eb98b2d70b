"""The roundtable attendance table's Consent column: whether each participant consented to take part in
this roundtable, in the words of the focus group's Participants tab (an organisation's row says nothing).

Without it the table showed the pseudonym and the role only: after Record consent… nothing on the screen
changed, and who in the hall still had to be asked was learnt at Finalise."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session as OrmSession

from desktop.core import participants
from desktop.ui.labels import demographics
from desktop.ui.operations import read_now

if TYPE_CHECKING:
    from desktop.ui.sessions.minutes_sections import TableSection
    from desktop.ui.sessions.roundtable_editor import RoundtableEditor

# What a consent recorded, withdrawn (everything: an erasure) or brought by a bundle touches.
WATCHED = frozenset({"consent_record", "erasure"})
CONSENT_COLUMN = 2  # after the attendee and the role (whose delegate is on column 1)
ROLE_SHARE, CONSENT_SHARE = 0.45, 0.25  # of the table's width, at most
# Consent key by participant id, for each open editor (gone with it).
_STATES: weakref.WeakKeyDictionary[RoundtableEditor, dict[str, str]] = weakref.WeakKeyDictionary()


def share_columns(attendance: TableSection) -> None:
    """The role and the consent as wide as their words, up to 45 % and 25 % of the table, their words
    wrapped past that: the attendees' names keep the rest. (As wide as its words, 'Member of the
    provincial council' took 418 of 575 pixels at 20 points, the names beside it on three lines.)"""
    attendance.cap_column(1, ROLE_SHARE)
    attendance.cap_column(CONSENT_COLUMN, CONSENT_SHARE)


def header() -> str:
    """The column's name, as the focus group's Participants tab names it."""
    return QCoreApplication.translate("ParticipantFields", "Consent")


def states(s: OrmSession, session_id: str, participant_ids: list[str]) -> dict[str, str]:
    """Consent key by participant, for taking part (what Finalise asks of a roundtable): "given", "none",
    "declined" (No on the form) or "withdrawn". Whether they may be quoted is for transcripts, not minutes:
    "consent given, not to be quoted" on three lines made the rows taller than the table at 20 points."""
    seated = {p.participant_id: p.consent for p in participants.session_participants(s, session_id)}
    out = {}
    for pid in participant_ids:
        key = seated.get(pid) or participants.consent_status(s, pid, session_id)
        out[pid] = "given" if key in ("quotes_refused", "withdrawn_quotes") else key
    return out


def read(editor: RoundtableEditor, rows: list[dict[str, Any]]) -> None:
    """The states of the participants among ``rows``, kept for the editor's column to show."""
    ids = [str(r["participant_id"]) for r in rows if r.get("participant_id")]
    _STATES[editor] = read_now(editor.ctx, lambda s: states(s, editor.session_id, ids)) if ids else {}


def word(editor: RoundtableEditor, row: dict[str, Any]) -> str:
    participant_id = row.get("participant_id")
    if not participant_id:
        return ""
    return demographics.consent(_STATES.get(editor, {}).get(participant_id, "none"))


def refresh(editor: RoundtableEditor) -> None:
    """Read again (a consent recorded, someone added) and shown at once."""
    model = editor.attendance_model
    read(editor, model.rows)
    if model.rowCount():
        model.dataChanged.emit(model.index(0, CONSENT_COLUMN), model.index(model.rowCount() - 1, CONSENT_COLUMN))


def follow(editor: RoundtableEditor, tables: object) -> None:
    """A change announced elsewhere (the Participants page's withdrawal, the Consent page, a bundle or a team
    update imported) while the editor is open: the column read again, as the focus group's Participants tab
    is. It was read only when the editor opened, after Record consent… and after someone was added here."""
    if isinstance(tables, set | frozenset) and tables & WATCHED:
        refresh(editor)
