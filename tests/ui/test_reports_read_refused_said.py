"""A report that could not be read says why in one translated line, never in SQLite's English words.

The coordinator's first search after a day's import indexes what the bundles brought (a write). While
another program held the database (a backup tool, an antivirus scan, a second window importing), the
Search tab's status line showed the exception's own text ("(sqlcipher3.dbapi2.OperationalError)
database is locked [SQL: ...]"): English, the database's words, and the query it ran. Now it says
that the search was not run and why, in the interface's language, and the next search runs it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import busy_wait, sessions, transcripts
from desktop.core.sqlcipher_file import raw_connect
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui_helpers import reports_search_tab

team = team_fixture(devices=1)
T = QCoreApplication.translate


def test_a_search_refused_by_another_program_is_said_in_the_language(  # type: ignore[no-untyped-def]
        team: Team, make_ctx, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 300)  # the worker's wait for another writer, shortened
    field = team.devices[0]
    sid = sessions.create_session(field, "focus_group", title="جلسة البصرة", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="الرقابة على المجالس ضعيفة جداً")
    bundle = export_bundle(field, tmp_path / "basra.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported"
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language("ar")
    _page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText("الرقابة")
    other = raw_connect(team.centre.path, PASSPHRASE)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        tab.run()
        expected = T("reports", "Not shown: %1 Try again.").replace(
            "%1", T("SaveFailure", "Another program is using the database."))
        assert "Another program" not in expected  # the reason in Arabic
        qtbot.waitUntil(lambda: tab.status.text() not in ("", T("reports", "Working…")))
        assert tab.status.text() == expected
        assert not tab.hits
    finally:
        other.rollback()
        other.close()
    tab.run()  # once the other program is done, the same search finds the words
    qtbot.waitUntil(lambda: len(tab.hits) == 1)
