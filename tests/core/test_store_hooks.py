"""Every store opened in a process gets every write hook, however many stores came before it.

The hooks (the erasure guard, the search index, the change recorder...) are attached to each Store's
own sessionmaker. They used to be skipped when ``sqlalchemy.event.contains`` said they were there:
SQLAlchemy keys that by the sessionmaker's id(), and a closed store's sessionmaker, freed while a
session of it lived on, left its key behind; the next store given the same id then opened without
the erasure guard and without the search index (1 store in 10 in the loop below)."""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.event import registry

from desktop.core import search
from desktop.core.db import Store, open_store
from desktop.core.models import Session, TranscriptTurn
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

HOOKS_BEFORE_FLUSH = {"_guard_hook", "_follow_edits", "_record"}


def write_and_find(store: Store, word: str) -> tuple[bool, set[str]]:
    """Add a turn saying ``word``: whether search finds it, and the before-flush hooks that ran on it."""
    with store.transaction() as s:
        session = Session(kind="focus_group", title="t", date=dt.date(2023, 2, 1), governorate="basra")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=1.0, text=f"{word} قال"))
        hooks = {getattr(fn, "__name__", "") for fn in s.dispatch.before_flush}
    with store.session() as s:
        return bool(search.search(s, word)), hooks


def test_a_store_reopened_many_times_always_has_its_hooks(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    fresh_store(path, PASSPHRASE, "laptop").close()
    outliving: list[Any] = []
    for n in range(8):
        store = open_store(path, PASSPHRASE)
        found, hooks = write_and_find(store, f"كلمة{n}")
        assert found and hooks >= HOOKS_BEFORE_FLUSH, (n, found, hooks)
        outliving.append(store.session())  # a session outliving its store: a frame, a traceback, a model
        store.close()
        del store
        gc.collect()  # the store's sessionmaker freed; its id free for the next one
    for s in outliving:
        s.close()


class Remembers(defaultdict):  # type: ignore[type-arg]
    """SQLAlchemy's registry as a closed store may leave it: an entry for every id."""

    def __contains__(self, key: object) -> bool:
        return True


def test_hooks_attach_whatever_sqlalchemy_remembers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, made certain: the registry answers "already listening" for any target."""
    monkeypatch.setattr(registry, "_key_to_collection", Remembers(dict, registry._key_to_collection))
    store = fresh_store(tmp_path / "field.db", PASSPHRASE, "laptop")
    try:
        found, hooks = write_and_find(store, "الانتخابات")
        assert found and hooks >= HOOKS_BEFORE_FLUSH, (found, hooks)
    finally:
        store.close()
