"""REFI-QDA project export (``.qdpx``): Majlis coding for NVivo, ATLAS.ti, MAXQDA and QualCoder.

A ``.qdpx`` is a ZIP holding ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``, schema
``Project-mrt2019.xsd``) and a flat ``sources/`` folder. We write:

* one ``TextSource`` per session, its text a UTF-8 file ``sources/<session guid>.txt`` built from the
  session's documents: the summary (if any), then for a focus group one line per turn,
  ``"<pseudonym or Facilitator>: <text>"``, and for a roundtable each agenda item's title and notes,
  then the decisions (``"Decision: <text>"``). "Facilitator" and "Decision" are written in the
  project's language (``lang``; by default the language most sessions are held in). While building
  the text we note where each coded field starts, so a coded segment becomes a
  ``PlainTextSelection`` at (field start + segment start, field start + segment end). Positions
  count Unicode code points from 0, like Majlis offsets and the standard;
* each source's name is its date and title, made unique (" (2)", " (3)"...) when two sessions share
  both; its creator is the facilitator (a ``User``), its creation and modification times come from
  the session's row, and the session's attributes (kind, date, governorate, language, venue,
  status) are source ``VariableValue``s;
* ``Cases``: one per participant (pseudonym) with the variables gender, age band, governorate and
  role (their roles in the sessions they attended), a ``SourceRef`` to each of those sessions and a
  ``SelectionRef`` to each coded segment of their words, so a tool can analyse by speaker;
* ``Users``: coders, facilitators and memo authors (a stable guid derived from each name);
* ``CodeBook``: the live codes with their hierarchy and colours (the same ``Code`` writer as the
  ``.qdc`` export): the name in the project's language, and all three names, the definition and
  the inclusion/exclusion criteria and examples in the description (:mod:`refi_text`);
* ``Notes``: memos (on sessions, codes, coded segments or the project), each referred to by a
  ``NoteRef`` from what it is about. A coded segment's own memo stays its selection's description.

Majlis UUIDs are used as guids (sessions, segments, codes, participants, memos), so a re-export
names the same things.

Consent, applied through :mod:`desktop.core.consent_rules` as in the xlsx export:

* a participant who withdrew all data has each of their turns written as ``REDACTED``, their coded
  segments left out (a selection of withdrawn words would point at nothing), and no Case;
* "do not quote" segments (no quote clause, or quotes withdrawn) are still exported: a coding is
  analysis, not a quotation, and the text they select is in the transcript anyway. Their memos are
  left out, as in the xlsx export, since memos often repeat the words;
* real names and phone numbers are never written: speakers appear under their pseudonym.

Stored text that XML cannot hold (control characters, lone surrogates) is replaced character for
character by U+FFFD, so offsets stay exact and project.qde is always well formed; a segment whose
document, code or span no longer fits (or whose offsets are not numbers) is skipped. The finished
project.qde is parsed again before it is written: a malformed file is refused, never reported as
success. The ZIP is written through :func:`desktop.core.atomic_file.atomic_output`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop import __version__
from desktop.core import codebook, consent_rules, recorded_on
from desktop.core.atomic_file import atomic_output
from desktop.core.db import Store
from desktop.core.erasure_report import record_or_take_back
from desktop.core.errors import MajlisError
from desktop.core.models import (
    AgendaItem,
    Attendance,
    Code,
    CodedSegment,
    Decision,
    Memo,
    Participant,
    Session,
    Team,
    TranscriptTurn,
)
from desktop.exports.enum_labels import enum_label, governorate
from desktop.exports.refi_qda import code_guid, write_code_elements
from desktop.exports.refi_text import NAME_LANGS, describe, xml_safe
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

NS = "urn:QDA-XML:project:1.0"
CTX = "RefiQda"
FACILITATOR = QT_TRANSLATE_NOOP("RefiQda", "Facilitator")
PROJECT_NAME = QT_TRANSLATE_NOOP("RefiQda", "Majlis export")
DECISION = QT_TRANSLATE_NOOP("RefiQda", "Decision")
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

DocKey = tuple[str, str, str]  # (doc_table, doc_id, doc_field)


class ProjectError(MajlisError):
    """The project could not be written as a well-formed REFI-QDA file (nothing was written)."""


@dataclass
class _SourceText:
    """The text of one session's source file and where each coded field starts in it."""

    parts: list[str] = field(default_factory=list)
    length: int = 0  # in code points
    bases: dict[DocKey, tuple[int, int]] = field(default_factory=dict)  # key -> (start, length)

    def add(self, text: object, key: DocKey | None = None) -> None:
        safe = xml_safe(text)  # same length: the offsets of what follows do not move
        if key is not None:
            self.bases[key] = (self.length, len(safe))
        self.parts.append(safe)
        self.length += len(safe)

    def text(self) -> str:
        return "".join(self.parts)


def _guid(value: str, kind: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:{kind}:{value}"))


def user_guid(name: str) -> str:
    """A stable guid for a person's name (Majlis has no user rows: coders are names)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:coder:{name}"))


def code_name(code: Code, lang: str = "en") -> str:
    """The name in ``lang``, else the first of the others that is set."""
    for key in (lang, *NAME_LANGS):
        value = (getattr(code, f"name_{key}", "") or "").strip()
        if value:
            return value
    return code.id


def _hlc_time(hlc: object) -> str | None:
    """The wall time of an HLC as xsd:dateTime (UTC), or None when it is not a plausible time."""
    head = str(hlc or "").split(":", 1)[0]
    if not head.isdigit():
        return None
    try:
        when = dt.datetime.fromtimestamp(int(head) / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if not 2000 <= when.year <= 2200:
        return None
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _offset(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    with contextlib.suppress(TypeError, ValueError):
        return int(str(value))
    return None


def project_language(s: OrmSession) -> str:
    """The language most live sessions are held in (Arabic when there are none)."""
    counts = Counter(lang for (lang,) in s.execute(select(Session.language).where(Session.deleted.is_(False))))
    for lang, _n in counts.most_common():
        if lang in NAME_LANGS:
            return str(lang)
    return "ar"


def _live_code(code_id: str, codes: dict[str, Code], live: set[str]) -> str | None:
    """The live code a segment counts for: itself, or the survivor of merges."""
    seen: set[str] = set()
    current: str | None = code_id
    while current is not None and current not in seen:
        if current in live:
            return current
        seen.add(current)
        code = codes.get(current)
        current = code.merged_into if code is not None else None
    return None


class _Builder:
    def __init__(self, s: OrmSession, lang: str) -> None:
        self.s, self.lang = s, lang
        self.users: dict[str, str] = {}  # guid -> name, in order of first use
        self.pseudonyms: dict[str, str] = {pid: code for pid, code in s.execute(select(Participant.id, Participant.code))}
        self.policies = consent_rules.PolicyCache(s)
        self.facilitator_word = translate(lang, CTX, FACILITATOR)
        self.decision_word = translate(lang, CTX, DECISION)

    def user(self, name: object) -> str | None:
        text = xml_safe(name).strip()
        if not text:
            return None
        guid = user_guid(text)
        self.users.setdefault(guid, text)
        return guid

    def el(self, parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: object = None) -> ET.Element:
        node = ET.SubElement(parent, f"{{{NS}}}{tag}", {k: xml_safe(v) for k, v in (attrs or {}).items()})
        if text is not None:
            node.text = xml_safe(text)
        return node

    # --- source text -------------------------------------------------------------------------------
    def session_text(self, session: Session, redacted_turns: set[str]) -> _SourceText:
        s, src = self.s, _SourceText()
        if session.summary:
            src.add(session.summary, ("session", session.id, "summary"))
            src.add("\n\n")
        turns = s.scalars(
            select(TranscriptTurn)
            .where(TranscriptTurn.session_id == session.id, TranscriptTurn.deleted.is_(False))
            .order_by(TranscriptTurn.position, TranscriptTurn.id)
        )
        for turn in turns:
            pid = turn.participant_id
            speaker = self.pseudonyms.get(pid, "?") if pid else self.facilitator_word
            src.add(f"{speaker}: ")
            if self.policies.get(pid, session.id).redacted:
                redacted_turns.add(turn.id)
                src.add(consent_rules.REDACTED)
            else:
                src.add(turn.text or "", ("transcript_turn", turn.id, "text"))
            src.add("\n")
        items = s.scalars(
            select(AgendaItem)
            .where(AgendaItem.session_id == session.id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.position, AgendaItem.id)
        )
        for item in items:
            src.add(f"{item.title}\n")
            src.add(item.notes or "", ("agenda_item", item.id, "notes"))
            src.add("\n\n")
        decisions = s.scalars(
            select(Decision)
            .where(Decision.session_id == session.id, Decision.deleted.is_(False))
            .order_by(Decision.position, Decision.id)
        )
        for decision in decisions:
            src.add(f"{self.decision_word}: ")
            src.add(decision.text or "", ("decision", decision.id, "text"))
            src.add("\n")
        return src


@dataclass
class _Segment:
    seg: CodedSegment
    code_id: str
    start: int
    end: int
    quotable: bool
    speaker: str | None


def _unique_names(sessions: list[Session], lang: str) -> dict[str, str]:
    names: dict[str, str] = {}
    used: Counter[str] = Counter()
    for session in sessions:
        date = session.date.isoformat() if isinstance(session.date, dt.date) else ""
        base = xml_safe(f"{date} {session.title or enum_label('kind', session.kind, lang)}".strip()) or session.id
        used[base] += 1
        names[session.id] = base if used[base] == 1 else f"{base} ({used[base]})"
    return names


def build_project(s: OrmSession, lang: str | None = None) -> tuple[bytes, dict[str, str]]:
    """``project.qde`` and the source files (name inside ``sources/`` -> text)."""
    lang = lang if lang in NAME_LANGS else project_language(s)
    b = _Builder(s, lang)
    ET.register_namespace("", NS)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    root = ET.Element(f"{{{NS}}}Project", {
        # The project's name in NVivo/MAXQDA/ATLAS.ti: the organisation's (team's), else words of its language.
        "name": xml_safe(s.scalars(select(Team.name).where(Team.name != "").limit(1)).first()
                         or translate(lang, CTX, PROJECT_NAME)),
        "origin": f"Majlis {__version__}", "creationDateTime": now,
    })
    all_codes: dict[str, Code] = {c.id: c for c in s.scalars(select(Code))}
    roots = codebook.tree(s)
    live: set[str] = set()

    def collect(nodes: Iterable[codebook.CodeNode]) -> None:
        for node in nodes:
            live.add(node.code.id)
            collect(node.children)

    collect(roots)

    sessions = list(s.scalars(
        select(Session).where(Session.deleted.is_(False)).order_by(Session.date, Session.id)
    ))
    texts: dict[str, _SourceText] = {}
    redacted_turns: set[str] = set()
    where: dict[DocKey, str] = {}  # coded field -> session id
    for session in sessions:
        src = b.session_text(session, redacted_turns)
        texts[session.id] = src
        for key in src.bases:
            where[key] = session.id

    speaker_of: dict[str, tuple[str | None, str]] = {
        tid: (pid, sid) for tid, pid, sid in s.execute(
            select(TranscriptTurn.id, TranscriptTurn.participant_id, TranscriptTurn.session_id)
        )
    }
    by_session: dict[str, list[_Segment]] = {}
    segments = s.scalars(
        select(CodedSegment).where(CodedSegment.deleted.is_(False))
        .order_by(CodedSegment.doc_id, CodedSegment.id)
    )
    for seg in segments:
        key = (seg.doc_table, seg.doc_id, seg.doc_field)
        session_id = where.get(key)
        code_id = _live_code(seg.code_id, all_codes, live)
        start, end = _offset(seg.start), _offset(seg.end)
        if session_id is None or code_id is None or start is None or end is None:
            continue  # withdrawn, deleted document or code, or offsets that are not numbers
        base, length = texts[session_id].bases[key]
        if not (0 <= start < end <= length):
            continue
        quotable, speaker = True, None
        if seg.doc_table == "transcript_turn" and seg.doc_id in speaker_of:
            pid, sid = speaker_of[seg.doc_id]
            quotable, speaker = b.policies.get(pid, sid).may_quote, pid
        by_session.setdefault(session_id, []).append(_Segment(seg, code_id, base + start, base + end, quotable, speaker))
        b.user(seg.coder)

    facilitators = {session.id: b.user(session.facilitator) for session in sessions}
    memos = _memos(s, b, live, by_session)

    if b.users:
        users_el = b.el(root, "Users")
        for guid, name in b.users.items():
            b.el(users_el, "User", {"guid": guid, "name": name})
    if roots:
        book = b.el(root, "CodeBook")
        write_code_elements(b.el(book, "Codes"), roots, NS, lambda code: code_name(code, lang), describe)
        _code_note_refs(book, memos)
    variables = _variables(b, root)
    _cases(s, b, root, sessions, by_session, variables)

    files: dict[str, str] = {}
    names = _unique_names(sessions, lang)
    sources_el = b.el(root, "Sources") if sessions else None
    for session in sessions:
        assert sources_el is not None
        guid = _guid(session.id, "session")
        filename = f"{guid}.txt"
        files[filename] = texts[session.id].text()
        attrs = {"guid": guid, "name": names[session.id], "plainTextPath": f"internal://{filename}"}
        if facilitators[session.id]:
            attrs["creatingUser"] = facilitators[session.id] or ""
        created, modified = _hlc_time(session.created_at), _hlc_time(session.updated_at)
        if created:
            attrs["creationDateTime"] = created
        if modified:
            attrs["modifiedDateTime"] = modified
        src_el = b.el(sources_el, "TextSource", attrs)
        for item in sorted(by_session.get(session.id, []), key=lambda x: (x.start, x.end, x.seg.id)):
            _selection(b, src_el, item, memos)
        for note_guid in memos.by_target.get(("session", session.id), []):
            b.el(src_el, "NoteRef", {"targetGUID": note_guid})
        _source_variables(b, src_el, session, variables)
    _notes(b, root, memos)
    ET.indent(root)
    data = bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    try:
        check_well_formed(data)  # refuse rather than hand over a file another tool cannot open
    except ET.ParseError as exc:
        raise ProjectError("the REFI-QDA project could not be written as well-formed XML") from exc
    return data, files


class _NoTree:
    """A parser target that keeps nothing: the check needs no tree of the whole project."""

    def close(self) -> None:
        return None


PARSED_AT_ONCE = 64 * 1024  # bytes of the project handed to the XML parser in one call


def check_well_formed(data: bytes) -> None:
    """Raise ET.ParseError unless ``data`` is well-formed XML. Parsed a piece at a time: the parser holds
    Python's interpreter lock through each call, and one call over a centre's whole project (3.3 MB for
    300 sessions: 0.46 s) stood the window still while the export ran on the worker thread."""
    parser = ET.XMLParser(target=_NoTree())
    for start in range(0, len(data), PARSED_AT_ONCE):
        parser.feed(data[start:start + PARSED_AT_ONCE])
    parser.close()


@dataclass
class _Memos:
    notes: list[tuple[str, Memo]] = field(default_factory=list)  # (guid, memo)
    by_target: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    project: list[str] = field(default_factory=list)


def _memos(s: OrmSession, b: _Builder, live: set[str], by_session: dict[str, list[_Segment]]) -> _Memos:
    """The memos that may travel: on live sessions, live codes, exported quotable segments, or none."""
    sessions = {sid for (sid,) in s.execute(select(Session.id).where(Session.deleted.is_(False)))}
    quotable = {item.seg.id for items in by_session.values() for item in items if item.quotable}
    out = _Memos()
    for memo in s.scalars(select(Memo).where(Memo.deleted.is_(False)).order_by(Memo.created_at, Memo.id)):
        target = (memo.target_table or "", memo.target_id or "")
        if target[0] == "session" and target[1] not in sessions:
            continue
        if target[0] == "code" and target[1] not in live:
            continue
        if target[0] == "coded_segment" and target[1] not in quotable:
            continue  # a memo on withdrawn or "do not quote" words may repeat them
        if target[0] not in ("session", "code", "coded_segment", ""):
            continue
        guid = _guid(memo.id, "memo")
        out.notes.append((guid, memo))
        if target[0]:
            out.by_target.setdefault(target, []).append(guid)
        else:
            out.project.append(guid)
        b.user(memo.author)
    return out


def _code_note_refs(book: ET.Element, memos: _Memos) -> None:
    """NoteRefs go inside each Code element, before its sub-codes (the schema's order)."""
    for code_el in book.iter(f"{{{NS}}}Code"):
        guid = code_el.get("guid", "")
        refs = [g for (table, target), gs in memos.by_target.items() if table == "code" and _guid(target, "code") == guid
                for g in gs]
        position = 1 if code_el.find(f"{{{NS}}}Description") is not None else 0
        for i, note in enumerate(refs):
            ref = ET.Element(f"{{{NS}}}NoteRef", {"targetGUID": note})
            code_el.insert(position + i, ref)


def _notes(b: _Builder, root: ET.Element, memos: _Memos) -> None:
    if not memos.notes:
        return
    notes_el = b.el(root, "Notes")
    for guid, memo in memos.notes:
        attrs = {"guid": guid, "name": memo.title or memo.id}
        author = b.user(memo.author) if memo.author else None
        if author:
            attrs["creatingUser"] = author
        created = _hlc_time(memo.created_at)
        if created:
            attrs["creationDateTime"] = created
        note = b.el(notes_el, "Note", attrs)
        b.el(note, "PlainTextContent", None, memo.text or "")
    for guid in memos.project:
        b.el(root, "NoteRef", {"targetGUID": guid})


def _variables(b: _Builder, root: ET.Element) -> dict[str, str]:
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


def _value(b: _Builder, parent: ET.Element, variable: str, text: object, kind: str = "Text") -> None:
    value = b.el(parent, "VariableValue")
    b.el(value, "VariableRef", {"targetGUID": variable})
    b.el(value, "DateValue" if kind == "Date" else "TextValue", None, text)


def _source_variables(b: _Builder, src_el: ET.Element, session: Session, variables: dict[str, str]) -> None:
    lang = b.lang
    _value(b, src_el, variables["kind"], enum_label("kind", session.kind, lang))
    if isinstance(session.date, dt.date):
        _value(b, src_el, variables["date"], session.date.isoformat(), "Date")
    _value(b, src_el, variables["session_governorate"], governorate(session.governorate, lang))
    _value(b, src_el, variables["language"], enum_label("language", session.language, lang))
    if session.venue:
        _value(b, src_el, variables["venue"], session.venue)
    _value(b, src_el, variables["status"], enum_label("status", session.status, lang))


def _cases(s: OrmSession, b: _Builder, root: ET.Element, sessions: list[Session],
           by_session: dict[str, list[_Segment]], variables: dict[str, str]) -> None:
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
                selections.setdefault(item.speaker, []).append(_guid(item.seg.id, "segment"))
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
        case = b.el(cases_el, "Case", {"guid": _guid(pid, "participant"), "name": names.get(pid, person.code)})
        roles = sorted({r for rs in seen.values() for r in rs if r})
        values = (("gender", enum_label("gender", person.gender, lang)), ("age_band", person.age_band),
                  ("governorate", governorate(person.governorate, lang)),
                  ("role", "; ".join(enum_label("role", r, lang) for r in roles)))
        for key, text in values:
            if text:
                _value(b, case, variables[key], text)
        for sid in sorted(seen):
            if not b.policies.get(pid, sid).redacted:
                b.el(case, "SourceRef", {"targetGUID": _guid(sid, "session")})
        for guid in selections.get(pid, []):
            b.el(case, "SelectionRef", {"targetGUID": guid})


def _selection(b: _Builder, parent: ET.Element, item: _Segment, memos: _Memos) -> None:
    seg = item.seg
    attrs = {"guid": _guid(seg.id, "segment"), "startPosition": str(item.start), "endPosition": str(item.end)}
    coder = b.user(seg.coder)
    if coder:
        attrs["creatingUser"] = coder
    created = _hlc_time(seg.created_at)
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


def export_qdpx(store: Store, out_path: Path | str, lang: str | None = None, *,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the ``.qdpx`` to ``out_path`` atomically; return the path. ``cancelled``, asked before each
    file of the archive, stops it with InterruptedError and nothing written."""
    out = Path(out_path)
    with store.session() as s:
        project, files = build_project(s, lang)
    with atomic_output(out) as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("project.qde", project), *((f"sources/{n}", t.encode("utf-8")) for n, t in files.items())]:
            if cancelled is not None and cancelled():
                raise InterruptedError("export cancelled")
            zf.writestr(name, data)
    record_or_take_back(store, "qdpx", out)  # an erasure report names the copies it cannot reach
    return out

