"""A database older than the full-text index (revision 0003_search made it, empty) is searchable once
upgraded: the sessions recorded before the upgrade are found by the Reports search, not only what is
written after it; also when the opening that upgraded it was cut short before the index was built."""

from __future__ import annotations

from pathlib import Path

from desktop.core import migrate, search, search_sqlite, sessions, transcripts
from desktop.core.db import Store, open_store
from tests.conftest import PASSPHRASE

TITLE = "جلسة البصرة عن الكهرباء"
TURN = "ئاو و کارەبا چەند هەفتەیە نییە"


def _recorded_then_made_old(store: Store) -> tuple[str, str]:
    """A session and a turn recorded, then the database taken back to revision 0002 (no index)."""
    sid = sessions.create_session(store, "focus_group", title=TITLE)
    with store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text=TURN).id
    migrate.downgrade(store.engine, "0002")
    assert migrate.current_revision(store.engine) == "0002"
    store.close()
    return sid, turn_id


def _found(path: Path, word: str) -> list[tuple[str, str]]:
    store = open_store(path, PASSPHRASE)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.session() as s:
            return [(h.doc_table, h.doc_id) for h in search.search(s, word)]
    finally:
        store.close()


def test_text_written_before_the_index_is_found_after_the_upgrade(store: Store, db_path: Path) -> None:
    sid, turn_id = _recorded_then_made_old(store)
    assert _found(db_path, "الكهرباء") == [("session", sid)]
    assert _found(db_path, "کارەبا") == [("transcript_turn", turn_id)]


def test_an_upgrade_cut_short_before_the_index_was_built_builds_it_at_the_next_opening(
        store: Store, db_path: Path) -> None:
    engine = store.engine
    _sid, turn_id = _recorded_then_made_old(store)
    # What the upgrading open did before a power cut: the mark, then the schema, and no index yet.
    search_sqlite.mark_if_older_than_index(engine)
    migrate.upgrade(engine)
    engine.dispose()
    assert _found(db_path, "کارەبا") == [("transcript_turn", turn_id)]
