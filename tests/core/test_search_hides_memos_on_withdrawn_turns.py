"""Search hides a memo written directly on a withdrawn participant's turn.

Search already hid withdrawn speech and memos on codings of it, but a memo attached to the turn itself
(a coordinator's bundle brings such memos; they often repeat the words: "she said her brother…") was
listed as a hit with its whole text, where every other view hides withdrawn words. A memo on the
other participant's turn is still found."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import consent, search
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Memo, Participant, TranscriptTurn
from tests.erasure_helpers import make_study

MEMO = "قالت إن أخاها ضُرب أمام مركز الاقتراع"
OTHER_MEMO = "مثال واضح على عدم الثقة بالمجلس أخاها"


def test_a_memo_on_a_withdrawn_turn_is_not_a_hit(store: Store) -> None:
    study = make_study(store)
    with store.transaction() as s:
        other_turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == study.other)).one()
        s.add(Memo(target_table="transcript_turn", target_id=study.turns[0], title="ملاحظة", text=MEMO))
        s.add(Memo(target_table="transcript_turn", target_id=other_turn.id, title="ملاحظة", text=OTHER_MEMO))
    with store.session() as s:
        assert {h.text for h in search.search(s, "أخاها")} == {MEMO, OTHER_MEMO}  # both found before
        records = list(s.scalars(select(ConsentRecord.id).where(ConsentRecord.participant_id == study.withdrawn)))
    for record in records:  # a withdrawal of everything (redacted, as older versions left it)
        consent.withdraw(store, record, "2026-11-30", "all")
    with store.session() as s:
        assert s.scalars(select(Participant).where(Participant.id == study.withdrawn)).one()
        assert [h.text for h in search.search(s, "أخاها")] == [OTHER_MEMO]
        assert search.search(s, "الاقتراع") == []
