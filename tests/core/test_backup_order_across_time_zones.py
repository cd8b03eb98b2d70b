"""Backups are pruned oldest first by the moment each was made, whatever the laptop's time zone since.

Named by local time alone, a backup made after the time zone was set back (a laptop carried from Baghdad to
a place three hours behind, or its zone corrected) sorted before the older ones and was the first pruned:
the backup just made was deleted as it was made, and the oldest were kept. Real stores, real backups; the
zone is the process's own (TZ), as a person changing it in the system's settings gives it."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.db import Store
from tests.conftest import PASSPHRASE

BAGHDAD, THREE_HOURS_BEHIND = "AST-3", "UTC0"  # POSIX zones: no time zone database needed


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield
    monkeypatch.undo()
    time.tzset()


def set_zone(monkeypatch: pytest.MonkeyPatch, tz: str) -> None:
    monkeypatch.setenv("TZ", tz)
    time.tzset()


def made(store: Store, keep: int, reason: str = "manual") -> Path:
    return backups.backup(store.engine, store.path, PASSPHRASE, reason=reason, keep=keep)


def test_a_backup_made_after_the_zone_was_set_back_is_kept(
        store: Store, monkeypatch: pytest.MonkeyPatch, zone: None) -> None:
    set_zone(monkeypatch, BAGHDAD)
    first = [made(store, keep=3) for _ in range(3)]
    set_zone(monkeypatch, THREE_HOURS_BEHIND)
    latest = made(store, keep=3)
    assert latest.exists()
    assert backups.list_backups(store.path) == [*first[1:], latest]  # the oldest went, the newest is last


def test_names_without_their_offset_are_read_as_local_time(
        store: Store, monkeypatch: pytest.MonkeyPatch, zone: None) -> None:
    """Backups named before names held the offset: ordered with the new ones as the local times they are."""
    set_zone(monkeypatch, BAGHDAD)
    one = made(store, keep=0)
    folder = one.parent
    hour_ago = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() - 3600))
    older = [folder / f"majlis-{hour_ago}-00000{n}-manual.db" for n in range(2)]
    for path in older:
        shutil.copyfile(one, path)
        os.utime(path, (time.time() + 60, time.time() + 60))  # copied later: the name, not the file's time, tells
    assert backups.list_backups(store.path) == [*older, one]
    latest = made(store, keep=2)
    assert backups.list_backups(store.path) == [one, latest]


def test_a_name_holding_no_time_is_placed_by_the_file_s_time(store: Store) -> None:
    one = made(store, keep=0)
    renamed = one.parent / "majlis-before the workshop.db"
    shutil.copyfile(one, renamed)
    os.utime(renamed, (time.time() - 86_400, time.time() - 86_400))  # yesterday
    assert backups.list_backups(store.path) == [renamed, one]
    latest = made(store, keep=2)
    assert backups.list_backups(store.path) == [one, latest]


def test_keeping_one_keeps_the_one_just_made(store: Store, monkeypatch: pytest.MonkeyPatch, zone: None) -> None:
    set_zone(monkeypatch, BAGHDAD)
    made(store, keep=0)
    made(store, keep=0)
    set_zone(monkeypatch, THREE_HOURS_BEHIND)
    latest = made(store, keep=1)
    assert backups.list_backups(store.path) == [latest]
