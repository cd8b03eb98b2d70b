"""A database upgraded from before the memos typed on codings were indexed finds them too: revision
0010 indexes the memos it already holds (the index kept only what was written after)."""

from __future__ import annotations

from pathlib import Path

from desktop.core import codebook, coding, migrate, search, sessions, transcripts
from desktop.core.db import Store, open_store
from tests.conftest import PASSPHRASE

MEMO = "ئەم بەشە لە گروپی دووەمیش دووبارە بووەوە"


def test_memos_written_before_the_upgrade_are_found(store: Store, db_path: Path) -> None:
    migrate.downgrade(store.engine, "0009_rejected_devices")  # the index as it was: no segment memos
    sid = sessions.create_session(store, "focus_group", title="هەولێر")
    with store.transaction() as s:
        turn = transcripts.add_turn(s, sid, text="ئەنجومەن بەڵێنی دا و هیچی نەکرد")
        code = codebook.create_code(s, name_ckb="متمانە")
        segment_id = coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, 7, "amal").id
    with store.engine.begin() as conn:  # as the coding window saved it before: not indexed
        conn.exec_driver_sql("UPDATE coded_segment SET memo = ? WHERE id = ?", (MEMO, segment_id))
        conn.exec_driver_sql("DELETE FROM fts_search WHERE rowid IN "
                             "(SELECT id FROM fts_doc WHERE doc_table = 'coded_segment')")
        conn.exec_driver_sql("DELETE FROM fts_doc WHERE doc_table = 'coded_segment'")
    with store.session() as s:
        assert search.search(s, "دووبارە") == []
    store.close()

    upgraded = open_store(db_path, PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.session() as s:
            hits = search.search(s, "دووبارە")
        assert [(h.doc_table, h.doc_id, h.text, h.session_id) for h in hits] == [
            ("coded_segment", segment_id, MEMO, sid)]
    finally:
        upgraded.close()
