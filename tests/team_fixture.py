"""A test module's ``team`` fixture, for tests with or without Qt: ``team = team_fixture(devices=1)``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.clock_helpers import date_set_right_after_a_year_ahead
from tests.sync_helpers import Team, make_team


def team_fixture(devices: int = 2, *, roles: tuple[str, ...] = (), clock_ahead: bool = False) -> Callable[..., Any]:
    """A real centre and laptops, closed after the test. ``clock_ahead``: the first laptop recorded a
    participant while its date was set a year ahead (a typing mistake), and its date is right again now."""

    @pytest.fixture
    def team(tmp_path: Path) -> Iterator[Team]:
        t = make_team(tmp_path, devices=devices, roles=roles)
        if clock_ahead:
            date_set_right_after_a_year_ahead(t)
        yield t
        t.close()

    return team
