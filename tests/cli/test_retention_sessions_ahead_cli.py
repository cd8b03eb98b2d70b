"""``majlis-cli retention`` counts from the last session held, and says when sessions dated after today
were left out (their number only, never a title). One session dated 2286 said ``not due: identities are
erased on 2287-01-01`` for ever. Real SQLCipher store, the real command line."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import sessions
from desktop.core.db import Store
from tests.cli_run import run
from tests.erasure_helpers import PHONE, make_study

pytestmark = pytest.mark.usefixtures("env_passphrase")

LEFT_OUT = "left out: {} dated after today (the retention period runs from the last session held)\n"


def test_retention_says_the_sessions_dated_ahead_it_left_out(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    make_study(store)  # its session took place on 2023-01-15
    for day in (dt.date(2286, 1, 1), dt.date(2062, 3, 1)):
        sessions.create_session(store, "roundtable", title="جلسة الأهوار", governorate="basra", date=day)
    store.close()
    db = str(store.path)
    code, out, err = run(capsys, "retention", "set", "--db", db, "--months", "12")
    assert (code, err) == (0, "")
    assert out == LEFT_OUT.format("2 sessions") + \
        "retention: identities are erased 12 months after the last session (due on 2024-01-15)\n"
    code, out, err = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines(keepends=True)
    assert lines[0] == LEFT_OUT.format("2 sessions")
    assert lines[1].startswith("due since 2024-01-15: would erase the names or phones of 2 participants")
    assert "جلسة" not in out and PHONE not in out  # never a title


def test_no_line_when_no_session_is_dated_ahead(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    make_study(store)
    store.close()
    code, out, _ = run(capsys, "retention", "set", "--db", str(store.path), "--months", "12")
    assert code == 0 and "left out" not in out
    code, out, _ = run(capsys, "retention", "apply", "--db", str(store.path), "--dry-run")
    assert code == 0 and "left out" not in out and out.startswith("due since 2024-01-15")


def test_only_a_session_dated_ahead_is_no_last_session(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    sessions.create_session(store, "roundtable", title="جلسة", governorate="basra", date=dt.date(2286, 1, 1))
    store.close()
    run(capsys, "retention", "set", "--db", str(store.path), "--months", "12")
    code, out, _ = run(capsys, "retention", "apply", "--db", str(store.path))
    assert code == 0
    assert out == LEFT_OUT.format("1 session") + \
        "not due: no session has been held yet (identities are erased 12 months after the last session)\n"
