"""``majlis-cli`` run in the test's own process, as a coordinator's script runs it: (exit code, stdout, stderr)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def unsent(capsys: pytest.CaptureFixture[str], db: str | Path) -> int:
    """What ``status --json`` counts as not sent yet from ``db``."""
    code, out, err = run(capsys, "status", "--db", db, "--json")
    assert code == 0, err
    return int(json.loads(out)["unsent_changes"])
