"""The coordinator searches the Reports page after a day's import: the words the field sent are found,
though the import itself did not index them (the search indexes what came, once, and keeps it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core import sessions, transcripts
from desktop.core.models import LocalState
from desktop.core.search_sqlite import CAUGHT_UP_KEY
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui_helpers import reports_search_tab

team = team_fixture(devices=1)


def test_the_reports_search_at_the_centre_finds_what_a_bundle_brought(team: Team, make_ctx, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    field = team.devices[0]
    sid = sessions.create_session(field, "focus_group", title="جلسة البصرة", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="الرقابة على المجالس ضعيفة جداً")
    bundle = export_bundle(field, tmp_path / "basra.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported"

    _page, tab = reports_search_tab(make_ctx(team.centre, user_name="coordinator"), qtbot)
    tab.query.setText("الرقابه")  # typed without the ta marbuta's dots, as people do
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1)
    assert tab.hits[0].session_id == sid
    with team.centre.session() as s:  # indexed once and kept: the next search has nothing to catch up
        assert s.get(LocalState, CAUGHT_UP_KEY) is not None
