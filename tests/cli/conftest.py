"""Fixtures of the CLI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.models import Participant
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.restore_helpers import FieldLaptop
from tests.sync_helpers import Team, make_team


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passphrase in ``MAJLIS_PASSPHRASE``, as a script gives it (a module opts in with
    ``pytestmark = pytest.mark.usefixtures("env_passphrase")``: other tests check what happens without)."""
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def field(tmp_path: Path, env_passphrase: None) -> Iterator[FieldLaptop]:
    """A centre and one field laptop on its roster, the laptop holding a study (``make_study``)."""
    team = make_team(tmp_path, devices=1)
    try:
        yield FieldLaptop(team, make_study(team.devices[0]), tmp_path)
    finally:
        team.close()


@pytest.fixture
def laptop_team(tmp_path: Path) -> Team:
    """A centre (tmp_path/centre.db) and one laptop (tmp_path/field0.db) that recorded a participant
    and has not sent it yet."""
    made = make_team(tmp_path, devices=1)
    with made.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    made.close()
    return made
