"""Keep mine's minutes (core.minutes_merge): what was typed since the editor last read or saved wins,
what the import changed that the typing left alone stays. Pure data: no store needed."""

from __future__ import annotations

from desktop.core.minutes_merge import kept_mine
from desktop.core.sessions import Minutes


def minutes(title: str, venue: str, decisions: list[tuple[str | None, str]]) -> Minutes:
    return Minutes(fields={"title": title, "venue": venue},
                   decisions=[{"id": i, "text": t} for i, t in decisions])


def test_fields_typed_here_win_and_the_others_are_the_imports() -> None:
    base = minutes("old", "hall", [])
    mine = minutes("old", "my hall", [])
    theirs = minutes("new", "their hall", [])
    assert kept_mine(base, mine, theirs).fields == {"title": "new", "venue": "my hall"}


def test_rows_added_changed_and_deleted_on_either_side() -> None:
    base = minutes("t", "", [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")])
    # Here: A changed, C deleted, a new row. The import: B deleted, D deleted, a new row after A, A too.
    mine = minutes("t", "", [("a", "A mine"), ("b", "B"), ("d", "D mine"), (None, "new here")])
    theirs = minutes("t", "", [("a", "A theirs"), ("e", "E theirs"), ("c", "C")])
    out = kept_mine(base, mine, theirs)
    assert out.decisions == [
        {"id": "a", "text": "A mine"},  # changed on both sides: mine
        {"id": "e", "text": "E theirs"},  # brought by the import, at its place
        # B: deleted by the import, untouched here: gone. C: deleted here: gone.
        {"id": None, "text": "D mine"},  # deleted by the import but changed here: kept, as a new row
        {"id": None, "text": "new here"},
    ]
