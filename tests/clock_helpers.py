"""A laptop whose date was set ahead (a typing mistake), then set right: the set-up of the clock and
re-dating tests (core, CLI, Sync page). Real stores opened again with a chosen date on their clock."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.clock import WallClock, system_ms
from desktop.core.db import Store, open_store
from desktop.core.models import Participant
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team

YEAR_MS = 365 * 24 * 3600 * 1000
HOUR_MS = 3600 * 1000
# Time zones as POSIX TZ rules, which need no tz database installed: the offset's sign is reversed.
UTC_ZONE = "UTC0"
BAGHDAD_ZONE = "<+03>-3"  # Asia/Baghdad: UTC+3, no summer time since 2008
# Windows has no time.tzset: this computer's zone cannot be changed inside a test run there.
needs_tzset = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is Unix only")


@contextlib.contextmanager
def in_zone(rule: str) -> Iterator[None]:
    """This process's local time zone set to ``rule`` (``TZ``), and the one it had put back after."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = rule
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def ahead(ms: int) -> WallClock:
    """This computer's clock ``ms`` past the true time (negative: behind it)."""
    return lambda: system_ms() + ms


def reopen(team: Team, index: int | None, wall: WallClock) -> Store:
    """The laptop (``index``) or the centre (None) opened again with ``wall`` as its clock."""
    old = team.centre if index is None else team.devices[index]
    old.close()
    store = open_store(old.path, PASSPHRASE, wall=wall)
    if index is None:
        team.centre = store
    else:
        team.devices[index] = store
    return store


def recorded_a_year_ahead(path: Path, **participant: Any) -> None:
    """The closed laptop database at ``path`` records one participant (BSR-FG01-P01 unless
    ``code`` is given) while its date is a year ahead, and is closed again."""
    store = open_store(path, PASSPHRASE, wall=ahead(YEAR_MS))
    try:
        with store.transaction() as s:
            s.add(Participant(**{"code": "BSR-FG01-P01", **participant}))
    finally:
        store.close()


def date_set_right_after_a_year_ahead(team: Team, **participant: Any) -> Store:
    """The team's first laptop, after recording a participant a year ahead, open with the right date:
    its work waits at export and its clock warns (what re-dating is for)."""
    laptop = team.devices[0]
    laptop.close()
    recorded_a_year_ahead(laptop.path, **participant)
    team.devices[0] = open_store(laptop.path, PASSPHRASE)
    return team.devices[0]
