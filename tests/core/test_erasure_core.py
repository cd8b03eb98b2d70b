"""A withdrawal of everything erases: live rows, history, search index, and the bytes of the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import search, withdrawal
from desktop.core.consent import ConsentInvalid
from desktop.core.db import Store, open_store
from desktop.core.erasure import MARKER
from desktop.core.models import ChangeLog, CodedSegment, ConsentRecord, Erasure, Participant, TranscriptTurn
from desktop.core.status import integrity_problems
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import OTHER_SPEECH, PHONE, SPEECH, fragments, leaks, make_study, plaintext_copy


def test_before_the_withdrawal_every_fragment_is_in_the_file(store: Store, tmp_path: Path) -> None:
    make_study(store)
    found = leaks(plaintext_copy(store.path, tmp_path / "plain.db"))
    assert found == fragments()  # the check can fail: every fragment is there to begin with


def test_withdraw_all_erases_live_rows_history_and_bytes(store: Store, tmp_path: Path) -> None:
    study = make_study(store)
    with store.session() as s:
        assert len(search.search(s, "جاموسها")) == 1
    result = withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30",
                                             reason="asked by phone")
    assert result.purged
    assert result.erased.turns == 2 and result.erased.images == 2 and result.erased.quotes == 1
    with store.session() as s:
        assert {t.text for t in s.scalars(select(TranscriptTurn).where(
            TranscriptTurn.participant_id == study.withdrawn))} == {MARKER}
        assert s.get(CodedSegment, study.segment).quote == ""
        person = s.get(Participant, study.withdrawn)
        assert person is not None and person.real_name is None and person.phone is None
        assert person.code == study.pseudonym  # the pseudonym stays
        records = list(s.scalars(select(ConsentRecord).where(ConsentRecord.participant_id == study.withdrawn)))
        assert all(r.signature_png is None and r.paper_scan is None for r in records)
        assert all(r.withdrawal_scope == "all" and r.withdrawn_at == "2026-11-30" for r in records)
        other = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == study.other)).one()
        assert other.text == OTHER_SPEECH  # nobody else's words are touched
        erasures = list(s.scalars(select(Erasure)))
        assert [(e.participant_id, e.scope, e.erased_on) for e in erasures] == [(study.withdrawn, "all", "2026-11-30")]
        logged = [c.entity for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "erasure"))]
        assert logged == ["erasure"]  # the erasure travels as a change of its own
        assert search.search(s, "جاموسها") == []
    assert integrity_problems(store) == []
    data = plaintext_copy(store.path, tmp_path / "plain.db")
    assert leaks(data) == []
    assert OTHER_SPEECH.encode() in data
    # Nothing in the write-ahead log either, and the encrypted file reopens and checks clean.
    wal = Path(f"{store.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    store.close()
    again = open_store(store.path, PASSPHRASE)
    assert integrity_problems(again) == []
    again.close()


def test_withdraw_quotes_keeps_the_speech(store: Store, tmp_path: Path) -> None:
    study = make_study(store)
    result = withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="quotes")
    assert result.records == 2 and not result.erased.anything
    with store.session() as s:
        assert s.scalars(select(Erasure)).all() == []
    data = plaintext_copy(store.path, tmp_path / "plain.db")
    assert SPEECH.encode() in data and PHONE.encode() in data
    rows = {r.pseudonym: r.consent for r in withdrawal.participants(store)}
    assert rows[study.pseudonym] == "withdrawn_quotes"


def test_bad_input_one_clear_refusal_and_nothing_changed(store: Store) -> None:
    study = make_study(store)
    with pytest.raises(ConsentInvalid) as unknown:
        withdrawal.withdraw_participant(store, pseudonym="NOBODY-P99", scope="all")
    assert unknown.value.code == "unknown_participant"
    with pytest.raises(ConsentInvalid) as bad_scope:
        withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="some")
    assert bad_scope.value.code == "unknown_scope"
    with pytest.raises(ConsentInvalid) as bad_date:
        withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="30/11/2026")
    assert bad_date.value.code == "bad_date"
    with store.session() as s:
        assert s.scalars(select(Erasure)).all() == []
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all")
    for scope in ("all", "quotes"):
        with pytest.raises(ConsentInvalid) as twice:
            withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope=scope)
        assert twice.value.code == "already_erased"
    with store.session() as s:
        assert len(s.scalars(select(Erasure)).all()) == 1


def test_a_late_local_write_never_restores_erased_words(store: Store) -> None:
    """An editor that still holds the words (opened before the erasure) saves: the guard scrubs."""
    study = make_study(store)
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all")
    with store.transaction() as s:
        turn = s.get(TranscriptTurn, study.turns[0])
        person = s.get(Participant, study.withdrawn)
        assert turn is not None and person is not None
        turn.text = SPEECH
        person.phone = PHONE
    with store.session() as s:
        assert s.get(TranscriptTurn, study.turns[0]).text == MARKER
        assert s.get(Participant, study.withdrawn).phone is None
        for change in s.scalars(select(ChangeLog)):
            assert SPEECH not in str(change.data) and PHONE not in str(change.data)


def test_participants_list(store: Store) -> None:
    study = make_study(store)
    rows = {r.pseudonym: r for r in withdrawal.participants(store)}
    assert rows[study.pseudonym].sessions == 1 and rows[study.pseudonym].consent == "given"
    assert rows[study.pseudonym].turns == 2
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all")
    assert {r.pseudonym: r.consent for r in withdrawal.participants(store)}[study.pseudonym] == "erased"


def test_a_withdrawal_recorded_before_erasure_existed_can_still_be_erased(store: Store, tmp_path: Path) -> None:
    """Older versions only hid the speech: such a participant is listed as withdrawn, and erasable."""
    from desktop.core import consent

    study = make_study(store)
    with store.session() as s:
        record_id = s.scalars(select(ConsentRecord.id).where(ConsentRecord.participant_id == study.withdrawn)).first()
    assert record_id is not None
    consent.withdraw(store, record_id, "2025-01-01", "all")
    assert {r.pseudonym: r.consent for r in withdrawal.participants(store)}[study.pseudonym] == "withdrawn_all"
    assert leaks(plaintext_copy(store.path, tmp_path / "hidden.db")) != []  # hidden is not erased
    with pytest.raises(ConsentInvalid):
        withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="quotes")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all")
    assert leaks(plaintext_copy(store.path, tmp_path / "erased.db")) == []


def test_the_bytes_leave_the_file_free_pages_and_log_included(store: Store) -> None:
    from tests.erasure_helpers import raw_pages

    study = make_study(store)
    before = raw_pages(store.path)
    assert b"SQLite format 3" not in store.path.read_bytes()[:16]  # encrypted on disk
    assert leaks(before) == fragments()  # the reader works: every fragment is in the pages
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all")
    after = raw_pages(store.path)
    assert leaks(after) == []
    assert OTHER_SPEECH.encode() in after
