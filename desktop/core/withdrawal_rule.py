"""How two withdrawals of one consent record compare, free of any database.

A consent record's withdrawal is two fields, ``withdrawn_at`` (the day) and ``withdrawal_scope``
("quotes": never quoted again, the speech stays; "all": everything erased). Wherever two copies of
them meet (a bundle's change at the centre: ``desktop/sync/merge.py``; the centre's marks in a team
update on a laptop: ``desktop/sync/withdrawal_sync.py``; the copy a restore replaced:
``restore_carry.py``) the same rule decides:

* a withdrawal only widens (none < quotes < all): one of quotes never replaces one of everything,
  however new; one of everything replaces one of quotes, however old;
* within one scope the latest wins, and so does a coordinator's correction that empties a
  withdrawal recorded in error;
* the day goes with the scope: both fields are taken from the withdrawal that wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

WITHDRAWN_AT, WITHDRAWAL_SCOPE = "withdrawn_at", "withdrawal_scope"
FIELDS = (WITHDRAWN_AT, WITHDRAWAL_SCOPE)
_WIDTH = {"quotes": 1, "all": 2}


def width(scope: Any, when: Any = True) -> int:
    """0 for no withdrawal (or an emptied one), 1 for quotes, 2 for everything."""
    return _WIDTH.get(str(scope), 0) if scope and when else 0


def order(held: Mapping[str, Any], data: Mapping[str, Any]) -> int:
    """How a change's withdrawal (``data``) compares with the one ``held``: -1 narrower (it does not
    apply), 1 wider than a withdrawal held (it applies whatever its time), 0 otherwise (latest wins)."""
    if WITHDRAWAL_SCOPE not in data:
        return 0
    coming = width(data[WITHDRAWAL_SCOPE])
    now = width(held.get(WITHDRAWAL_SCOPE), held.get(WITHDRAWN_AT))
    if not coming or not now or coming == now:
        return 0
    return 1 if coming > now else -1


def replacing(held: Mapping[str, Any], held_versions: Mapping[str, str],
              coming: Mapping[str, Any], coming_versions: Mapping[str, str]) -> dict[str, Any]:
    """The fields of the withdrawal ``coming`` that replace those ``held`` (each with the time it
    was written, its HLC): both when it is wider, none when narrower, and when it is as wide (or
    either is empty) those written later. Empty when nothing changes."""
    how = order(held, coming)
    if how < 0:
        return {}
    if how > 0:  # the day goes with the scope
        return {k: coming[k] for k in FIELDS if coming[k] != held.get(k)}
    return {k: coming[k] for k in FIELDS
            if coming[k] != held.get(k) and coming_versions[k] > held_versions[k]}
