"""A memo typed on a coding of withdrawn speech goes with the speech.

An analyst's memo on a coding often repeats the participant's words ("she said her brother…"): the
exports already leave such memos out for that reason. A withdrawal of everything erased the words and
the quote but kept the memo in the database, its change log (so in every later bundle), the search
index and the Reports page's Memo column.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core import coding, consent, erasure, retrieval, search, withdrawal
from desktop.core.db import Store
from desktop.core.models import ChangeLog, CodedSegment, ConsentRecord, Participant, TranscriptTurn
from tests.erasure_helpers import OTHER_SPEECH, make_study, plaintext_copy

MEMO = "قالت إن أخاها ضُرب أمام مركز الاقتراع في القرنة"
OTHER_MEMO = "مثال واضح على عدم الثقة بالمجلس"


def memo_on_both(store: Store) -> tuple[str, str, str]:
    """The study with a memo on the withdrawn participant's coding and one on the other's: (study's
    withdrawn pseudonym, the withdrawn coding, the other coding)."""
    study = make_study(store)
    with store.transaction() as s:
        coding.set_memo(s, study.segment, MEMO)
        other_turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == study.other)).one()
        code_id = s.get(CodedSegment, study.segment).code_id
        other = coding.apply_code(s, code_id, "transcript_turn", other_turn.id, "text", 0, len(OTHER_SPEECH),
                                  "coder A", memo=OTHER_MEMO)
        other_id = other.id
    return study.pseudonym, study.segment, other_id


def test_the_memo_on_a_coding_of_erased_speech_leaves_the_file(store: Store, tmp_path: Path) -> None:
    pseudonym, segment, other = memo_on_both(store)
    assert MEMO.encode() in plaintext_copy(store.path, tmp_path / "before.db")
    with store.session() as s:
        assert len(search.search(s, "أخاها")) == 1  # the memo is found before

    withdrawal.withdraw_participant(store, pseudonym=pseudonym, scope="all", on="2026-11-30")
    with store.session() as s:
        assert s.get(CodedSegment, segment).memo == ""
        assert s.get(CodedSegment, other).memo == OTHER_MEMO  # nobody else's memo is touched
        logged = [c.data for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "coded_segment",
                                                                      ChangeLog.row_id == segment))]
        assert logged and all(d.get("memo", "") == "" for d in logged)
        assert search.search(s, "أخاها") == []
        assert [r.memo for r in retrieval.retrieve(s) if r.segment_id == other] == [OTHER_MEMO]
    data = plaintext_copy(store.path, tmp_path / "after.db")
    assert MEMO.encode() not in data and MEMO.split()[2].encode() not in data
    assert OTHER_MEMO.encode() in data


def test_a_change_erased_by_an_earlier_version_with_its_memo_is_still_accepted() -> None:
    """A laptop that erased before memos were erased kept them in its flagged changes: the centre
    does not refuse its next bundle for that (it empties the memo itself as the change lands)."""
    flagged = {"quote": "", "memo": "كلام قديم", erasure.ERASED_FLAG: True}
    assert erasure.is_scrubbed("coded_segment", flagged)
    assert not erasure.is_scrubbed("coded_segment", {**flagged, "quote": "كلام"})


def test_the_reports_memo_column_is_empty_for_speech_withdrawn_before_erasure_existed(store: Store) -> None:
    """A withdrawal of everything recorded by an older version (redacted, not erased) keeps the
    memo in the database; the Reports page's Memo column (retrieval) never shows it."""
    pseudonym, segment, other = memo_on_both(store)
    with store.session() as s:
        records = list(s.scalars(select(ConsentRecord.id).join(Participant, Participant.id == ConsentRecord.participant_id)
                                 .where(Participant.code == pseudonym)))
    for record in records:
        consent.withdraw(store, record, "2026-11-30", "all")
    with store.session() as s:
        shown = {r.segment_id: r for r in retrieval.retrieve(s)}
        assert shown[segment].redacted and shown[segment].memo == ""
        assert shown[other].memo == OTHER_MEMO
