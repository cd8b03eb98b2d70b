"""The parts of a REFI-QDA project around its sources (:mod:`qdpx`): the memos as Notes, the case and
source variables, the Cases (one per participant) and each coded segment's PlainTextSelection."""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, recorded_on
from desktop.core.models import Attendance, Code, Memo, Participant, Session, TranscriptTurn
from desktop.exports.enum_labels import enum_label, governorate
from desktop.exports.qdpx_text import CTX, NS, Builder, Segment, code_name, guid_of, hlc_time
from desktop.exports.refi_qda import code_guid
from desktop.exports.refi_text import xml_safe
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

NEEDS_REVIEW = QT_TRANSLATE_NOOP(
    "RefiQda", "Needs review: the source text was edited after this was coded; check the span.")
CASE_VARIABLES = (
    ("gender", QT_TRANSLATE_NOOP("RefiQda", "Gender")),
    ("age_band", QT_TRANSLATE_NOOP("RefiQda", "Age band")),
    ("governorate", QT_TRANSLATE_NOOP("RefiQda", "Governorate")),
    ("role", QT_TRANSLATE_NOOP("RefiQda", "Role")),
)
SOURCE_VARIABLES = (
    ("kind", QT_TRANSLATE_NOOP("RefiQda", "Session kind"), "Text"),
    ("date", QT_TRANSLATE_NOOP("RefiQda", "Session date"), "Date"),
    ("session_governorate", QT_TRANSLATE_NOOP("RefiQda", "Session governorate"), "Text"),
    ("language", QT_TRANSLATE_NOOP("RefiQda", "Session language"), "Text"),
    ("venue", QT_TRANSLATE_NOOP("RefiQda", "Venue"), "Text"),
    ("status", QT_TRANSLATE_NOOP("RefiQda", "Session status"), "Text"),
)


@dataclass
class Memos:
    notes: list[tuple[str, Memo]] = field(default_factory=list)  # (guid, memo)
    by_target: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    project: list[str] = field(default_factory=list)


def collect_memos(s: OrmSession, b: Builder, live: set[str], by_session: dict[str, list[Segment]]) -> Memos:
    """The memos that may travel: on live sessions, live codes, exported quotable segments, or none."""
    sessions = {sid for (sid,) in s.execute(select(Session.id).where(Session.deleted.is_(False)))}
    quotable = {item.seg.id for items in by_session.values() for item in items if item.quotable}
    out = Memos()
    for memo in s.scalars(select(Memo).where(Memo.deleted.is_(False)).order_by(Memo.created_at, Memo.id)):
        target = (memo.target_table or "", memo.target_id or "")
        if target[0] == "code":  # a merged code's memo goes with the code it was merged into
            target = ("code", codebook.resolve(s, target[1]))
        if target[0] == "session" and target[1] not in sessions:
            continue
        if target[0] == "code" and target[1] not in live:
            continue
        if target[0] == "coded_segment" and target[1] not in quotable:
            continue  # a memo on withdrawn or "do not quote" words may repeat them
        if target[0] not in ("session", "code", "coded_segment", ""):
            continue
        guid = guid_of(memo.id, "memo")
        out.notes.append((guid, memo))
        if target[0]:
            out.by_target.setdefault(target, []).append(guid)
        else:
            out.project.append(guid)
        b.user(memo.author)
    return out


def code_note_refs(book: ET.Element, memos: Memos) -> None:
    """NoteRefs go inside each Code element, before its sub-codes (the schema's order)."""
    for code_el in book.iter(f"{{{NS}}}Code"):
        guid = code_el.get("guid", "")
        refs = [g for (table, target), gs in memos.by_target.items() if table == "code" and guid_of(target, "code") == guid
                for g in gs]
        position = 1 if code_el.find(f"{{{NS}}}Description") is not None else 0
        for i, note in enumerate(refs):
            ref = ET.Element(f"{{{NS}}}NoteRef", {"targetGUID": note})
            code_el.insert(position + i, ref)


def _untitled(b: Builder, memo: Memo) -> str:
    """An untitled memo on a code (the Codebook page writes them) is named after its code, not its id."""
    code = b.s.get(Code, codebook.resolve(b.s, memo.target_id)) if memo.target_table == "code" else None
    return code_name(code, b.lang) if code is not None else memo.id


def write_notes(b: Builder, root: ET.Element, memos: Memos) -> None:
    if not memos.notes:
        return
    notes_el = b.el(root, "Notes")
    for guid, memo in memos.notes:
        attrs = {"guid": guid, "name": memo.title or _untitled(b, memo)}
        author = b.user(memo.author) if memo.author else None
        if author:
            attrs["creatingUser"] = author
        created = hlc_time(memo.created_at)
        if created:
            attrs["creationDateTime"] = created
        note = b.el(notes_el, "Note", attrs)
        b.el(note, "PlainTextContent", None, memo.text or "")
    for guid in memos.project:
        b.el(root, "NoteRef", {"targetGUID": guid})


def declare_variables(b: Builder, root: ET.Element) -> dict[str, str]:
    """Declare the case and source variables; return key -> variable guid."""
    out: dict[str, str] = {}
    vars_el = b.el(root, "Variables")
    for key, name in CASE_VARIABLES:
        out[key] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:variable:{key}"))
        b.el(vars_el, "Variable", {"guid": out[key], "name": translate(b.lang, CTX, name), "typeOfVariable": "Text"})
    for key, name, kind in SOURCE_VARIABLES:
        out[key] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:variable:{key}"))
        b.el(vars_el, "Variable", {"guid": out[key], "name": translate(b.lang, CTX, name), "typeOfVariable": kind})
    return out


def _value(b: Builder, parent: ET.Element, variable: str, text: object, kind: str = "Text") -> None:
    value = b.el(parent, "VariableValue")
    b.el(value, "VariableRef", {"targetGUID": variable})
    b.el(value, "DateValue" if kind == "Date" else "TextValue", None, text)


def source_variables(b: Builder, src_el: ET.Element, session: Session, variables: dict[str, str]) -> None:
    lang = b.lang
    _value(b, src_el, variables["kind"], enum_label("kind", session.kind, lang))
    if isinstance(session.date, dt.date):
        _value(b, src_el, variables["date"], session.date.isoformat(), "Date")
    _value(b, src_el, variables["session_governorate"], governorate(session.governorate, lang))
    _value(b, src_el, variables["language"], enum_label("language", session.language, lang))
    if session.venue:
        _value(b, src_el, variables["venue"], session.venue)
    _value(b, src_el, variables["status"], enum_label("status", session.status, lang))


def write_cases(s: OrmSession, b: Builder, root: ET.Element, sessions: list[Session],
           by_session: dict[str, list[Segment]], variables: dict[str, str]) -> None:
    """A Case per participant who took part in a live session and did not withdraw everything."""
    lang = b.lang
    live = {x.id for x in sessions}
    attended: dict[str, dict[str, list[str]]] = {}  # pid -> session id -> roles
    for row in s.scalars(select(Attendance).where(Attendance.deleted.is_(False), Attendance.participant_id.is_not(None))):
        if row.session_id in live and row.participant_id:
            attended.setdefault(row.participant_id, {}).setdefault(row.session_id, []).append(row.role or "")
    for pid, sid in s.execute(select(TranscriptTurn.participant_id, TranscriptTurn.session_id)
                              .where(TranscriptTurn.deleted.is_(False), TranscriptTurn.participant_id.is_not(None))):
        if sid in live and pid:
            attended.setdefault(pid, {}).setdefault(sid, [])
    selections: dict[str, list[str]] = {}
    for items in by_session.values():
        for item in items:
            if item.speaker:
                selections.setdefault(item.speaker, []).append(guid_of(item.seg.id, "segment"))
    people = {p.id: p for p in s.scalars(select(Participant).where(Participant.deleted.is_(False)))}
    # A Case is found by its name in every QDA program: two laptops' BSR-FG01-P01 would be one person
    # there, so a shared pseudonym gets the recording device's label (core/recorded_on).
    names = recorded_on.distinct_names(s, lang)
    cases_el: ET.Element | None = None
    for pid in sorted(attended, key=lambda p: (people[p].code if p in people else "", p)):
        person = people.get(pid)
        if person is None:
            continue
        seen = attended[pid]
        if all(b.policies.get(pid, sid).redacted for sid in seen):
            continue  # withdrew everything: no case, no demographics
        if cases_el is None:
            cases_el = b.el(root, "Cases")
        case = b.el(cases_el, "Case", {"guid": guid_of(pid, "participant"), "name": names.get(pid, person.code)})
        roles = sorted({r for rs in seen.values() for r in rs if r})
        values = (("gender", enum_label("gender", person.gender, lang)), ("age_band", person.age_band),
                  ("governorate", governorate(person.governorate, lang)),
                  ("role", "; ".join(enum_label("role", r, lang) for r in roles)))
        for key, text in values:
            if text:
                _value(b, case, variables[key], text)
        for sid in sorted(seen):
            if not b.policies.get(pid, sid).redacted:
                b.el(case, "SourceRef", {"targetGUID": guid_of(sid, "session")})
        for guid in selections.get(pid, []):
            b.el(case, "SelectionRef", {"targetGUID": guid})


def write_selection(b: Builder, parent: ET.Element, item: Segment, memos: Memos) -> None:
    seg = item.seg
    attrs = {"guid": guid_of(seg.id, "segment"), "startPosition": str(item.start), "endPosition": str(item.end)}
    coder = b.user(seg.coder)
    if coder:
        attrs["creatingUser"] = coder
    created = hlc_time(seg.created_at)
    if created:
        attrs["creationDateTime"] = created
    sel = b.el(parent, "PlainTextSelection", attrs)
    notes = []
    if seg.needs_review:
        notes.append(translate(b.lang, CTX, NEEDS_REVIEW))
    if seg.memo and item.quotable:
        notes.append(xml_safe(seg.memo))
    if notes:
        b.el(sel, "Description", None, "\n".join(notes))
    coding_attrs = {"guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:coding:{seg.id}"))}
    if coder:
        coding_attrs["creatingUser"] = coder
    coding = b.el(sel, "Coding", coding_attrs)
    b.el(coding, "CodeRef", {"targetGUID": code_guid(item.code_id)})
    for note in memos.by_target.get(("coded_segment", seg.id), []):
        b.el(sel, "NoteRef", {"targetGUID": note})
