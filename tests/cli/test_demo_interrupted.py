"""Ctrl+C during `majlis-cli demo --db NEW` (a large demo takes minutes): the demo writes a session a
transaction, so the new database was left with part of the seed's sessions, and the same command run
again was refused as "the demo data of seed 1 is already in this database": a half demo, for good.
A database the interrupted command was making is now removed (one line, exit 130), and the command
run again makes it whole. Real store, the real command line; Ctrl+C's KeyboardInterrupt is raised
as the coordinator's key press raises it, while the fourth session (the second roundtable) is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core import demo
from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_demo_stopped_while_it_makes_its_database_leaves_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "demo.db"
    calls: list[object] = []
    real = demo._roundtable

    def press_ctrl_c_at_the_second(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == 2:  # sessions 1 to 3 are written by now
            # What Python's SIGINT handler raises in the main thread. (Not the signal itself: a pytest-xdist
            # worker ignores SIGINT, and under CI's -n 2 the demo ran on to the end.)
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "_roundtable", press_ctrl_c_at_the_second)
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "6")
    assert (code, out) == (130, ""), (code, out, err)
    assert err == "majlis-cli: interrupted; the database it was making was removed: run the command again\n"
    assert not [p for p in tmp_path.iterdir() if p.name != "demo.db.lock"]  # no database, no -wal or -shm
    monkeypatch.setattr(demo, "_roundtable", real)
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "6")
    assert code == 0 and out.startswith("demo data: 6 sessions"), (out, err)
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["sessions"] == 6
