"""Coded segments must lie inside the text they code: checked on a bundle before anything is written.

A segment's ``start``/``end`` count Unicode code points (Python ``str`` indices, see
``desktop/core/offsets.py``; the UI converts from Qt's UTF-16 positions). A bundle is refused when a
segment it writes ends past every version of its text this database knows: the versions in the
bundle itself, the stored row, and the row's history in the change log. The longest one counts, so
a device that coded its own version of a text is never refused because another device (a
coordinator) shortened that text meanwhile. A segment whose text this database has never seen
(its bundle is still to come), or whose words were erased (a withdrawal), cannot be judged and is
let through; pages and exports clamp it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.core import erasure
from desktop.core.coding import DOC_FIELDS
from desktop.sync.change_records import RowRecords, listed
from desktop.sync.errors import OffsetOutsideTextError
from desktop.sync.merge import Change

SEGMENT = "coded_segment"
_NEVER = object()
_PLACE = ("doc_table", "doc_id", "doc_field", "start", "end", "deleted")

#: (entity, row ids) -> the stored values of ``field`` by row id (only rows that exist)
StoredTexts = Callable[[str, str, Sequence[str]], Mapping[str, Any]]
#: (entity, row ids) -> every change known for those rows, by (entity, row id)
History = Callable[[str, Sequence[str]], Mapping[tuple[str, str], Sequence[Change]]]


def check_segment_bounds(
    by_entity: Mapping[str, Mapping[str, RowRecords]],
    stored_segments: Mapping[str, Mapping[str, Any]],
    history: Mapping[tuple[str, str], Sequence[Change]],
    *,
    stored_texts: StoredTexts,
    load_history: History,
) -> None:
    """Raise OffsetOutsideTextError when a segment the bundle writes ends beyond its text."""
    rows = by_entity.get(SEGMENT)
    if not rows:
        return
    wanted: dict[tuple[str, str, str], int] = {}  # (table, doc id, field) -> the furthest end asked for
    for row_id, one_or_more in rows.items():
        place = _final_place(stored_segments.get(row_id), one_or_more)
        if place is None:
            continue
        table, doc_id, field, end = place
        key = (table, doc_id, field)
        wanted[key] = max(wanted.get(key, 0), end)
    if not wanted:
        return
    longest = _longest_versions(wanted, by_entity, history, stored_texts, load_history)
    for key, end in wanted.items():
        if key in longest and end > longest[key]:
            raise OffsetOutsideTextError()


def _final_place(stored: Mapping[str, Any] | None, one_or_more: RowRecords) -> tuple[str, str, str, int] | None:
    """(table, doc id, field, end) of a segment once this bundle's changes are in; None when it is
    deleted, not all known, or its end is 0 (any text holds it)."""
    place: dict[str, Any] = {k: stored.get(k) for k in _PLACE} if stored is not None else {}
    records = listed(one_or_more)
    for rec in sorted(records, key=lambda r: r.hlc):
        if rec.op == "delete":
            return None
        for name, value in zip(rec.fields, rec.values, strict=True):
            if name in _PLACE:
                place[name] = value
    table, doc_id, field, end = (place.get(k) for k in ("doc_table", "doc_id", "doc_field", "end"))
    if place.get("deleted") or not isinstance(end, int) or end <= 0:
        return None
    if not (isinstance(table, str) and table in DOC_FIELDS and isinstance(doc_id, str) and isinstance(field, str)):
        return None
    return table, doc_id, field, end


def _longest_versions(
    wanted: Mapping[tuple[str, str, str], int],
    by_entity: Mapping[str, Mapping[str, RowRecords]],
    history: Mapping[tuple[str, str], Sequence[Change]],
    stored_texts: StoredTexts,
    load_history: History,
) -> dict[tuple[str, str, str], int]:
    """The length of the longest known version of each text (texts never seen are left out)."""
    longest: dict[tuple[str, str, str], int] = {}
    erased: set[tuple[str, str, str]] = set()

    def saw(key: tuple[str, str, str], text: Any) -> None:
        if text == erasure.SPEECH_FIELDS.get(key[0], {}).get(key[2], _NEVER):
            erased.add(key)  # the words were erased here: what they were coded in is gone for good
        elif isinstance(text, str):
            longest[key] = max(longest.get(key, 0), len(text))

    by_place: dict[tuple[str, str], list[str]] = {}
    for table, doc_id, field in wanted:
        by_place.setdefault((table, field), []).append(doc_id)
        there = by_entity.get(table, {}).get(doc_id)
        for rec in [] if there is None else listed(there):
            if field in rec.fields:
                saw((table, doc_id, field), rec.values[rec.fields.index(field)])
    for (table, field), all_ids in by_place.items():
        # A text that comes with this bundle and has no history here is new: nothing stored to ask.
        in_bundle = by_entity.get(table, {})
        doc_ids = [d for d in all_ids if d not in in_bundle or (table, d) in history]
        if not doc_ids:
            continue
        for doc_id, text in stored_texts(table, field, doc_ids).items():
            saw((table, doc_id, field), text)
        unseen = [d for d in doc_ids if (table, d) not in history]
        known: dict[tuple[str, str], Sequence[Change]] = dict(load_history(table, unseen)) if unseen else {}
        for doc_id in doc_ids:
            for change in [*history.get((table, doc_id), ()), *known.get((table, doc_id), ())]:
                if field in change.data:
                    saw((table, doc_id, field), change.data[field])
    return {key: length for key, length in longest.items() if key not in erased}
