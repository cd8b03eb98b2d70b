"""The centre searches what the field sent. A bundle is applied through SQLAlchemy Core, past the flush
hook that keeps the full-text index, so the Reports page's search at the centre found none of the
transcripts, agenda notes or memos that came in bundles (only what was typed at the centre). The
import now indexes the documents it wrote, in its own transaction; a later edit replaces the old
words, and a turn erased by a withdrawal is not found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import search, sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture

team = team_fixture(devices=1)


def _found(store: Store, words: str) -> list[str]:
    with store.session() as s:
        return [h.text for h in search.search(s, words)]


def _send(team: Team, tmp_path: Path, name: str) -> None:
    bundle = export_bundle(team.devices[0], tmp_path / name)
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported", outcome


def test_the_centre_finds_what_a_bundle_brought(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    sid = sessions.create_session(field, "focus_group", title="گفتوگۆی بەسرە", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with field.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text="الرقابة على المجالس ضعيفة جداً").id
    _send(team, tmp_path, "first.majlis")
    assert _found(team.centre, "الرقابه") == ["الرقابة على المجالس ضعيفة جداً"]  # was []
    assert _found(team.centre, "بەسرە") == ["گفتوگۆی بەسرە"]
    with team.centre.session() as s:
        assert [h.session_id for h in search.search(s, "المجالس")] == [sid]

    with field.transaction() as s:
        s.get(TranscriptTurn, turn_id).text = "المحاسبة غائبة تماماً"
    _send(team, tmp_path, "second.majlis")
    assert _found(team.centre, "الرقابة") == []  # the old words left the index with the edit
    assert _found(team.centre, "المحاسبة") == ["المحاسبة غائبة تماماً"]

    with field.transaction() as s:
        s.get(TranscriptTurn, turn_id).deleted = True
    _send(team, tmp_path, "third.majlis")
    assert _found(team.centre, "المحاسبة") == []


def test_a_centre_whose_imports_were_never_indexed_is_healed_at_its_next_import(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    sid = sessions.create_session(field, "focus_group", title="گفتوگۆی بەسرە", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="الرقابة على المجالس ضعيفة جداً")
    _send(team, tmp_path, "first.majlis")
    with team.centre.engine.begin() as conn:  # as an import before this fix left it
        conn.exec_driver_sql("DELETE FROM fts_search")
        conn.exec_driver_sql("DELETE FROM fts_doc")
        conn.exec_driver_sql("DELETE FROM local_state WHERE key = 'search_index_has_imports'")
    assert _found(team.centre, "الرقابة") == []
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="المحاسبة غائبة")
    _send(team, tmp_path, "second.majlis")
    assert _found(team.centre, "الرقابة") == ["الرقابة على المجالس ضعيفة جداً"]  # the first bundle's words too
    assert _found(team.centre, "المحاسبة") == ["المحاسبة غائبة"]
