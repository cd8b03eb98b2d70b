"""Keep mine, for a roundtable changed by an import while its editor held typing not yet saved.

Three versions of the minutes: ``base`` (what the editor last read or saved), ``mine`` (what is on its
screen) and ``theirs`` (what is stored now, the import's change in it). What was typed since ``base``
wins; whatever the import changed that the typing left alone stays: its new agenda items, decisions
and attendees, a field nobody typed in here. Saving the screen whole would have written the old
title back over a laptop's new one and deleted the rows the import had just brought.
"""

from __future__ import annotations

from typing import Any

from desktop.core.sessions import Minutes

Row = dict[str, Any]
_LISTS = ("attendance", "agenda", "decisions", "actions")


def kept_mine(base: Minutes, mine: Minutes, theirs: Minutes) -> Minutes:
    """The minutes Keep mine saves (``mine``'s status and kind are the stored ones: ``theirs``)."""
    out = Minutes(fields=_values(base.fields, mine.fields, theirs.fields), kind=theirs.kind, status=theirs.status)
    for name in _LISTS:
        setattr(out, name, _rows(getattr(base, name), getattr(mine, name), getattr(theirs, name)))
    return out


def _values(base: Row, mine: Row, theirs: Row) -> Row:
    """Mine where it differs from ``base`` (typed here), else theirs."""
    return {key: mine[key] if key in mine and mine[key] != base.get(key) else theirs.get(key)
            for key in {**theirs, **mine}}


def _rows(base: list[Row], mine: list[Row], theirs: list[Row]) -> list[Row]:
    """Mine in my order, each row's values merged as the fields are; a row the import deleted stays
    deleted unless it was changed here; the import's new rows at their place in its order."""
    before = {r["id"]: r for r in base if r.get("id")}
    now = {r["id"]: r for r in theirs if r.get("id")}
    out: list[Row] = []
    for row in mine:
        rid = row.get("id")
        if rid not in before:
            out.append(dict(row))  # added here
        elif rid in now:
            out.append({"id": rid, **_values(before[rid], {k: v for k, v in row.items() if k != "id"},
                                            {k: v for k, v in now[rid].items() if k != "id"})})
        elif row != before[rid]:
            out.append({**row, "id": None})  # deleted by the import, changed here: kept, as a new row
    mine_ids = {r.get("id") for r in mine}
    for index, row in enumerate(theirs):
        if row["id"] not in before and row["id"] not in mine_ids:
            out.insert(min(index, len(out)), dict(row))  # brought by the import
    return out
