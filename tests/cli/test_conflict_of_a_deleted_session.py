"""`conflicts resolve` on a conflict whose session was deleted meanwhile (the laptop deleted the draft,
and its bundle arrived at the centre before anyone decided): it wrote the chosen summary into the
deleted session and said `conflict 1 resolved`, exit 0. Now one line says the text was deleted and
nothing is left to decide (exit 1, nothing written), and the conflict is closed: `conflicts list`
has no open conflict, `--all` shows it `resolved`; a second try says it is already resolved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import sessions
from desktop.core.db import open_store
from desktop.core.models import Session
from tests.cli.test_cli_slips import session_summary_conflict
from tests.cli_run import run
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _summary(db: Path, sid: str) -> str:
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            row = s.get(Session, sid)
            assert row is not None and row.deleted
            return row.summary
    finally:
        store.close()


def test_a_conflict_of_a_session_deleted_meanwhile_is_closed_with_nothing_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre_db, laptop_db, sid = session_summary_conflict(tmp_path, capsys, "طاولة مستديرة في البصرة")
    laptop = open_store(laptop_db, PASSPHRASE)
    sessions.tombstone_session(laptop, sid)  # the facilitator deleted the draft on the laptop
    laptop.close()
    third = tmp_path / "3.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop_db, "--out", third)[0] == 0
    assert run(capsys, "bundle", "import", "--db", centre_db, third)[0] == 0
    before = _summary(centre_db, sid)

    code, out, err = run(capsys, "conflicts", "resolve", "--db", centre_db, "1", "--keep", "a")
    assert code == 1 and out == "", (code, out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "was deleted meanwhile" in err and "nothing is left to decide" in err and "nothing was written" in err
    assert _summary(centre_db, sid) == before

    assert run(capsys, "conflicts", "list", "--db", centre_db)[1] == "no open conflicts\n"
    (closed,) = json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--all", "--json")[1])
    assert closed["status"] == "resolved"
    code, _, err = run(capsys, "conflicts", "resolve", "--db", centre_db, "1", "--keep", "b")
    assert code == 1 and "already resolved" in err
    assert _summary(centre_db, sid) == before
