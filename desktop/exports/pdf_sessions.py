"""Session PDFs: a roundtable's minutes (a focus group's transcript), and a session's summary.

Consent is honoured as everywhere else (:mod:`desktop.core.consent_rules`): a participant who
withdrew everything has no words here; a participant who did not agree to be quoted (or withdrew
quotes) is never quoted in a summary, and in a printed transcript their turns read "[not to be
quoted]", because a PDF is handed over and quoted from. Only pseudonyms are printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, consent_rules, retrieval
from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.core.errors import MajlisError
from desktop.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Code,
    Decision,
    Organisation,
    Participant,
    Session,
    Team,
    TranscriptTurn,
)
from desktop.core.reference import session_code
from desktop.core.text_direction import language_is_rtl, text_direction
from desktop.exports import pdf_words as W
from desktop.exports.enum_labels import enum_label, governorate
from desktop.exports.pdf_layout import Masthead, Report, isolated, quoted
from desktop.i18n.digits import Digits, apply_digits
from desktop.i18n.formatting import format_date
from desktop.i18n.languages import item_separator

Document = Literal["minutes", "summary", "consent-register"]
DOCUMENTS: tuple[str, ...] = ("minutes", "summary", "consent-register")


#: Told each step of a document's making (done, of how many); raises InterruptedError when it was cancelled.
Step = Callable[[int, int], None]
#: The transcript's turns told in groups: a 50,000-word transcript has thousands of turns.
TURNS_PER_STEP = 25


class SessionMissing(MajlisError):
    exit_code = 3


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "x"


def organisation_name(s: OrmSession) -> str:
    """The team (organisation) this database works for; "" on a database without a team (the page's
    masthead then names Majlis in the document's language)."""
    team = s.scalars(select(Team).limit(1)).first()
    return team.name if team is not None and team.name else ""


def session_line(session: Session, lang: str) -> str:
    parts = [session.title or "", enum_label("kind", session.kind, lang), governorate(session.governorate, lang)]
    return item_separator(lang, "  ·  ").join(p for p in parts if p)


def _live(s: OrmSession, model: Any, session_id: str, order: Any) -> list[Any]:
    """The live child rows (agenda, decisions, turns...) of one session, in their order."""
    query = select(model).where(model.session_id == session_id, model.deleted.is_(False))
    return list(s.scalars(query.order_by(order, model.id)))


def _written(*texts: str | None) -> bool:
    """Whether any of a row's ``texts`` holds more than white space."""
    return any(text and text.strip() for text in texts)


def _get_session(s: OrmSession, session_id: str) -> Session:
    session = s.get(Session, session_id)
    if session is None or session.deleted:
        raise SessionMissing("no session with that id")
    return session


def _start(s: OrmSession, session: Session, lang: str | None, digits: Digits, title: str) -> Report:
    lang = lang or session.language or "ar"
    report = Report(lang, digits, Masthead(
        organisation_name(s), title, session_line(session, lang),
        format_date(session.date, lang, digits) if session.date else "",
    ))
    report.title(report.word(W.CTX, title))
    w = report.word
    report.field(w(W.CTX, W.SESSION), session.title)
    report.field(w(W.CTX, W.KIND), enum_label("kind", session.kind, lang))
    if session.date:
        report.field(w(W.CTX, W.DATE), format_date(session.date, lang, digits))
    times = "–".join(t for t in (session.start_time, session.end_time) if t)
    report.field(w(W.CTX, W.TIME), apply_digits(times, digits))
    report.field(w(W.CTX, W.GOVERNORATE), governorate(session.governorate, lang))
    report.field(w(W.CTX, W.VENUE), session.venue)
    report.field(w(W.CTX, W.LANGUAGE), enum_label("language", session.language, lang))
    report.field(w(W.CTX, W.FACILITATOR), session.facilitator)
    report.field(w(W.CTX, W.NOTE_TAKER), session.note_taker)
    report.field(w(W.CTX, W.STATUS), enum_label("status", session.status, lang))
    return report


def minutes_report(s: OrmSession, session_id: str, lang: str | None = None, digits: Digits = "latn",
                   step: Step | None = None) -> Report:
    session = _get_session(s, session_id)
    if session.kind == "focus_group":
        return _transcript(s, session, lang, digits, step)
    report = _start(s, session, lang, digits, W.MINUTES)
    w, lang = report.word, report.lang
    rtl = language_is_rtl(session.language)
    people = {p.id: p.code for p in s.scalars(select(Participant))}
    orgs = {o.id: o.name for o in s.scalars(select(Organisation))}
    attendance = _live(s, Attendance, session.id, Attendance.seat)
    if attendance:
        report.heading(w(W.CTX, W.ATTENDANCE))
        rows = [[report.number(a.seat or i + 1), people.get(a.participant_id or "", ""),
                 orgs.get(a.organisation_id or "", ""), enum_label("role", a.role, lang)]
                for i, a in enumerate(attendance)]
        report.table([w(W.CTX, W.SEAT), w(W.CTX, W.PARTICIPANT), w(W.CTX, W.ORGANISATION), w(W.CTX, W.ROLE)],
                     rows, [0.7, 2, 3, 3])
    _summary(report, session)
    report.heading(w(W.CTX, W.AGENDA))
    # A row added and never filled (Add pressed once too often) printed a number with nothing after it.
    items = [i for i in _live(s, AgendaItem, session.id, AgendaItem.position) if _written(i.title, i.notes)]
    for i, item in enumerate(items):
        report.paragraph(f"{report.number(i + 1)}. {item.title}", bold=True,
                         direction=text_direction(item.title or "", rtl))
        if _written(item.notes):
            report.paragraph(item.notes, direction=text_direction(item.notes or "", rtl))
    if not items:
        report.paragraph(w(W.CTX, W.NOTHING_RECORDED))
    report.heading(w(W.CTX, W.DECISIONS))
    decisions = [d for d in _live(s, Decision, session.id, Decision.position) if _written(d.text)]
    for i, decision in enumerate(decisions):
        report.paragraph(f"{report.number(i + 1)}. {decision.text}",
                         direction=text_direction(decision.text or "", rtl))
    if not decisions:
        report.paragraph(w(W.CTX, W.NOTHING_RECORDED))
    actions = [a for a in _live(s, ActionItem, session.id, ActionItem.position)
               if _written(a.what, a.owner) or a.due_date]
    report.heading(w(W.CTX, W.ACTIONS))
    if actions:
        rows = [[a.what, a.owner, format_date(a.due_date, lang, digits) if a.due_date else "",
                 enum_label("action_status", a.status, lang)] for a in actions]
        report.table([w(W.CTX, W.ACTION), w(W.CTX, W.OWNER), w(W.CTX, W.DUE), w(W.CTX, W.STATUS)],
                     rows, [5, 2, 1.4, 1.4])
    else:
        report.paragraph(w(W.CTX, W.NOTHING_RECORDED))
    return report


def _transcript(s: OrmSession, session: Session, lang: str | None, digits: Digits,
                step: Step | None = None) -> Report:
    report = _start(s, session, lang, digits, W.TRANSCRIPT)
    w = report.word
    people = {p.id: p.code for p in s.scalars(select(Participant))}
    policies = consent_rules.PolicyCache(s)
    rtl = language_is_rtl(session.language)
    _summary(report, session)
    report.heading(w(W.CTX, W.TRANSCRIPT))
    turns = _live(s, TranscriptTurn, session.id, TranscriptTurn.position)
    try:
        for i, turn in enumerate(turns):
            if step is not None and i % TURNS_PER_STEP == 0:
                step(i, len(turns) + 1)  # the last step: the file itself
            pid = turn.participant_id
            speaker = people.get(pid, "?") if pid else w(W.CTX, W.FACILITATOR)
            policy = policies.get(pid, session.id)
            text, direction = turn.text, text_direction(turn.text or "", rtl)
            if policy.redacted:
                text, direction = w(W.CTX, W.WITHDRAWN_SPEECH), None  # the document's words, in its direction
            elif policy.words_hidden or not policy.may_quote:  # no to taking part: never their words either
                text, direction = w(W.CTX, W.NOT_QUOTED), None
            stamp = f"[{apply_digits(str(turn.timestamp), digits)}] " if turn.timestamp else ""
            # The turn read as the focus-group editor shows it ("UNDP گوتی 35%" right to left in a Kurdish
            # session), its time and speaker on the side it starts from.
            report.paragraph(f"{stamp}{speaker}: {isolated(text, direction)}", direction=direction)
    except BaseException:  # cancelled midway: the fonts' files are not left open
        report.close()
        raise
    if not turns:
        report.paragraph(w(W.CTX, W.NOTHING_RECORDED))
    report.paragraph(w(W.CTX, W.CONSENT_NOTE), size=8.5, grey=True)
    return report


def _summary(report: Report, session: Session) -> None:
    if session.summary:
        report.heading(report.word(W.CTX, W.SUMMARY_HEADING))
        report.paragraph(session.summary, direction=text_direction(session.summary,
                                                                   language_is_rtl(session.language)))


def _consent_word(report: Report, policy: consent_rules.SpeechPolicy) -> str:
    if policy.redacted:
        return report.word(W.CTX, W.WITHDRAWN_SPEECH)
    if not policy.has_consent:
        return report.word(W.CTX, W.CONSENT_NONE)
    if not policy.may_quote:
        return report.word(W.CTX, W.CONSENT_QUOTES_WITHHELD)
    return report.word(W.CTX, W.GIVEN)


def summary_report(s: OrmSession, session_id: str, lang: str | None = None, digits: Digits = "latn") -> Report:
    """Who took part (demographics and consent), the codes applied and the quotes that may be quoted."""
    session = _get_session(s, session_id)
    title = W.SUMMARY if session.kind == "focus_group" else W.SESSION_SUMMARY
    report = _start(s, session, lang, digits, title)
    w, lang = report.word, report.lang
    policies = consent_rules.PolicyCache(s)
    _summary(report, session)
    seats = _live(s, Attendance, session.id, Attendance.seat)
    pids = [a.participant_id for a in seats if a.participant_id]
    pids += [p for p in s.scalars(select(TranscriptTurn.participant_id).where(
        TranscriptTurn.session_id == session.id, TranscriptTurn.deleted.is_(False))) if p and p not in pids]
    people = {p.id: p for p in s.scalars(select(Participant).where(Participant.id.in_(pids)))}
    if people:
        report.heading(w(W.CTX, W.PARTICIPANTS))
        rows = []
        for pid in dict.fromkeys(pids):
            p = people.get(pid)
            if p is None or p.deleted:
                continue
            rows.append([p.code, enum_label("gender", p.gender, lang), p.age_band, governorate(p.governorate, lang),
                         enum_label("setting", p.setting, lang), p.occupation,
                         _consent_word(report, policies.get(pid, session.id))])
        report.table([w(W.CTX, W.PSEUDONYM), w(W.CTX, W.GENDER), w(W.CTX, W.AGE_BAND), w(W.CTX, W.GOVERNORATE),
                      w(W.CTX, W.SETTING), w(W.CTX, W.OCCUPATION), w(W.CTX, W.CONSENT)],
                     rows, [2.2, 1.3, 1.2, 1.6, 1.3, 2, 2])
    _codes_and_quotes(s, report, session.id, language_is_rtl(session.language))
    report.paragraph(w(W.CTX, W.CONSENT_NOTE), size=8.5, grey=True)
    return report


def _codes_and_quotes(s: OrmSession, report: Report, session_id: str, rtl: bool) -> None:
    w = report.word
    report.heading(w(W.CTX, W.CODES))
    codes = {c.id: c for c in s.scalars(select(Code))}
    items = [r for r in retrieval.retrieve(s) if r.session_id == session_id]
    if not items:
        report.paragraph(w(W.CTX, W.NO_CODES))
        return
    by_code: dict[str, list[retrieval.Retrieved]] = {}
    for item in items:
        code_id = _survivor(item.code_id, codes)
        by_code.setdefault(code_id, []).append(item)
    order = {node.code.id: i for i, node in enumerate(_flatten(codebook.tree(s)))}
    for code_id in sorted(by_code, key=lambda c: (order.get(c, len(order)), c)):
        code = codes.get(code_id)
        name = codebook.display_name(code, report.lang) if code is not None else code_id
        found = by_code[code_id]
        report.paragraph(f"{name} ({report.number(len(found))})", bold=True)
        withheld = edited = 0
        for item in found:
            if item.redacted or item.do_not_quote:
                withheld += 1
                continue
            if item.needs_review:  # its words as coded may be what an edit took out of the transcript
                edited += 1
                continue
            direction = text_direction(item.text, rtl)  # a turn's words, as the editor lays them out
            quote = quoted(item.text, direction)
            report.paragraph(f"{item.speaker}: {quote}" if item.speaker else quote, direction=direction)
        if withheld:
            report.paragraph(w(W.CTX, W.WITHHELD, count=report.number(withheld)), size=9, grey=True)
        if edited:
            report.paragraph(w(W.CTX, W.EDITED, count=report.number(edited)), size=9, grey=True)


def _survivor(code_id: str, codes: dict[str, Code]) -> str:
    seen: set[str] = set()
    current = code_id
    while current in codes and codes[current].merged_into and current not in seen:
        seen.add(current)
        current = codes[current].merged_into or current
    return current


def _flatten(nodes: list[codebook.CodeNode]) -> list[codebook.CodeNode]:
    out: list[codebook.CodeNode] = []
    for node in nodes:
        out.append(node)
        out.extend(_flatten(node.children))
    return out


def session_report(s: OrmSession, session_id: str, document: str, lang: str | None = None,
                   digits: Digits = "latn", step: Step | None = None) -> Report:
    if document == "consent-register":
        from desktop.exports.pdf_consent import register_report

        return register_report(s, session_id, lang, digits)
    if document == "summary":
        return summary_report(s, session_id, lang, digits)
    return minutes_report(s, session_id, lang, digits, step)


def default_document(s: OrmSession, session_id: str) -> str:
    session = _get_session(s, session_id)
    return "summary" if session.kind == "focus_group" else "minutes"


def write_session_pdf(store: Store, session_id: str, out: Path, document: str | None = None,
                      lang: str | None = None, digits: Digits = "latn", *,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the document to ``out`` (whole or not at all). ``progress(done, total)`` is told its steps (a
    transcript's turns in groups, then the file); ``cancelled`` is asked at each and up to the last moment
    before the file takes its name: once it says so, InterruptedError and nothing in the folder."""

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError("export cancelled")
        if progress is not None:
            progress(done, total)

    with store.session() as s:
        report = session_report(s, session_id, document or default_document(s, session_id), lang, digits, step)
    written = report.save(out, cancelled)
    if progress is not None:
        progress(1, 1)
    record_or_take_back(store, "pdf", written)  # an erasure report names the copies it cannot reach; else no file
    return written


def session_file_name(session_id: str, document: str) -> str:
    return f"{document}-{safe_name(session_id)}.pdf"


def suggested_file_name(s: OrmSession, session_id: str, document: str) -> str:
    """The name a save dialog offers: the document, the session's code (its pseudonyms begin with it)
    and its date, ``minutes-BSR-RT01-2023-02-14.pdf``. By the session's id, a folder of minutes held
    names nobody could tell apart."""
    session = _get_session(s, session_id)
    code = session_code(session.governorate or "", session.kind, session.number or 0)
    date = f"-{session.date.isoformat()}" if session.date else ""
    return f"{document}-{safe_name(code + date)}.pdf"
