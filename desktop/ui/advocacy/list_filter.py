"""The recommendations list narrowed by what is typed above it: part of a title in any of its languages,
the number (either kind of digits) or the status, folded as the other pages' filters fold Arabic and
Kurdish ("بطاقه" finds "البطاقة", ک/ی typed as ك/ي)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from desktop.core.recommendations import Listed
from desktop.i18n.normalise import normalise_for_search


def matching(rows: Sequence[Listed], typed: str, titles: Mapping[str, Mapping[str, str]],
             status: Callable[[Listed], str]) -> list[Listed]:
    """The ``rows`` whose number, title (``titles``: id -> language -> title) or ``status`` word holds
    ``typed``; all of them for nothing typed."""
    needle = normalise_for_search(typed).strip()
    if not needle:
        return list(rows)

    def holds(row: Listed) -> bool:
        if needle == str(row.number):
            return True
        words = (row.title, *titles.get(row.id, {}).values(), status(row))
        return any(needle in normalise_for_search(w) for w in words if w)

    return [row for row in rows if holds(row)]
