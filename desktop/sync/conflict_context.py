"""What a person needs to decide a conflict: where the text lives, who wrote each version, when.

A conflict row only knows a table, a row id, a field and two versions (HLC strings). Here they are
turned into the words a coordinator recognises: the session's title, the speaker (pseudonym or the
facilitator) or the agenda item, the device and people behind each version and its time; and a
word-level difference between the two texts. No Qt: the dialog only lays this out.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session as OrmSession

from desktop.core.clock import Timestamp, utc_moment
from desktop.core.db import Store
from desktop.core.models import (
    MODEL_BY_TABLE,
    AgendaItem,
    CodedSegment,
    Decision,
    Device,
    Memo,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.sync.conflicts import ConflictView

# Where the text sits, for the dialog to name in the interface language.
Place = Literal["turn", "agenda_notes", "decision", "summary", "coding_memo", "memo", "other"]
DiffOp = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class VersionInfo:
    device_id: str
    device_name: str  # "" when this database has never heard of the device, or it has no label
    written_at: dt.datetime | None  # UTC, from the version's clock reading
    author: str  # the people who ran the session on that device, "" when unknown
    on_roster: bool = False  # this database knows the device (it may still have no label)


@dataclass(frozen=True)
class ConflictContext:
    place: Place
    session_id: str | None
    session_title: str
    speaker: str  # pseudonym; "" for the facilitator or when not a transcript turn
    facilitator_speaks: bool
    section: str  # agenda item title, when the text is an agenda item's notes
    a: VersionInfo
    b: VersionInfo


_PLACES: dict[str, Place] = {
    "transcript_turn": "turn", "agenda_item": "agenda_notes", "decision": "decision",
    "session": "summary", "coded_segment": "coding_memo", "memo": "memo",
}


def _version(s: OrmSession, version: str, session: Session | None) -> VersionInfo:
    try:
        stamp = Timestamp.parse(version)
    except ValueError:
        return VersionInfo("", "", None, "")
    device = s.get(Device, stamp.device)
    when = utc_moment(stamp.wall_ms) if stamp.wall_ms > 0 else None
    author = ""
    if session is not None and session.origin_device == stamp.device:
        author = " / ".join(p for p in (session.facilitator.strip(), session.note_taker.strip()) if p)
    return VersionInfo(stamp.device, device.name if device is not None else "", when, author,
                       on_roster=device is not None)


def conflict_context(store: Store, view: ConflictView) -> ConflictContext:
    with store.session() as s:
        model = MODEL_BY_TABLE.get(view.entity)
        row = s.get(model, view.row_id) if model is not None else None
        session: Session | None = None
        speaker, facilitator_speaks, section = "", False, ""
        if isinstance(row, Session):
            session = row
        elif isinstance(row, TranscriptTurn | AgendaItem | Decision):
            session = s.get(Session, row.session_id)
        if isinstance(row, TranscriptTurn):
            participant = s.get(Participant, row.participant_id) if row.participant_id else None
            speaker = participant.code if participant is not None else ""
            facilitator_speaks = row.participant_id is None
        if isinstance(row, AgendaItem):
            section = row.title
        if isinstance(row, CodedSegment | Memo) and session is None:
            section = getattr(row, "title", "")
        return ConflictContext(
            place=_PLACES.get(view.entity, "other"),
            session_id=session.id if session is not None else view.session_id,
            session_title=session.title if session is not None else "",
            speaker=speaker,
            facilitator_speaks=facilitator_speaks,
            section=section,
            a=_version(s, view.version_a, session),
            b=_version(s, view.version_b, session),
        )


# A word with the whitespace after it (and any whitespace the text starts with). Whitespace was a token of
# its own: as common as all the words together, it made the matcher (no junk heuristic, which would drop
# the commonest words) compare each space with every other: two versions of a 1,000-word turn took 1 s
# to compare, of 2,000 words 10 s, on the interface's thread as the conflict opened.
_TOKEN = re.compile(r"\s+|\S+\s*")


def word_diff(old: str, new: str) -> list[tuple[DiffOp, str]]:
    """The two texts as runs of equal, deleted (only in ``old``) and inserted (only in ``new``) words.

    Each word keeps the whitespace after it, so joining the equal and deleted runs gives ``old`` back and
    joining the equal and inserted runs gives ``new``.
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[tuple[DiffOp, str]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", "".join(b[j1:j2])))
    return out
