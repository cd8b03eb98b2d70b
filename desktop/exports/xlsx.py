"""The Excel workbook for analysts: sessions, participants, the roundtable minutes (attendance,
agenda and decisions, action items), transcripts, coded segments, the codebook with its code x
attribute matrices, and the consent register.

Every sheet has a bold, frozen header row with an autofilter; every stored key (session kind,
gender, setting, language, status, role, consent method, withdrawal scope) is written in the
workbook's language through the one catalogue (:mod:`desktop.exports.enum_labels`), headings too
(:mod:`desktop.exports.xlsx_words`). Dates, times of day and durations are real Excel values
(times of consent stay ISO 8601 text: they carry their UTC offset, which Excel cannot). No text can
become a formula (:mod:`desktop.exports.xlsx_sheet`).

Consent is applied here exactly as on screen, through :mod:`desktop.core.consent_rules`:

* a participant who withdrew all data has every turn's text replaced by ``REDACTED``; their coded
  segments stay (the coding counts are not speech) but quote and memo are ``REDACTED`` / empty;
* a "do not quote" segment (no quote clause, or quotes withdrawn) keeps its row, so code counts stay
  true, with the quote replaced by "[do not quote]" in the workbook's language, the memo left empty
  (memos often repeat the words) and "Quotable" = no;
* real names and phone numbers are written only with ``include_identities=True``, and never for a
  participant who withdrew all data.

Sheets wait in nameless temporary files and the workbook is written through
:func:`desktop.core.atomic_file.atomic_output`, so neither a crash nor kill -9 leaves half a
workbook under the real name or plain-text sheet files beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent, consent_rules, participant_fields, recorded_on
from desktop.core.atomic_file import atomic_output
from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.core.models import (
    AgendaItem,
    Code,
    CodedSegment,
    Decision,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.core.reference import CONSENT_CLAUSES
from desktop.core.text_direction import language_is_rtl
from desktop.exports import xlsx_words as W
from desktop.exports.enum_labels import TABLES as ENUM_TABLES
from desktop.exports.enum_labels import enum_label, form_name, governorate
from desktop.exports.xlsx_codes import codes_and_matrices
from desktop.exports.xlsx_minutes import action_items, agenda_and_decisions, attendance
from desktop.exports.xlsx_sheet import FastSheet, add_sheet, directed, save_workbook
from desktop.exports.xlsx_values import as_date, as_number, as_offset, as_text, as_time, duration
from desktop.i18n.catalogue import translate

RTL_LANGUAGES = ("ar", "ckb")
Progress = Callable[[int, int], None]


@dataclass
class ExportSummary:
    path: Path
    sessions: int = 0
    participants: int = 0
    attendance: int = 0
    agenda_rows: int = 0
    actions: int = 0
    turns: int = 0
    segments: int = 0
    codes: int = 0
    matrices: int = 0
    consents: int = 0
    redacted_turns: int = 0
    withheld_quotes: int = 0


class Book:
    """The workbook being written, in one language."""

    def __init__(self, wb: Workbook, lang: str, cancelled: Callable[[], bool] | None = None) -> None:
        self.wb, self.lang, self.cancelled = wb, lang, cancelled

    def sheet(self, title: str, headings: Sequence[str], widths: Sequence[int], *,
              translated: bool = False) -> FastSheet:
        """A new sheet named ``title`` with a header row; ``translated`` when the headings already are."""
        ws = add_sheet(self.wb, W.sheet_name(self.lang, title))
        ws.cancelled = self.cancelled
        if self.lang in RTL_LANGUAGES:
            ws.sheet_view.rightToLeft = True
        shown = list(headings) if translated else [W.word(self.lang, h) for h in headings]
        for i in range(max(len(widths), len(shown))):
            # At least as wide as the heading and its filter button: widths chosen for the English
            # headings cut "يلزم تجديد الموافقة" (Re-consent needed) to half a word.
            width = max(widths[i] if i < len(widths) else 0, heading_width(shown[i]) if i < len(shown) else 0)
            if width:
                ws.column_dimensions[_column(i)].width = width
        ws.append(shown)
        return ws


# An autofilter's drop-down button and a margin, in Excel's column width units (one digit's width).
FILTER_BUTTON = 3


def heading_width(heading: str) -> int:
    """The width a bold heading needs beside the header row's filter button."""
    return len(heading) + len(heading) // 10 + FILTER_BUTTON  # bold letters are a little wider


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def export_xlsx(
    store: Store,
    out: Path | str,
    *,
    lang: str = "en",
    include_identities: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write the workbook to ``out`` atomically; return what was written. ``cancelled`` is asked between the
    steps, every hundred rows and once more before the finished file takes its name: InterruptedError, and
    nothing in the folder."""
    out = Path(out)
    summary = ExportSummary(out)
    wb = Workbook(write_only=True)
    book = Book(wb, lang, cancelled)
    steps: list[Callable[[OrmSession, Book, ExportSummary], None]] = [
        _sessions, lambda s, b, x: _participants(s, b, x, include_identities), attendance, agenda_and_decisions,
        action_items, _transcripts, _segments, codes_and_matrices, _consent,
    ]
    try:
        with store.session() as s:
            for i, step in enumerate(steps):
                if cancelled is not None and cancelled():
                    raise InterruptedError("export cancelled")
                step(s, book, summary)
                if progress is not None:
                    progress(i + 1, len(steps))
        # Only now does a file appear in the target folder: a private temporary one, renamed
        # into place when complete (the sheets so far live in nameless temporary files).
        with atomic_output(out) as fh:
            save_workbook(wb, fh)
            if cancelled is not None and cancelled():  # the last moment: past it, the workbook takes its name
                raise InterruptedError("export cancelled")
    except BaseException:
        for ws in wb.worksheets:
            if isinstance(ws, FastSheet):
                ws.abandon()
        raise
    record_or_take_back(store, "xlsx", out)  # an erasure report names the copies it cannot reach
    return summary


def _sessions(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    lang = book.lang
    ws = book.sheet(W.SHEET_SESSIONS, [W.SESSION_ID, W.KIND, W.TITLE, W.DATE, W.START, W.END, W.DURATION,
                                       W.GOVERNORATE, W.VENUE, W.LANGUAGE, W.FACILITATOR, W.NOTE_TAKER, W.STATUS],
                    [38, 14, 40, 12, 8, 8, 9, 16, 24, 14, 16, 16, 10])
    query = select(Session).where(Session.deleted.is_(False)).order_by(Session.date, Session.id)
    for row in s.scalars(query).yield_per(1000):
        ws.append([row.id, enum_label("kind", row.kind, lang), row.title, as_date(row.date), as_time(row.start_time),
                   as_time(row.end_time), duration(row.start_time, row.end_time), governorate(row.governorate, lang),
                   row.venue, enum_label("language", row.language, lang), row.facilitator, row.note_taker,
                   enum_label("status", row.status, lang)])
        summary.sessions += 1


def _participants(s: OrmSession, book: Book, summary: ExportSummary, ids: bool) -> None:
    """One column per participant field the shared spec puts in the workbook (core/participant_fields)."""
    lang = book.lang
    yes, no = W.word(lang, W.YES), W.word(lang, W.NO)
    fields = participant_fields.WORKBOOK_FIELDS
    headings = [translate(lang, participant_fields.CONTEXT, f.title) for f in fields]
    widths = [f.sheet_width for f in fields]
    if ids:
        headings += [W.word(lang, W.REAL_NAME), W.word(lang, W.PHONE)]
        widths += [24, 16]
    ws = book.sheet(W.SHEET_PARTICIPANTS, headings, widths, translated=True)

    def cell(key: str, value: Any) -> Any:
        if key == "governorate":
            return governorate(value, lang)
        if key in ENUM_TABLES:
            return enum_label(key, value, lang)
        if isinstance(value, bool):
            return yes if value else no
        return value

    policies = consent_rules.PolicyCache(s) if ids else None
    devices = recorded_on.recorded_on(s, lang=lang)  # what tells apart two laptops' people who share a pseudonym
    query = select(Participant).where(Participant.deleted.is_(False)).order_by(Participant.code)
    for p in s.scalars(query).yield_per(1000):
        row: list[Any] = [devices.get(p.id, "") if f.key == "recorded_on" else cell(f.key, getattr(p, f.key))
                          for f in fields]
        if policies is not None:
            withdrawn = policies.get(p.id, None).redacted
            row += ["", ""] if withdrawn else [p.real_name or "", p.phone or ""]
        ws.append(row)
        summary.participants += 1


def _rtl_sessions(s: OrmSession) -> dict[str, bool]:
    """Each live session: whether its language is Arabic or Kurdish (its words' direction, xlsx_sheet.Directed)."""
    query = select(Session.id, Session.language).where(Session.deleted.is_(False))
    return {sid: language_is_rtl(language) for sid, language in s.execute(query)}


def _transcripts(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    ws = book.sheet(W.SHEET_TRANSCRIPTS, [W.SESSION_ID, W.POSITION, W.SPEAKER, W.TIME, W.TEXT], [38, 8, 16, 10, 100])
    codes = recorded_on.distinct_names(s, book.lang)  # a pivot by speaker never merges two laptops' BSR-FG01-P01
    live = _rtl_sessions(s)
    policies = consent_rules.PolicyCache(s)
    facilitator = W.word(book.lang, W.FACILITATOR)
    query = (
        select(TranscriptTurn.session_id, TranscriptTurn.position, TranscriptTurn.participant_id,
               TranscriptTurn.timestamp, TranscriptTurn.text)
        .where(TranscriptTurn.deleted.is_(False))
        .order_by(TranscriptTurn.session_id, TranscriptTurn.position)
    )
    for session_id, position, pid, stamp, text in s.execute(query).yield_per(2000):
        if session_id not in live:
            continue
        if policies.get(pid, session_id).words_hidden:  # withdrawn, or no to taking part (consent_rules)
            text = consent_rules.REDACTED
            summary.redacted_turns += 1
        ws.append([session_id, as_number(position), codes.get(pid, "?") if pid else facilitator,
                   as_offset(stamp), directed(as_text(text), live[session_id])])
        summary.turns += 1


def _segments(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    lang = book.lang
    ws = book.sheet(W.SHEET_SEGMENTS, [W.SESSION_ID, W.SPEAKER, W.CODE_AR, W.CODE_CKB, W.CODE_EN, W.QUOTE,
                                       W.QUOTABLE, W.CODER, W.MEMO], [38, 16, 24, 24, 24, 80, 10, 12, 40])
    codes = recorded_on.distinct_names(s, lang)
    policies = consent_rules.PolicyCache(s)
    yes, no, do_not_quote = W.word(lang, W.YES), W.word(lang, W.NO), W.word(lang, W.DO_NOT_QUOTE)
    edited, facilitator = W.word(lang, W.EDITED_SINCE_CODED), W.word(lang, W.FACILITATOR)
    rtl = _rtl_sessions(s)
    is_turn = CodedSegment.doc_table == "transcript_turn"
    session_of = func.coalesce(TranscriptTurn.session_id, AgendaItem.session_id, Decision.session_id,
                               Session.id)
    # A deleted turn, agenda item, decision or session takes its codings out of the sheet, as out of the
    # Transcripts sheet, Retrieval and the matrices: each coding's stored quote kept the deleted words.
    doc_deleted = func.coalesce(TranscriptTurn.deleted, AgendaItem.deleted, Decision.deleted, Session.deleted)
    query = (
        select(CodedSegment, Code.name_ar, Code.name_ckb, Code.name_en, TranscriptTurn.participant_id,
               session_of, doc_deleted)
        .join(Code, Code.id == CodedSegment.code_id, isouter=True)
        .join(TranscriptTurn, is_turn & (TranscriptTurn.id == CodedSegment.doc_id), isouter=True)
        .join(AgendaItem, (CodedSegment.doc_table == "agenda_item") & (AgendaItem.id == CodedSegment.doc_id),
              isouter=True)
        .join(Decision, (CodedSegment.doc_table == "decision") & (Decision.id == CodedSegment.doc_id),
              isouter=True)
        .join(Session, (CodedSegment.doc_table == "session") & (Session.id == CodedSegment.doc_id),
              isouter=True)
        .where(CodedSegment.deleted.is_(False))
        .order_by(session_of, CodedSegment.doc_id, CodedSegment.start)
    )
    for seg, ar, ckb, en, pid, session_id, deleted in s.execute(query).yield_per(2000):
        if deleted is None or deleted or session_id not in rtl:  # no such text (or deleted), or its session gone
            continue
        p = policies.get(pid, session_id)
        quote, memo = seg.quote, seg.memo
        if p.words_hidden:
            quote, memo = consent_rules.REDACTED, ""
            summary.withheld_quotes += 1
        elif not p.may_quote:
            quote, memo = do_not_quote, ""
            summary.withheld_quotes += 1
        elif seg.needs_review:
            quote = edited
        # The facilitator's words named as the Transcripts sheet names them; the minutes have no speaker.
        speaker = codes.get(pid, "?") if pid else facilitator if seg.doc_table == "transcript_turn" else ""
        ws.append([session_id or "", speaker, ar or "", ckb or "", en or "",
                   directed(as_text(quote), rtl.get(session_id or "", False)), yes if p.may_quote else no, seg.coder,
                   as_text(memo)])
        summary.segments += 1


def _consent(s: OrmSession, book: Book, summary: ExportSummary) -> None:
    lang = book.lang
    # Beside the version signed, the newer one the participant is to be asked on (the Participants page's
    # "re-consent needed"); empty when nothing is to be asked again.
    before = [W.PSEUDONYM, W.SESSION_ID, W.TITLE, W.TEMPLATE, W.VERSION, W.RECONSENT_ON, W.LANGUAGE]
    after = [W.REFUSED, W.METHOD, W.WITNESS, W.FACILITATOR, W.RECORDED_AT, W.WITHDRAWN_AT, W.WITHDRAWAL_SCOPE,
             W.RECORDED_ON]
    headings = [W.word(lang, h) for h in before] + [enum_label("clause", c, lang) for c in CONSENT_CLAUSES]
    headings += [W.word(lang, h) for h in after]
    ws = book.sheet(W.SHEET_CONSENT, headings, [16, 38, 30, 18, 8, 12, 14] + [10] * 6 + [8, 22, 16, 16, 26, 12, 14, 28],
                    translated=True)
    yes, no = W.word(lang, W.YES), W.word(lang, W.NO)
    for r in consent.register(s, lang=lang):
        answers = [("" if c not in r.answers else yes if r.answers[c] else no) for c in CONSENT_CLAUSES]
        ws.append([r.pseudonym, r.session_id or "", r.session_title,
                   form_name(r.template_key, r.form_owner and (r.form_owner[0].label(lang), r.form_owner[1]), lang)
                   if r.template_key else r.template_id,
                   r.version or "", r.asked_version or "", enum_label("language", r.language, lang), *answers,
                   yes if r.refused else no,
                   enum_label("method", r.method, lang), r.witness, r.facilitator, as_text(r.recorded_at),
                   as_date(r.withdrawn_at), enum_label("scope", r.withdrawal_scope, lang) if r.withdrawal_scope else "",
                   r.recorded_on])
        summary.consents += 1
