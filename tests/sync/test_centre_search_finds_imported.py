"""The centre searches what the field sent. A bundle is applied through SQLAlchemy Core, past the flush
hook that keeps the full-text index, so the Reports page's search at the centre found none of the
transcripts, agenda notes or memos that came in bundles (only what was typed at the centre). The
first search after an import indexes what received changes touched since its mark (the import itself
does not: it made a day's import half as slow again); a later edit replaces the old words, and a
turn erased by a withdrawal is not found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import search, sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

team = team_copy_fixture(devices=1)


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


def _indexed_documents(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM fts_doc").scalar() or 0)


def test_the_import_leaves_indexing_to_the_next_search_which_does_it_once(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    sid = sessions.create_session(field, "focus_group", title="گفتوگۆی بەسرە", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="الرقابة على المجالس ضعيفة جداً")
    before = _indexed_documents(team.centre)
    _send(team, tmp_path, "first.majlis")
    assert _indexed_documents(team.centre) == before  # the coordinator's import pays nothing for search

    with team.centre.transaction() as s:  # as the Reports page does before its search
        assert search.catch_up_index(s) == 2  # the session (its title) and the turn
    assert _indexed_documents(team.centre) > before  # (a session has more than one indexed field)
    with team.centre.transaction() as s:
        assert search.catch_up_index(s) == 0  # done once, not at every search
    assert _found(team.centre, "الرقابة") == ["الرقابة على المجالس ضعيفة جداً"]


def test_a_centre_whose_imports_were_never_indexed_is_caught_up_at_its_next_search(team: Team, tmp_path: Path) -> None:
    field = team.devices[0]
    sid = sessions.create_session(field, "focus_group", title="گفتوگۆی بەسرە", governorate="basra",
                                  date=dt.date(2026, 11, 20))
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="الرقابة على المجالس ضعيفة جداً")
    _send(team, tmp_path, "first.majlis")
    with team.centre.engine.begin() as conn:  # as imports before this fix left it: no words, no mark
        conn.exec_driver_sql("DELETE FROM fts_search")
        conn.exec_driver_sql("DELETE FROM fts_doc")
        conn.exec_driver_sql("DELETE FROM local_state WHERE key = 'search_index_caught_up_to'")
    with field.transaction() as s:
        transcripts.add_turn(s, sid, text="المحاسبة غائبة")
    _send(team, tmp_path, "second.majlis")
    assert _found(team.centre, "الرقابة") == ["الرقابة على المجالس ضعيفة جداً"]  # the first bundle's words too
    assert _found(team.centre, "المحاسبة") == ["المحاسبة غائبة"]
