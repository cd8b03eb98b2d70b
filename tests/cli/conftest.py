"""Fixtures of the CLI tests."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passphrase in ``MAJLIS_PASSPHRASE``, as a script gives it (a module opts in with
    ``pytestmark = pytest.mark.usefixtures("env_passphrase")``: other tests check what happens without)."""
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
