"""Ctrl+C as ``majlis-cli export xlsx`` records the workbook it has just put in place (every export is
recorded, so that a later erasure report names the copies that still hold the erased words). The record's
transaction was rolled back, but the workbook stayed: ``record_or_take_back`` took the file back on an
error (a locked or full database) and not on a KeyboardInterrupt, so a full copy of the participants'
words was left that no erasure report would ever name, under ``majlis-cli: interrupted``. Found by
pressing Ctrl+C at random moments of an export. The Ctrl+C here is the process's own SIGINT, through
Python's handler, while the record's INSERT runs."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from desktop.core.db import open_store
from desktop.core.local_tables import ExportRecord
from desktop.core.models import Participant
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize(("command", "name"), [("xlsx", "analysis.xlsx"), ("qdpx", "project.qdpx")])
def test_ctrl_c_as_the_export_is_recorded_leaves_no_unrecorded_copy(
        command: str, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "field laptop")
    with store.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    store.close()
    out = tmp_path / name
    pressed: list[bool] = []

    def press_as_it_is_recorded(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO EXPORT_RECORD") and not pressed:
            pressed.append(True)
            assert out.exists()  # the workbook is in place: only its record is missing
            signal.raise_signal(signal.SIGINT)

    event.listen(Engine, "before_cursor_execute", press_as_it_is_recorded)
    try:
        code, _, err = run(capsys, "export", command, "--db", db, "--out", out)
    finally:
        event.remove(Engine, "before_cursor_execute", press_as_it_is_recorded)
    assert pressed
    assert (code, err) == (130, "majlis-cli: interrupted\n"), err
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            recorded = s.execute(select(ExportRecord.path).where(ExportRecord.path == str(out.resolve()))).all()
    finally:
        store.close()
    assert not recorded
    assert not out.exists(), "a copy of the participants' data that no erasure report names"
    assert [p.name for p in tmp_path.iterdir() if p.name not in ("field.db", "field.db.lock")] == [], \
        list(tmp_path.iterdir())
