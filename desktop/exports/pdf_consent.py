"""Consent PDFs: one participant's consent record, and the consent register of a session.

Pseudonyms only: a real name or phone number is never printed and never in a file name. A record
is printed in its form's language unless another is asked for; the register in the session's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.erasure_report import record_export
from desktop.core.errors import MajlisError
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant, Session
from desktop.exports import pdf_words as W
from desktop.exports.enum_labels import enum_label
from desktop.exports.pdf_layout import Masthead, Report
from desktop.exports.pdf_sessions import organisation_name, safe_name, session_line
from desktop.i18n.digits import Digits
from desktop.i18n.formatting import format_date, format_datetime


class NotFound(MajlisError):
    """No such consent record or session (exit 3, like a missing file)."""

    exit_code = 3


def when(value: object, lang: str, digits: Digits) -> str:
    """An ISO 8601 time as the reader's calendar shows it; anything else as it is."""
    text = "" if value is None else str(value)
    try:
        return format_datetime(dt.datetime.fromisoformat(text), lang, digits)
    except ValueError:
        return text


def withdrawal(report: Report, withdrawn_at: object, scope: object) -> str:
    if not withdrawn_at:
        return ""
    text = str(withdrawn_at)
    try:
        date = format_date(dt.date.fromisoformat(text[:10]), report.lang, report.digits)
    except ValueError:
        date = text
    scope_key = scope if scope in ("all", "quotes") else "all"
    return report.word(W.CTX, W.WITHDRAWN, date=date, scope=enum_label("scope", scope_key, report.lang))


def _answers(record: ConsentRecord) -> dict[str, object]:
    return record.answers if isinstance(record.answers, dict) else {}


def record_report(s: OrmSession, record_id: str, lang: str | None = None, digits: Digits = "latn") -> tuple[Report, str]:
    """The report of one consent record and the file name it is saved under."""
    record = s.get(ConsentRecord, record_id)
    if record is None or record.deleted:
        raise NotFound("no consent record with that id")
    tpl = s.get(ConsentTemplate, record.template_id)
    participant = s.get(Participant, record.participant_id)
    session = s.get(Session, record.session_id) if record.session_id else None
    lang = lang or (tpl.language if tpl else None) or (participant.language if participant else "ar")
    pseudonym = participant.code if participant else "?"
    title = tpl.title if tpl and tpl.title else ""
    report = Report(lang, digits, Masthead(
        organisation_name(s), W.CONSENT_RECORD,
        session_line(session, lang) if session else "",
        format_date(session.date, lang, digits) if session and session.date else "",
    ))
    w = report.word
    report.title(w(W.CTX, W.CONSENT_RECORD))
    report.paragraph(title, bold=True, size=12)
    report.field(w(W.CTX, W.FORM_VERSION), report.number(tpl.version if tpl else "?"))
    report.paragraph(tpl.body if tpl else "")
    report.field(w(W.CTX, W.PARTICIPANT), pseudonym)
    if session is not None:
        report.field(w(W.CTX, W.SESSION), session.title)
    answers = _answers(record)
    rows = []
    for clause in (consent.clauses(s, record.template_id) if tpl else []):
        text = clause.text + (f" {w(W.CTX, W.REQUIRED)}" if clause.required else "")
        rows.append([text, w(W.CTX, W.YES) if answers.get(clause.clause_key) is True else w(W.CTX, W.NO)])
    if rows:
        report.table([w(W.CTX, W.CLAUSE), w(W.CTX, W.ANSWER)], rows, [5, 1])
    report.field(w(W.CTX, W.METHOD), enum_label("method", record.method, lang))
    report.field(w(W.CTX, W.WITNESS), record.witness)
    report.field(w(W.CTX, W.FACILITATOR), record.facilitator)
    report.field(w(W.CTX, W.RECORDED_AT), when(record.recorded_at, lang, digits))
    report.paragraph(withdrawal(report, record.withdrawn_at, record.withdrawal_scope), bold=True)
    if record.signature_png:
        report.paragraph(f"{w(W.CTX, W.SIGNATURE)}:", bold=True)
        report.image_png(record.signature_png if isinstance(record.signature_png, bytes) else None)
    if tpl is not None and tpl.signature_meaning:
        report.field(w(W.CTX, W.SIGNATURE_MEANING), tpl.signature_meaning)
    report.paragraph(w(W.CTX, W.RECORD_NOTE), size=8.5, grey=True)
    name = f"consent-{safe_name(pseudonym)}-{safe_name(record.session_id or 'standing')}.pdf"
    return report, name


def register_report(s: OrmSession, session_id: str, lang: str | None = None, digits: Digits = "latn") -> Report:
    session = s.get(Session, session_id)
    if session is None or session.deleted:
        raise NotFound("no session with that id")
    lang = lang or session.language or "ar"
    rows = consent.register(s, session_id=session_id)
    report = Report(lang, digits, Masthead(
        organisation_name(s), W.CONSENT_REGISTER, session_line(session, lang),
        format_date(session.date, lang, digits) if session.date else "",
    ), landscape=True)
    w = report.word
    report.title(w(W.CTX, W.CONSENT_REGISTER))
    if not rows:
        report.paragraph(w(W.CTX, W.NO_RECORDS))
        return report
    keys: list[str] = []
    for row in rows:
        for clause in consent.clauses(s, row.template_id):
            if clause.clause_key not in keys:
                keys.append(clause.clause_key)
    headers = [w(W.CTX, W.PARTICIPANT), w(W.CTX, W.FORM_VERSION)]
    headers += [enum_label("clause", k, lang) for k in keys]
    headers += [w(W.CTX, W.METHOD), w(W.CTX, W.WITNESS), w(W.CTX, W.RECORDED_AT), w(W.CTX, W.STATUS)]
    table = []
    for r in rows:
        status = w(W.CTX, W.REFUSED) if r.refused else w(W.CTX, W.GIVEN)
        withdrawn = withdrawal(report, r.withdrawn_at, r.withdrawal_scope)
        if withdrawn:
            status = f"{status}\n{withdrawn}"
        cells: list[object] = [r.pseudonym, report.number(r.version or "?")]
        cells += [w(W.CTX, W.YES) if r.answers.get(k) else w(W.CTX, W.NO) for k in keys]
        cells += [enum_label("method", r.method, lang), r.witness, when(r.recorded_at, lang, digits),
                  status]
        table.append(cells)
    report.table(headers, table, [2.2, 1.2] + [1.3] * len(keys) + [2.2, 1.8, 2.4, 2.8], size=8.5)
    report.paragraph(w(W.CTX, W.RECORD_NOTE), size=8.5, grey=True)
    return report


def write_record_pdf(store: Store, record_id: str, out: Path, lang: str | None = None,
                     digits: Digits = "latn") -> Path:
    with store.session() as s:
        report, _name = record_report(s, record_id, lang, digits)
    written = report.save(out)
    record_export(store, "pdf", written)  # an erasure report names the copies it cannot reach
    return written


def record_file_name(store: Store, record_id: str) -> str:
    """``consent-<pseudonym>-<session id>.pdf``: never a real name."""
    with store.session() as s:
        record = s.get(ConsentRecord, record_id)
        if record is None:
            raise NotFound("no consent record with that id")
        participant = s.get(Participant, record.participant_id)
        pseudonym = participant.code if participant else "unknown"
        return f"consent-{safe_name(pseudonym)}-{safe_name(record.session_id or 'standing')}.pdf"


def write_register_pdf(store: Store, session_id: str, out: Path, lang: str | None = None,
                       digits: Digits = "latn") -> Path:
    with store.session() as s:
        report = register_report(s, session_id, lang, digits)
    written = report.save(out)
    record_export(store, "pdf", written)  # an erasure report names the copies it cannot reach
    return written
