"""The Excel workbook for analysts: sessions, participants, transcripts, coded segments, consent.

Consent is applied here exactly as on screen, through :mod:`desktop.core.consent_rules`:

* a participant who withdrew all data has every turn's text replaced by ``REDACTED``; their coded
  segments stay (the coding counts are not speech) but quote and memo are ``REDACTED`` / empty;
* a "do not quote" segment (no quote clause, or quotes withdrawn) keeps its row, so code counts stay
  true, with the quote replaced by "[do not quote]" in the workbook's language, the memo left empty
  (memos often repeat the words) and "Quotable" = no;
* real names and phone numbers are written only with ``include_identities=True``, and never for a
  participant who withdrew all data.

Session dates are real Excel dates; times of consent stay ISO 8601 text (they carry their UTC
offset, which Excel dates cannot). Sheets wait in nameless temporary files and the workbook is
written through :func:`desktop.core.atomic_file.atomic_output`, so neither a crash nor kill -9
leaves half a workbook under the real name or plain-text sheet files beside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent, consent_rules
from desktop.core.atomic_file import atomic_output
from desktop.core.db import Store
from desktop.core.erasure_report import record_export
from desktop.core.models import (
    AgendaItem,
    Code,
    CodedSegment,
    Decision,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.core.reference import CONSENT_CLAUSES, GOVERNORATE_BY_KEY
from desktop.exports.xlsx_labels import label
from desktop.exports.xlsx_sheet import FastSheet, add_sheet, save_workbook

RTL_LANGUAGES = ("ar", "ckb")
Progress = Callable[[int, int], None]


@dataclass
class ExportSummary:
    path: Path
    sessions: int = 0
    participants: int = 0
    turns: int = 0
    segments: int = 0
    consents: int = 0
    redacted_turns: int = 0
    withheld_quotes: int = 0


def export_xlsx(
    store: Store,
    out: Path | str,
    *,
    lang: str = "en",
    include_identities: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write the workbook to ``out`` atomically; return what was written."""
    out = Path(out)
    summary = ExportSummary(out)
    wb = Workbook(write_only=True)
    steps = (_sessions, _participants, _transcripts, _segments, _consent)
    try:
        with store.session() as s:
            for i, step in enumerate(steps):
                if cancelled is not None and cancelled():
                    raise InterruptedError("export cancelled")
                step(s, wb, lang, summary, include_identities)
                if progress is not None:
                    progress(i + 1, len(steps))
        # Only now does a file appear in the target folder: a private temporary one, renamed
        # into place when complete (the sheets so far live in nameless temporary files).
        with atomic_output(out) as fh:
            save_workbook(wb, fh)
    except BaseException:
        for ws in wb.worksheets:
            if isinstance(ws, FastSheet):
                ws.abandon()
        raise
    record_export(store, "xlsx", out)  # an erasure report names the copies it cannot reach
    return summary


def _sheet(wb: Workbook, key: str, lang: str, headings: list[str], widths: list[int]) -> FastSheet:
    ws = add_sheet(wb, label(key, lang))
    if lang in RTL_LANGUAGES:
        ws.sheet_view.rightToLeft = True
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    ws.append([label(h, lang) for h in headings])
    return ws


def _gov(key: str, lang: str) -> str:
    gov = GOVERNORATE_BY_KEY.get(key)
    return gov.name(lang) if gov else key


def _sessions(s: OrmSession, wb: Workbook, lang: str, summary: ExportSummary, _ids: bool) -> None:
    cols = ["session_id", "kind", "title", "date", "start", "end", "governorate", "venue", "language",
            "facilitator", "status"]
    ws = _sheet(wb, "sheet_sessions", lang, cols, [38, 12, 40, 12, 8, 8, 16, 24, 8, 16, 8])
    query = select(Session).where(Session.deleted.is_(False)).order_by(Session.date, Session.id)
    for row in s.scalars(query).yield_per(1000):
        ws.append([row.id, row.kind, row.title, row.date, row.start_time, row.end_time,
                   _gov(row.governorate, lang), row.venue, row.language, row.facilitator, row.status])
        summary.sessions += 1


def _participants(s: OrmSession, wb: Workbook, lang: str, summary: ExportSummary, ids: bool) -> None:
    cols = ["pseudonym", "gender", "age_band", "governorate", "district", "setting", "occupation",
            "language", "reconsent"]
    if ids:
        cols += ["real_name", "phone"]
    ws = _sheet(wb, "sheet_participants", lang, cols, [16, 10, 10, 16, 16, 10, 20, 8, 10, 24, 16])
    policies = consent_rules.PolicyCache(s) if ids else None
    query = select(Participant).where(Participant.deleted.is_(False)).order_by(Participant.code)
    for p in s.scalars(query).yield_per(1000):
        row: list[Any] = [p.code, p.gender, p.age_band, _gov(p.governorate, lang), p.district, p.setting,
                          p.occupation, p.language, p.reconsent_needed]
        if policies is not None:
            withdrawn = policies.get(p.id, None).redacted
            row += ["", ""] if withdrawn else [p.real_name or "", p.phone or ""]
        ws.append(row)
        summary.participants += 1


def _transcripts(s: OrmSession, wb: Workbook, lang: str, summary: ExportSummary, _ids: bool) -> None:
    cols = ["session_id", "position", "speaker", "timestamp", "text"]
    ws = _sheet(wb, "sheet_transcripts", lang, cols, [38, 8, 16, 10, 100])
    codes: dict[str, str] = {pid: code for pid, code in s.execute(select(Participant.id, Participant.code))}
    policies = consent_rules.PolicyCache(s)
    facilitator = label("facilitator_speaker", lang)
    query = (
        select(TranscriptTurn.session_id, TranscriptTurn.position, TranscriptTurn.participant_id,
               TranscriptTurn.timestamp, TranscriptTurn.text)
        .where(TranscriptTurn.deleted.is_(False))
        .order_by(TranscriptTurn.session_id, TranscriptTurn.position)
    )
    for session_id, position, pid, stamp, text in s.execute(query).yield_per(2000):
        if policies.get(pid, session_id).redacted:
            text = consent_rules.REDACTED
            summary.redacted_turns += 1
        ws.append([session_id, position, codes.get(pid, "?") if pid else facilitator, stamp, text])
        summary.turns += 1


def _segments(s: OrmSession, wb: Workbook, lang: str, summary: ExportSummary, _ids: bool) -> None:
    cols = ["session_id", "speaker", "code_ar", "code_ckb", "code_en", "quote", "quotable", "coder", "memo"]
    ws = _sheet(wb, "sheet_segments", lang, cols, [38, 16, 24, 24, 24, 80, 10, 12, 40])
    codes: dict[str, str] = {pid: code for pid, code in s.execute(select(Participant.id, Participant.code))}
    policies = consent_rules.PolicyCache(s)
    yes, no, do_not_quote = label("yes", lang), label("no", lang), label("do_not_quote", lang)
    is_turn = CodedSegment.doc_table == "transcript_turn"
    session_of = func.coalesce(TranscriptTurn.session_id, AgendaItem.session_id, Decision.session_id,
                               Session.id)
    query = (
        select(CodedSegment, Code.name_ar, Code.name_ckb, Code.name_en, TranscriptTurn.participant_id,
               session_of)
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
    for seg, ar, ckb, en, pid, session_id in s.execute(query).yield_per(2000):
        p = policies.get(pid, session_id)
        quote, memo = seg.quote, seg.memo
        if p.redacted:
            quote, memo = consent_rules.REDACTED, ""
            summary.withheld_quotes += 1
        elif not p.may_quote:
            quote, memo = do_not_quote, ""
            summary.withheld_quotes += 1
        speaker = codes.get(pid, "?") if pid else ""
        ws.append([session_id or "", speaker, ar or "", ckb or "", en or "", quote,
                   yes if p.may_quote else no, seg.coder, memo])
        summary.segments += 1


def _consent(s: OrmSession, wb: Workbook, lang: str, summary: ExportSummary, _ids: bool) -> None:
    cols = ["pseudonym", "session_id", "title", "template", "version", "language"]
    cols += [f"clause_{c}" for c in CONSENT_CLAUSES]
    cols += ["refused", "method", "witness", "facilitator", "recorded_at", "withdrawn_at", "withdrawal_scope"]
    ws = _sheet(wb, "sheet_consent", lang, cols, [16, 38, 30, 18, 8, 8] + [10] * 6 + [8, 18, 16, 16, 26, 12, 10])
    yes, no = label("yes", lang), label("no", lang)
    for r in consent.register(s):
        answers = [("" if c not in r.answers else yes if r.answers[c] else no) for c in CONSENT_CLAUSES]
        withdrawn: Any = r.withdrawn_at or ""
        with contextlib.suppress(ValueError):
            withdrawn = dt.date.fromisoformat(withdrawn[:10]) if withdrawn else ""
        ws.append([r.pseudonym, r.session_id or "", r.session_title, r.template_key or r.template_id,
                   r.version or "", r.language, *answers, yes if r.refused else no, r.method, r.witness,
                   r.facilitator, r.recorded_at, withdrawn, r.withdrawal_scope or ""])
        summary.consents += 1
