"""The text of each session's REFI-QDA source and the bits the project is built from (:mod:`qdpx`):
where each coded field starts in its source, the people's guids, the names of codes and sources."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_rules
from desktop.core.clock import utc_moment
from desktop.core.models import AgendaItem, Code, CodedSegment, Decision, Participant, Session, TranscriptTurn
from desktop.exports.enum_labels import enum_label
from desktop.exports.refi_text import NAME_LANGS, xml_safe
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP, translate

NS = "urn:QDA-XML:project:1.0"
CTX = "RefiQda"
FACILITATOR = QT_TRANSLATE_NOOP("RefiQda", "Facilitator")
DECISION = QT_TRANSLATE_NOOP("RefiQda", "Decision")

DocKey = tuple[str, str, str]  # (doc_table, doc_id, doc_field)


@dataclass
class SourceText:
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


def guid_of(value: str, kind: str) -> str:
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


def hlc_time(hlc: object) -> str | None:
    """The wall time of an HLC as xsd:dateTime (UTC), or None when it is not a plausible time."""
    head = str(hlc or "").split(":", 1)[0]
    if not head.isdigit():
        return None
    try:
        when = utc_moment(int(head))
    except (OverflowError, OSError, ValueError):
        return None
    if not 2000 <= when.year <= 2200:
        return None
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def offset_of(value: object) -> int | None:
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


def live_code(code_id: str, codes: dict[str, Code], live: set[str]) -> str | None:
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


class Builder:
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
    def session_text(self, session: Session, redacted_turns: set[str]) -> SourceText:
        s, src = self.s, SourceText()
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
            if self.policies.get(pid, session.id).words_hidden:  # withdrawn, or no to taking part
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
class Segment:
    seg: CodedSegment
    code_id: str
    start: int
    end: int
    quotable: bool
    speaker: str | None


def unique_names(sessions: list[Session], lang: str) -> dict[str, str]:
    names: dict[str, str] = {}
    used: Counter[str] = Counter()
    for session in sessions:
        date = session.date.isoformat() if isinstance(session.date, dt.date) else ""
        base = xml_safe(f"{date} {session.title or enum_label('kind', session.kind, lang)}".strip()) or session.id
        used[base] += 1
        names[session.id] = base if used[base] == 1 else f"{base} ({used[base]})"
    return names
