"""Erasure in the rows that keep a history of the words: the change log, conflicts, conflict-resolution
audit details and the search index (``desktop.core.erasure`` erases the live rows and calls these).

The change log keeps each change's ``content_hash`` (its identity: an older bundle carrying the same
change is recognised as known); its ``data`` gets the stand-ins and the flag ``ERASED_FLAG``, so a
receiver knows it cannot match its hash. Plain Core SQL on a ``Connection``, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, String, bindparam, cast, select, update

from desktop.core import consent_rules
from desktop.core.models import AuditEvent, ChangeLog, Conflict

MARKER = consent_rules.REDACTED
#: Put in a scrubbed change's ``data``: its content no longer matches its hash, and says so.
ERASED_FLAG = "$erased"
#: How a conflict between two versions of erased words is closed (``conflicts list --all`` shows it).
ERASED_RESOLUTION = "erased"
CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def conflicts(conn: Connection, turns: list[str]) -> int:
    done = 0
    for chunk in _chunks(turns):
        where = (Conflict.entity == "transcript_turn", Conflict.row_id.in_(chunk))
        done += conn.execute(
            update(Conflict).where(*where, (Conflict.value_a != MARKER) | (Conflict.value_b != MARKER))
            .values(value_a=MARKER, value_b=MARKER)
        ).rowcount
        conn.execute(update(Conflict).where(*where, Conflict.resolution.is_not(None)).values(resolution=MARKER))
        # Two versions of words that no longer exist: nothing is left for a person to decide, and the
        # centre's list would show "[…]" against "[…]" for good. Closed as erased.
        conn.execute(update(Conflict).where(*where, Conflict.status == "open")
                     .values(status="resolved", resolution=ERASED_RESOLUTION))
    return done


def memo_conflicts(conn: Connection, segments: list[str], memos: list[str]) -> int:
    """Two versions of a memo on erased words (a coding's, a memo row's): emptied, closed as erased."""
    done = 0
    for entity, field, ids in (("coded_segment", "memo", segments), ("memo", "text", memos)):
        for chunk in _chunks(ids):
            where = (Conflict.entity == entity, Conflict.field == field, Conflict.row_id.in_(chunk))
            done += conn.execute(update(Conflict).where(*where, (Conflict.value_a != "") | (Conflict.value_b != ""))
                                 .values(value_a="", value_b="")).rowcount
            conn.execute(update(Conflict).where(*where, Conflict.status == "open")
                         .values(status="resolved", resolution=ERASED_RESOLUTION))
    return done


_HISTORY_ROWS = select(ChangeLog.id, ChangeLog.data).where(
    ChangeLog.entity == bindparam("entity"), ChangeLog.row_id.in_(bindparam("ids", expanding=True))
)
_SET_DATA = update(ChangeLog).where(ChangeLog.id == bindparam("_id")).values(data=bindparam("data"))


def history(conn: Connection, entity: str, ids: list[str], fields: Mapping[str, Any]) -> int:
    """Scrub the change-log rows of these rows: erased fields get their stand-in, the row is flagged."""
    if not ids or not fields:
        return 0
    rewritten = []
    for chunk in _chunks(ids):
        for change_id, data in conn.execute(_HISTORY_ROWS, {"entity": entity, "ids": chunk}).all():
            data = dict(data or {})
            hit = [k for k in fields if k in data and data[k] != fields[k]]
            if hit:
                data.update({k: fields[k] for k in hit})
                data[ERASED_FLAG] = True
                rewritten.append({"_id": change_id, "data": data})
    if rewritten:
        conn.execute(_SET_DATA, rewritten)
    return len(rewritten)


def audit_details(conn: Connection, turns: list[str]) -> int:
    """Conflict resolutions record the text chosen; keep only the fact (which field of which row)."""
    done = 0
    rows: list[tuple[str, str]] = []
    for turn_id in turns:
        prefix = f"transcript_turn.text {turn_id}"
        found = conn.execute(
            select(AuditEvent.id, AuditEvent.reason).where(
                AuditEvent.action == "conflict_resolved", cast(AuditEvent.reason, String).startswith(prefix))
        ).all()
        rows += [(str(i), prefix) for i, reason in found if reason != prefix]
    for audit_id, fact in rows:
        conn.execute(update(AuditEvent).where(AuditEvent.id == audit_id).values(reason=fact))
        done += 1
        for change_id, data in conn.execute(_HISTORY_ROWS, {"entity": "audit_event", "ids": [audit_id]}).all():
            data = dict(data or {})
            if "reason" in data and data["reason"] != fact:
                data["reason"] = fact
                conn.execute(_SET_DATA, [{"_id": change_id, "data": data}])
                done += 1
    return done


def forget_search(conn: Connection, turns: list[str], segments: list[str], memos: list[str]) -> None:
    if conn.dialect.name == "sqlite" and turns:
        from desktop.core import search_sqlite

        search_sqlite.forget(conn, "transcript_turn", turns)
        search_sqlite.forget(conn, "coded_segment", segments)  # the memos typed on their codings
        search_sqlite.forget(conn, "memo", memos)  # the memo rows on their turns or codings
