"""Search finds nothing of text deleted since: the turns of a deleted session, the memo on a coding of
a deleted turn.

A draft session deleted on the Sessions page kept its turns in the index: Reports → Search listed
them (under the deleted session's title), "Code all hits" coded them, and a click opened nothing.
A coding's memo ("she gave her phone number") outlived the turn it was written on, found by a search
though Retrieval and the coding window no longer show it. Both are left out now.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import coding, search, sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import Code, Session, TranscriptTurn


def test_deleted_text_is_not_found(store: Store) -> None:
    with store.transaction() as s:
        kept, draft = (Session(kind="focus_group", title=t, date=dt.date(2023, 1, 10)) for t in ("S1", "S2"))
        code = Code(name_en="A")
        s.add_all([kept, draft, code])
        s.flush()
        live = TranscriptTurn(session_id=kept.id, text="الخدمات ضعيفة في القرى", position=1.0)
        mistake = TranscriptTurn(session_id=kept.id, text="رقم هاتفي سبعة سبعة", position=2.0)
        other = TranscriptTurn(session_id=draft.id, text="الخدمات غائبة عن المخيم", position=1.0)
        s.add_all([live, mistake, other])
        s.flush()
        coding.apply_code(s, code.id, "transcript_turn", mistake.id, "text", 0, 9, "x", memo="أعطت رقم هاتفها")
        draft_id = draft.id
        transcripts.delete_turn(s, mistake.id)
    sessions.tombstone_session(store, draft_id)
    with store.transaction() as s:
        assert [h.text for h in search.search(s, "الخدمات")] == ["الخدمات ضعيفة في القرى"]
        assert search.search(s, "هاتفها") == []
