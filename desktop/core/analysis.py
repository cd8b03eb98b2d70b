"""Comparison across groups: code x attribute matrix (with drill-down) and code co-occurrence.

Both are built on ``retrieval.retrieve`` so filters and consent work the same as in the retrieval
screen. Counts include do-not-quote segments (counting is not quoting); redacted ones are counted
too, since withdrawal removes the words, not the fact that a topic came up. (If a team decides
otherwise, this is the one place to change.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, retrieval
from desktop.core.retrieval import Filters, Retrieved

#: Attributes offered by default; any participant.attributes key works as "attr:<key>".
ATTRIBUTES = ("governorate", "gender", "age_band", "session_kind")
UNKNOWN = ""  # the column of segments without a value (facilitator turns, minutes for gender...)


def attribute_value(item: Retrieved, attribute: str) -> str:
    if attribute == "governorate":
        return item.governorate
    if attribute == "gender":
        return item.gender
    if attribute == "age_band":
        return item.age_band
    if attribute == "session_kind":
        return item.session_kind
    if attribute.startswith("attr:"):
        return str(item.attributes.get(attribute[5:], UNKNOWN))
    raise ValueError(f"unknown attribute {attribute}")


@dataclass
class Cell:
    segments: int = 0
    participants: int = 0
    segment_ids: list[str] = field(default_factory=list)


@dataclass
class Matrix:
    attribute: str
    code_ids: list[str]
    values: list[str]
    cells: dict[tuple[str, str], Cell]
    # Distinct people, which do not add up: a participant who raised three codes is one person in
    # their column's total, not three (segments do add up: their totals are sums).
    value_participants: dict[str, int] = field(default_factory=dict)  # per attribute value, any code
    code_participants: dict[str, int] = field(default_factory=dict)  # per code row, any value
    all_participants: int = 0

    def cell(self, code_id: str, value: str) -> Cell:
        return self.cells.get((code_id, value), Cell())

    def row_total(self, code_id: str) -> int:
        return sum(self.cell(code_id, v).segments for v in self.values)


def matrix(
    s: OrmSession,
    attribute: str,
    code_ids: Iterable[str] | None = None,
    *,
    filters: Filters | None = None,
    rollup: bool = False,
) -> Matrix:
    """Segments and distinct participants per (code, attribute value).

    With ``rollup`` a code's row also counts the segments of its sub-codes (a participant counted once).
    """
    rows = [n.code.id for n in _flatten(codebook.tree(s))] if code_ids is None else list(code_ids)
    members = {c: (codebook.with_subcodes(s, [c]) if rollup else {c}) for c in rows}
    items = retrieval.retrieve(s, set().union(*members.values()) if members else set(),
                               include_subcodes=False, filters=filters)
    values: set[str] = set()
    seg_ids: dict[tuple[str, str], list[str]] = defaultdict(list)
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_value: dict[str, set[str]] = defaultdict(set)
    per_code: dict[str, set[str]] = defaultdict(set)
    for item in items:
        value = attribute_value(item, attribute)
        values.add(value)
        for row in rows:
            if item.code_id in members[row]:
                seg_ids[(row, value)].append(item.segment_id)
                if item.participant_id:
                    people[(row, value)].add(item.participant_id)
                    per_value[value].add(item.participant_id)
                    per_code[row].add(item.participant_id)
    cells = {
        key: Cell(len(ids), len(people.get(key, ())), ids) for key, ids in seg_ids.items()
    }
    ordered = sorted(values - {UNKNOWN}) + ([UNKNOWN] if UNKNOWN in values else [])
    return Matrix(attribute, rows, ordered, cells,
                  value_participants={v: len(p) for v, p in per_value.items()},
                  code_participants={c: len(p) for c, p in per_code.items()},
                  all_participants=len(set().union(*per_value.values())) if per_value else 0)


def drill_down(
    s: OrmSession, code_id: str, attribute: str, value: str, *, filters: Filters | None = None,
    rollup: bool = False,
) -> list[Retrieved]:
    """The segments behind one matrix cell."""
    items = retrieval.retrieve(s, [code_id], include_subcodes=rollup, filters=filters)
    return [i for i in items if attribute_value(i, attribute) == value]


def _flatten(nodes: list[codebook.CodeNode]) -> list[codebook.CodeNode]:
    out: list[codebook.CodeNode] = []
    for n in nodes:
        out.append(n)
        out.extend(_flatten(n.children))
    return out


def cooccurrence(
    s: OrmSession, *, filters: Filters | None = None
) -> dict[tuple[str, str], int]:
    """How many pairs of segments with two different codes overlap in the same document field.

    Keys are ordered pairs (a, b) with a < b by id; look up both orders with :func:`pair_count`.
    Two segments touching end to start do not overlap. The same coder is not required: a pair
    from two coders also counts, which is what a team codebook discussion wants to see.
    """
    by_doc: dict[tuple[str, str, str], list[Retrieved]] = defaultdict(list)
    for item in retrieval.retrieve(s, None, filters=filters):
        by_doc[(item.doc_table, item.doc_id, item.doc_field)].append(item)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for items in by_doc.values():
        items.sort(key=lambda i: i.start)
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if b.start >= a.end:
                    break  # sorted by start: nothing later overlaps a
                if a.code_id != b.code_id:
                    counts[tuple(sorted((a.code_id, b.code_id)))] += 1  # type: ignore[index]
    return dict(counts)


def pair_count(table: dict[tuple[str, str], int], a: str, b: str) -> int:
    return table.get((a, b) if a < b else (b, a), 0)
