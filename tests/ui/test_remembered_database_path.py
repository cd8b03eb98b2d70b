"""The database opened with ``--db`` and a path relative to the folder Majlis was started from (an IT
helper in a terminal: ``majlis --db field.db``) was remembered as typed, "field.db". The next start,
from the Start menu (another working folder), looked for field.db there, did not find it, and opened
the first-run wizard saying the database opened last is not there: the facilitator was led to make a
new, empty database. The open database kept that path too, so that once the working folder changed
(a file dialog may change it on Windows) every new connection of its pool failed with "unable to open
database file" and pages stopped reading. The path is now made whole when the database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui import app
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store


def test_a_database_given_by_a_relative_path_is_found_at_the_next_start(
        manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    field = tmp_path / "بوخچەی کار" / "field.db"
    field.parent.mkdir()
    fresh_store(field, PASSPHRASE, "Basra laptop 2").close()
    monkeypatch.chdir(field.parent)
    holder: dict[str, object] = {}
    window = app.show_unlock(Path("field.db"), manager, holder)  # majlis --db field.db
    qtbot.addWidget(window)
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: "main" in holder, timeout=30_000)
    main: Any = holder["main"]
    qtbot.addWidget(main)
    main.ctx.tasks.wait(10_000)
    assert main.ctx.store.path == field
    monkeypatch.chdir(tmp_path)  # the working folder changes while Majlis is open
    main.ctx.store.engine.dispose()  # the next read opens a new connection of the pool
    for page in ("participants", "sessions", "consent"):
        main.go_to(page)
        main.ctx.tasks.wait(10_000)
    assert main.ctx.store.get_state("device_id")
    main.close()
    main.ctx.store.close()

    # The next start, from the Start menu (another working folder).
    last = app._last_db()
    assert last is not None and last.is_absolute(), last
    assert app.database_to_open(None, last, tmp_path / "data" / "majlis.db") == (field, None)
