"""Workbook sheets of the roundtable minutes: attendance, agenda and decisions, action items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import recorded_on
from desktop.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Organisation,
    Session,
)
from desktop.core.text_direction import language_is_rtl
from desktop.exports import xlsx_words as W
from desktop.exports.enum_labels import enum_label
from desktop.exports.xlsx_sheet import directed
from desktop.exports.xlsx_values import as_date, as_number, as_text

if TYPE_CHECKING:
    from desktop.exports.xlsx import Book, ExportSummary


def _live_sessions(s: OrmSession) -> dict[str, Session]:
    return {x.id: x for x in s.scalars(select(Session).where(Session.deleted.is_(False)))}


def attendance(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    lang = book.lang
    ws = book.sheet(W.SHEET_ATTENDANCE, [W.SESSION_ID, W.SESSION_TITLE, W.SEAT, W.PSEUDONYM, W.ORGANISATION, W.ROLE],
                    [38, 30, 6, 16, 36, 28])
    sessions = _live_sessions(s)
    people = recorded_on.distinct_names(s, lang)  # as the speaker columns name them
    orgs = {oid: name for oid, name in s.execute(select(Organisation.id, Organisation.name))}
    query = (select(Attendance).where(Attendance.deleted.is_(False))
             .order_by(Attendance.session_id, Attendance.seat, Attendance.id))
    for row in s.scalars(query):
        session = sessions.get(row.session_id)
        if session is None:
            continue
        ws.append([row.session_id, session.title, as_number(row.seat), people.get(row.participant_id or "", ""),
                   orgs.get(row.organisation_id or "", ""), enum_label("role", row.role, lang)])
        summary.attendance += 1


def agenda_and_decisions(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    """One row per agenda item (title, discussion notes) and per decision, in the session's order."""
    lang = book.lang
    ws = book.sheet(W.SHEET_AGENDA, [W.SESSION_ID, W.SESSION_TITLE, W.ITEM, W.POSITION, W.TITLE, W.NOTES],
                    [38, 30, 14, 8, 36, 100])
    sessions = _live_sessions(s)
    agenda_word, decision_word = W.word(lang, W.AGENDA_ITEM), W.word(lang, W.DECISION)
    rows: list[tuple[str, int, float, list[object]]] = []
    for item in s.scalars(select(AgendaItem).where(AgendaItem.deleted.is_(False))):
        if item.session_id in sessions:
            rows.append((item.session_id, 0, as_number(item.position) or 0,
                         [agenda_word, item.title, item.notes]))
    for decision in s.scalars(select(Decision).where(Decision.deleted.is_(False))):
        if decision.session_id in sessions:
            rows.append((decision.session_id, 1, as_number(decision.position) or 0,
                         [decision_word, "", decision.text]))
    rows.sort(key=lambda r: (sessions[r[0]].date is None, sessions[r[0]].date or 0, r[0], r[1], r[2]))
    counters: dict[tuple[str, int], int] = {}
    for session_id, group, _pos, (word, title, text) in rows:
        n = counters[(session_id, group)] = counters.get((session_id, group), 0) + 1
        rtl = language_is_rtl(sessions[session_id].language)
        ws.append([session_id, sessions[session_id].title, word, n, directed(as_text(title), rtl),
                   directed(as_text(text), rtl)])
        summary.agenda_rows += 1


def action_items(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    lang = book.lang
    ws = book.sheet(W.SHEET_ACTIONS, [W.SESSION_ID, W.SESSION_TITLE, W.POSITION, W.ACTION, W.OWNER, W.DUE, W.STATUS],
                    [38, 30, 8, 60, 20, 12, 14])
    sessions = _live_sessions(s)
    query = (select(ActionItem).where(ActionItem.deleted.is_(False))
             .order_by(ActionItem.session_id, ActionItem.position, ActionItem.id))
    counters: dict[str, int] = {}
    for row in s.scalars(query):
        session = sessions.get(row.session_id)
        if session is None:
            continue
        n = counters[row.session_id] = counters.get(row.session_id, 0) + 1
        ws.append([row.session_id, session.title, n, directed(as_text(row.what), language_is_rtl(session.language)),
                   row.owner, as_date(row.due_date),
                   enum_label("action_status", row.status, lang)])
        summary.actions += 1
