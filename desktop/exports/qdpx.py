"""REFI-QDA project export (``.qdpx``): Majlis coding for NVivo, ATLAS.ti, MAXQDA and QualCoder.

A ``.qdpx`` is a ZIP holding ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``, schema
``Project-mrt2019.xsd``) and a flat ``sources/`` folder. We write:

* one ``TextSource`` per session, its text a UTF-8 file ``sources/<session guid>.txt`` built from the
  session's documents: the summary (if any), then for a focus group one line per turn,
  ``"<pseudonym or Facilitator>: <text>"``, and for a roundtable each agenda item's title and notes,
  then the decisions. While building it we note where each coded field starts, so a coded segment
  becomes a ``PlainTextSelection`` at (field start + segment start, field start + segment end).
  Positions count Unicode code points from 0, like Majlis offsets and the standard;
* ``Users``: one per distinct coder name (a stable guid derived from the name);
* ``CodeBook``: the live codes with their hierarchy and colours (the same ``Code`` writer as the
  ``.qdc`` export). The name is the English one, falling back to Arabic then Sorani; the other names
  and the definition go into the description.

Majlis UUIDs are used as guids (sessions, segments, codes), so a re-export names the same things.

Consent, applied through :mod:`desktop.core.consent_rules` as in the xlsx export:

* a participant who withdrew all data has each of their turns written as ``REDACTED`` and their
  coded segments left out (a selection of withdrawn words would point at nothing);
* "do not quote" segments (no quote clause, or quotes withdrawn) are still exported: a coding is
  analysis, not a quotation, and the text they select is in the transcript anyway. Their memos are
  left out, as in the xlsx export, since memos often repeat the words;
* real names and phone numbers are never written: speakers appear under their pseudonym.

A segment flagged ``needs_review`` (its source text was edited after coding) is exported with a
description saying so. A segment whose document, code or span no longer fits is skipped.

The ZIP is written beside the target and moved into place, so a crash never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop import __version__
from desktop.core import codebook, consent_rules
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
from desktop.exports.refi_qda import code_guid, write_code_elements

NS = "urn:QDA-XML:project:1.0"
FACILITATOR_LABEL = "Facilitator"
NEEDS_REVIEW_NOTE = "Needs review: the source text was edited after this was coded; check the span."
NAME_LANGS = ("en", "ar", "ckb")

DocKey = tuple[str, str, str]  # (doc_table, doc_id, doc_field)


@dataclass
class _SourceText:
    """The text of one session's source file and where each coded field starts in it."""

    parts: list[str] = field(default_factory=list)
    length: int = 0  # in code points
    bases: dict[DocKey, tuple[int, int]] = field(default_factory=dict)  # key -> (start, length)

    def add(self, text: str, key: DocKey | None = None) -> None:
        if key is not None:
            self.bases[key] = (self.length, len(text))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _guid(value: str, kind: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:{kind}:{value}"))


def user_guid(coder: str) -> str:
    """A stable guid for a coder name (Majlis has no user rows: coders are names)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:coder:{coder}"))


def code_name(code: Code) -> str:
    """English name, else Arabic, else Sorani."""
    for lang in NAME_LANGS:
        value = (getattr(code, f"name_{lang}", "") or "").strip()
        if value:
            return value
    return code.id


def code_description(code: Code) -> str:
    """The names not used as the code's name (``ar: ...``), then the definition."""
    used = code_name(code)
    lines = []
    for lang in NAME_LANGS:
        value = (getattr(code, f"name_{lang}", "") or "").strip()
        if value and value != used:
            lines.append(f"{lang}: {value}")
    if code.definition:
        lines.append(code.definition)
    return "\n".join(lines)


def _source_name(session: Session) -> str:
    date = session.date.isoformat() if session.date else ""
    title = session.title or session.kind
    return f"{date} {title}".strip()


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


def _session_text(
    s: OrmSession,
    session: Session,
    pseudonyms: dict[str, str],
    policies: consent_rules.PolicyCache,
    redacted_turns: set[str],
) -> _SourceText:
    src = _SourceText()
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
        speaker = pseudonyms.get(pid, "?") if pid else FACILITATOR_LABEL
        src.add(f"{speaker}: ")
        if policies.get(pid, session.id).redacted:
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
        src.add("Decision: ")
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


def build_project(s: OrmSession) -> tuple[bytes, dict[str, str]]:
    """``project.qde`` and the source files (name inside ``sources/`` -> text)."""
    ET.register_namespace("", NS)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    root = ET.Element(f"{{{NS}}}Project", {
        "name": "Majlis export", "origin": f"Majlis {__version__}", "creationDateTime": now,
    })
    pseudonyms: dict[str, str] = {
        pid: code for pid, code in s.execute(select(Participant.id, Participant.code))
    }
    policies = consent_rules.PolicyCache(s)
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
        src = _session_text(s, session, pseudonyms, policies, redacted_turns)
        texts[session.id] = src
        for key in src.bases:
            where[key] = session.id

    speaker_of: dict[str, tuple[str | None, str]] = {
        tid: (pid, sid) for tid, pid, sid in s.execute(
            select(TranscriptTurn.id, TranscriptTurn.participant_id, TranscriptTurn.session_id)
        )
    }
    by_session: dict[str, list[_Segment]] = {}
    coders: list[str] = []
    segments = s.scalars(
        select(CodedSegment).where(CodedSegment.deleted.is_(False))
        .order_by(CodedSegment.doc_id, CodedSegment.start, CodedSegment.id)
    )
    for seg in segments:
        key = (seg.doc_table, seg.doc_id, seg.doc_field)
        session_id = where.get(key)
        code_id = _live_code(seg.code_id, all_codes, live)
        if session_id is None or code_id is None:  # withdrawn, deleted document or code
            continue
        base, length = texts[session_id].bases[key]
        if not (0 <= seg.start < seg.end <= length):
            continue
        quotable = True
        if seg.doc_table == "transcript_turn" and seg.doc_id in speaker_of:
            pid, sid = speaker_of[seg.doc_id]
            quotable = policies.get(pid, sid).may_quote
        by_session.setdefault(session_id, []).append(
            _Segment(seg, code_id, base + seg.start, base + seg.end, quotable)
        )
        if seg.coder and seg.coder not in coders:
            coders.append(seg.coder)

    if coders:
        users_el = ET.SubElement(root, f"{{{NS}}}Users")
        for coder in coders:
            ET.SubElement(users_el, f"{{{NS}}}User", {"guid": user_guid(coder), "name": coder})
    if roots:
        book = ET.SubElement(root, f"{{{NS}}}CodeBook")
        write_code_elements(ET.SubElement(book, f"{{{NS}}}Codes"), roots, NS, code_name, code_description)

    files: dict[str, str] = {}
    sources_el = ET.SubElement(root, f"{{{NS}}}Sources") if sessions else None
    for session in sessions:
        assert sources_el is not None
        guid = _guid(session.id, "session")
        filename = f"{guid}.txt"
        files[filename] = texts[session.id].text()
        src_el = ET.SubElement(sources_el, f"{{{NS}}}TextSource", {
            "guid": guid, "name": _source_name(session), "plainTextPath": f"internal://{filename}",
        })
        description = f"{session.kind}; governorate {session.governorate}; language {session.language}"
        ET.SubElement(src_el, f"{{{NS}}}Description").text = description
        for item in sorted(by_session.get(session.id, []), key=lambda x: (x.start, x.end, x.seg.id)):
            _selection(src_el, item)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)), files


def _selection(parent: ET.Element, item: _Segment) -> None:
    seg = item.seg
    attrs = {"guid": _guid(seg.id, "segment"), "startPosition": str(item.start), "endPosition": str(item.end)}
    if seg.coder:
        attrs["creatingUser"] = user_guid(seg.coder)
    sel = ET.SubElement(parent, f"{{{NS}}}PlainTextSelection", attrs)
    notes = []
    if seg.needs_review:
        notes.append(NEEDS_REVIEW_NOTE)
    if seg.memo and item.quotable:
        notes.append(seg.memo)
    if notes:
        ET.SubElement(sel, f"{{{NS}}}Description").text = "\n".join(notes)
    coding_attrs = {"guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"majlis:coding:{seg.id}"))}
    if seg.coder:
        coding_attrs["creatingUser"] = user_guid(seg.coder)
    coding = ET.SubElement(sel, f"{{{NS}}}Coding", coding_attrs)
    ET.SubElement(coding, f"{{{NS}}}CodeRef", {"targetGUID": code_guid(item.code_id)})


def export_qdpx(store: Store, out_path: Path | str) -> Path:
    """Write the ``.qdpx`` to ``out_path`` atomically; return the path."""
    out = Path(out_path)
    with store.session() as s:
        project, files = build_project(s)
    with atomic_output(out) as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", project)
        for name, text in files.items():
            zf.writestr(f"sources/{name}", text.encode("utf-8"))
    record_export(store, "qdpx", out)  # an erasure report names the copies it cannot reach
    return out
