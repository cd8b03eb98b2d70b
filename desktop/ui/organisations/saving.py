"""What the Organisations page's saves write: the organisation in the form, one save after another.

A Save pressed while an earlier save of the same form still waits on the database worker goes to the
worker behind it (its one thread runs them in the order asked). The form's ``Target`` carries the
organisation's id from one to the next: a new organisation is made by the first save and the later
ones update it, never make a second. Only the worker thread writes ``id`` while saves are on their
way; the interface reads what they hand back.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core import organisations as svc
from desktop.core.db import Store


class Target:
    """The organisation one filling of the form saves to: ``id`` None until a save has made it."""

    __slots__ = ("id",)

    def __init__(self, org_id: str | None) -> None:
        self.id = org_id


def writer(target: Target, name: str, kind: str, gov: str) -> Callable[[Store], str]:
    """A save of the form: ``target`` updated, or made (its id kept for the saves after it); its id."""

    def write(store: Store) -> str:
        if target.id:
            svc.update(store, target.id, name, kind, gov)
        else:
            target.id = svc.create(store, name, kind, gov)
        return target.id

    return write
