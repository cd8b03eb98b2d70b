"""Consent PDFs: one participant's consent record, and the consent register of a session.

Pseudonyms only: a real name or phone number is never printed and never in a file name. A record
is printed in its form's language unless another is asked for; the register in the session's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent, consent_given, published_forms
from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.core.errors import MajlisError
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant, Session
from desktop.core.reference import CONSENT_CLAUSES
from desktop.exports import pdf_words as W
from desktop.exports.enum_labels import enum_label
from desktop.exports.pdf_layout import Masthead, Report
from desktop.exports.pdf_sessions import organisation_name, safe_name, session_line
from desktop.i18n.digits import Digits
from desktop.i18n.formatting import format_date, format_datetime

NOT_ASKED = "—"  # a register's cell for a clause not on the form the participant signed


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


def _day(report: Report, value: object) -> str:
    text = str(value)
    try:
        return format_date(dt.date.fromisoformat(text[:10]), report.lang, report.digits)
    except ValueError:
        return text


def withdrawal(report: Report, withdrawn_at: object, scope: object) -> str:
    if not withdrawn_at:
        return ""
    date = _day(report, withdrawn_at)
    scope_key = scope if scope in ("all", "quotes") else "all"
    return report.word(W.CTX, W.WITHDRAWN, date=date, scope=enum_label("scope", scope_key, report.lang))


def _answers(record: ConsentRecord) -> dict[str, object]:
    return record.answers if isinstance(record.answers, dict) else {}


def _answered_keys(answers: dict[str, object] | dict[str, bool]) -> list[str]:
    """The clauses a record holds answers to, in the forms' order (any unknown one after)."""
    keys = [str(key) for key in answers]
    return [k for k in CONSENT_CLAUSES if k in keys] + [k for k in keys if k not in CONSENT_CLAUSES]


@dataclass(frozen=True)
class Heading:
    """The masthead's words read from the database: the organisation, the session's line and day."""

    organisation: str
    session_line: str
    day: dt.date | None


def _heading(s: OrmSession, session: Session | None, lang: str) -> Heading:
    return Heading(organisation_name(s), session_line(session, lang) if session else "",
                   session.date if session else None)


def _masthead(heading: Heading, title: str, lang: str, digits: Digits) -> Masthead:
    return Masthead(heading.organisation, title, heading.session_line,
                    format_date(heading.day, lang, digits) if heading.day else "")


@dataclass(frozen=True)
class RecordPrint:
    """What one consent record's PDF shows, read from the database (laid out with no session open)."""

    lang: str
    heading: Heading
    file_name: str
    pseudonym: str
    session_title: str | None  # None: a standing consent, no session
    form: ConsentTemplate | None  # detached: its columns only (None: the form has not reached this device)
    clauses: tuple[tuple[str, str, bool], ...]  # key, text, required of the form's clauses
    record: ConsentRecord  # detached: its columns only
    #: Its form's version when the form is not here but its number is known (``published_forms``: one this
    #: centre sent, then lost to a restore); 0 otherwise.
    lost_version: int = 0
    #: (withdrawn_at, withdrawal_scope) it is read with: its own marks, or those of the participant's
    #: withdrawal that covers it without marking it (``consent_given``), as the register shows it.
    marks: tuple[str | None, str | None] = (None, None)


def read_record(s: OrmSession, record_id: str, lang: str | None = None) -> RecordPrint:
    """The consent record of ``record_id`` as its PDF shows it, in the form's language unless ``lang``."""
    record = s.get(ConsentRecord, record_id)
    if record is None or record.deleted:
        raise NotFound("no consent record with that id")
    tpl = s.get(ConsentTemplate, record.template_id)
    participant = s.get(Participant, record.participant_id)
    session = s.get(Session, record.session_id) if record.session_id else None
    lost = published_forms.lost_forms(s).get(record.template_id) if tpl is None else None
    lang = lang or (tpl.language if tpl else lost.language if lost else None) or (
        participant.language if participant else "ar")
    pseudonym = participant.code if participant else "?"
    clauses = tuple((c.clause_key, c.text, bool(c.required)) for c in consent.clauses(s, record.template_id)) \
        if tpl else ()
    marks = consent_given.covered_marks(s, [record.participant_id]).get(record.id) or (
        record.withdrawn_at, record.withdrawal_scope)
    s.expunge(record)
    if tpl is not None:
        s.expunge(tpl)
    name = f"consent-{safe_name(pseudonym)}-{safe_name(record.session_id or 'standing')}.pdf"
    return RecordPrint(lang, _heading(s, session, lang), name, pseudonym, session.title if session else None,
                       tpl, clauses, record, lost.version if lost else 0, marks)


def lay_out_record(data: RecordPrint, digits: Digits = "latn") -> Report:
    """The PDF of one consent record; no database touched (it may run beside the database worker)."""
    lang, tpl, record = data.lang, data.form, data.record
    report = Report(lang, digits, _masthead(data.heading, W.CONSENT_RECORD, lang, digits))
    w = report.word
    report.title(w(W.CTX, W.CONSENT_RECORD))
    report.paragraph(tpl.title if tpl and tpl.title else "", bold=True, size=12)
    report.field(w(W.CTX, W.FORM_VERSION), report.number(tpl.version if tpl else data.lost_version or "?"))
    report.paragraph(tpl.body if tpl else "")
    report.field(w(W.CTX, W.PARTICIPANT), data.pseudonym)
    if data.session_title is not None:
        report.field(w(W.CTX, W.SESSION), data.session_title)
    answers = _answers(record)
    rows = []
    for key, clause_text, required in data.clauses:
        text = clause_text + (f" {w(W.CTX, W.REQUIRED)}" if required else "")
        rows.append([text, w(W.CTX, W.YES) if answers.get(key) is True else w(W.CTX, W.NO)])
    if tpl is None:  # its form not here yet (a bundle before the team update): the answers by clause name
        rows = [[enum_label("clause", key, lang), w(W.CTX, W.YES) if answers[key] is True else w(W.CTX, W.NO)]
                for key in _answered_keys(answers)]
    if rows:
        report.table([w(W.CTX, W.CLAUSE), w(W.CTX, W.ANSWER)], rows, [5, 1])
    report.field(w(W.CTX, W.METHOD), enum_label("method", record.method, lang))
    if record.method == "paper":  # whether the signed form was photographed into Majlis or is on paper only
        report.field(w(W.CTX, W.SCAN), w(W.CTX, W.SCAN_ATTACHED if record.paper_scan else W.NO_SCAN))
    report.field(w(W.CTX, W.WITNESS), record.witness)
    report.field(w(W.CTX, W.FACILITATOR), record.facilitator)
    report.field(w(W.CTX, W.RECORDED_AT), when(record.recorded_at, lang, digits))
    report.paragraph(withdrawal(report, *data.marks), bold=True)
    if record.signature_png:
        report.paragraph(f"{w(W.CTX, W.SIGNATURE)}:", bold=True)
        report.image_png(record.signature_png if isinstance(record.signature_png, bytes) else None)
    if tpl is not None and tpl.signature_meaning:
        report.field(w(W.CTX, W.SIGNATURE_MEANING), tpl.signature_meaning)
    report.paragraph(w(W.CTX, W.RECORD_NOTE), size=8.5, grey=True)
    return report


def record_report(s: OrmSession, record_id: str, lang: str | None = None, digits: Digits = "latn") -> tuple[Report, str]:
    """The report of one consent record and the file name it is saved under."""
    data = read_record(s, record_id, lang)
    return lay_out_record(data, digits), data.file_name


@dataclass(frozen=True)
class RegisterPrint:
    """What a session's consent register shows, read from the database."""

    lang: str
    heading: Heading
    rows: tuple[consent.RegisterRow, ...]
    keys: tuple[str, ...]  # the clauses asked of anyone in it, in order


def read_register(s: OrmSession, session_id: str, lang: str | None = None) -> RegisterPrint:
    session = s.get(Session, session_id)
    if session is None or session.deleted:
        raise NotFound("no session with that id")
    lang = lang or session.language or "ar"
    rows = consent.register(s, session_id=session_id)
    keys: list[str] = []
    for row in rows:
        # A record whose form has not reached this device: its answers' own clauses (else none was printed).
        asked = [c.clause_key for c in consent.clauses(s, row.template_id)] or _answered_keys(row.answers)
        keys += [key for key in asked if key not in keys]
    return RegisterPrint(lang, _heading(s, session, lang), tuple(rows), tuple(keys))


def lay_out_register(data: RegisterPrint, digits: Digits = "latn") -> Report:
    """The PDF of a session's consent register; no database touched."""
    lang, rows, keys = data.lang, data.rows, data.keys
    report = Report(lang, digits, _masthead(data.heading, W.CONSENT_REGISTER, lang, digits), landscape=True)
    w = report.word
    report.title(w(W.CTX, W.CONSENT_REGISTER))
    if not rows:
        report.paragraph(w(W.CTX, W.NO_RECORDS))
        return report
    headers = [w(W.CTX, W.PARTICIPANT), w(W.CTX, W.FORM_VERSION)]
    headers += [enum_label("clause", k, lang) for k in keys]
    headers += [w(W.CTX, W.METHOD), w(W.CTX, W.WITNESS), w(W.CTX, W.RECORDED_AT), w(W.CTX, W.STATUS)]
    table = []
    for r in rows:
        status = w(W.CTX, W.REFUSED) if r.refused else w(W.CTX, W.GIVEN)
        withdrawn = withdrawal(report, r.withdrawn_at, r.withdrawal_scope)
        if withdrawn:
            status = f"{status}\n{withdrawn}"
        elif r.replaced_at:  # recorded again (a mistake corrected): the newer record stands
            status = f"{status}\n{report.word(W.CTX, W.REPLACED, date=_day(report, r.replaced_at))}"
        if r.reconsent_needed:  # as the Participants page marks them, and the register on screen
            status = f"{status}\n{report.word(W.CTX, W.RECONSENT, version=report.number(r.asked_version))}"
        cells: list[object] = [r.pseudonym, report.number(r.version or "?")]
        # A clause the record's form did not have (added in a later version) was not asked: a dash, not
        # "No" (it read as a refusal, where the record itself lists only the clauses signed).
        cells += [NOT_ASKED if k not in r.answers else w(W.CTX, W.YES) if r.answers[k] else w(W.CTX, W.NO)
                  for k in keys]
        cells += [enum_label("method", r.method, lang), r.witness, when(r.recorded_at, lang, digits),
                  status]
        table.append(cells)
    report.table(headers, table, [2.2, 1.2] + [1.3] * len(keys) + [2.2, 1.8, 2.4, 2.8], size=8.5)
    report.paragraph(w(W.CTX, W.RECORD_NOTE), size=8.5, grey=True)
    return report


def register_report(s: OrmSession, session_id: str, lang: str | None = None, digits: Digits = "latn") -> Report:
    return lay_out_register(read_register(s, session_id, lang), digits)


def write_record_pdf(store: Store, record_id: str, out: Path, lang: str | None = None,
                     digits: Digits = "latn") -> Path:
    with store.session() as s:
        report, _name = record_report(s, record_id, lang, digits)
    written = report.save(out)
    record_or_take_back(store, "pdf", written)  # an erasure report names the copies it cannot reach; else no file
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
    record_or_take_back(store, "pdf", written)  # an erasure report names the copies it cannot reach; else no file
    return written
