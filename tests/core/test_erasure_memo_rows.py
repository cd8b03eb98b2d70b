"""Memos written on an erased participant's turns, or on the codings of their words, go with the words.

A memo row (``Memo``) may sit on a turn or on a coding (a coordinator's bundle brings them): it often
repeats what was said ("she said her brother…"). The exports and search already hid such memos once the
speech was withdrawn, but an erasure left their words in the database, its change log (so in every later
bundle) and the search index. A memo on another participant's turn, and a memo on a code (the
researcher's own note, read by no rule), stay.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import select

from desktop.core import code_memos, erasure, search, withdrawal
from desktop.core.db import Store
from desktop.core.models import ChangeLog, CodedSegment, Memo, TranscriptTurn
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.erasure_helpers import Study, make_study, plaintext_copy
from tests.sync_helpers import make_team

ON_TURN = "قالت إن أخاها اختفى بعد مظاهرة البصرة"
ON_TURN_TITLE = "أخوها المختفي"
ON_CODING = "ژنەکە باسی براکەی کرد لە خۆپیشاندانەکە"
OTHER = "مثال واضح على عدم الثقة بالمجلس البلدي"
ON_CODE = "ملاحظة الباحث على رمز المياه"
GONE = (ON_TURN, ON_TURN_TITLE, ON_CODING, "مظاهرة", "خۆپیشاندانەکە")


def with_memos(store: Store, study: Study) -> dict[str, str]:
    """Memo rows on the withdrawn participant's turn and coding, on the other's turn and on the code."""
    with store.transaction() as s:
        other_turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == study.other)).one()
        code_id = s.get(CodedSegment, study.segment).code_id
        rows = {
            "turn": Memo(target_table="transcript_turn", target_id=study.turns[0], title=ON_TURN_TITLE, text=ON_TURN),
            "coding": Memo(target_table="coded_segment", target_id=study.segment, text=ON_CODING),
            "other": Memo(target_table="transcript_turn", target_id=other_turn.id, title="ملاحظة", text=OTHER),
        }
        s.add_all(rows.values())
        code_memos.set_memo(s, code_id, ON_CODE)
        s.flush()
        return {key: row.id for key, row in rows.items()}


def archive_text(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(name) for name in zf.namelist())


def assert_memos_gone(store: Store, ids: dict[str, str], tmp: Path) -> None:
    with store.session() as s:
        for key in ("turn", "coding"):
            memo = s.get(Memo, ids[key])
            assert memo is not None and (memo.title, memo.text) == ("", "")
            logged = [c.data for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "memo",
                                                                          ChangeLog.row_id == ids[key]))]
            assert logged and all(d.get("text", "") == "" and d.get("title", "") == "" for d in logged)
        other = s.get(Memo, ids["other"])
        assert other is not None and other.text == OTHER  # nobody else's memo is touched
        assert search.search(s, "أخاها") == [] and search.search(s, "خۆپیشاندانەکە") == []
        assert [h.text for h in search.search(s, "البلدي")] == [OTHER]
    data = plaintext_copy(store.path, tmp / "plain.db")
    assert [g for g in GONE if g.encode() in data] == []
    assert OTHER.encode() in data and ON_CODE.encode() in data


def test_an_erasure_empties_the_memos_on_the_erased_words(store: Store, tmp_path: Path) -> None:
    study = make_study(store)
    ids = with_memos(store, study)
    data = plaintext_copy(store.path, tmp_path / "before.db")
    assert all(g.encode() in data for g in GONE)  # there before
    with store.session() as s:
        assert len(search.search(s, "أخاها")) == 1 and len(search.search(s, "خۆپیشاندانەکە")) == 1

    result = withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")

    assert result.erased.memos == 2
    assert_memos_gone(store, ids, tmp_path)
    export_xlsx(store, tmp_path / "out.xlsx", lang="ar")
    export_qdpx(store, tmp_path / "out.qdpx", "ar")
    for made in (tmp_path / "out.xlsx", tmp_path / "out.qdpx"):
        assert [g for g in GONE if g.encode() in archive_text(made)] == []
    assert ON_CODE.encode() in archive_text(tmp_path / "out.xlsx")  # the code's memo is the researcher's


def test_a_memo_typed_later_on_an_erased_turn_stays_empty(store: Store) -> None:
    """An editor that still holds the erased turn writes a memo on it: the guard empties it."""
    study = make_study(store)
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    with store.transaction() as s:
        memo = Memo(target_table="transcript_turn", target_id=study.turns[1], title=ON_TURN_TITLE, text=ON_TURN)
        s.add(memo)
        s.flush()
        memo_id = memo.id
    with store.session() as s:
        kept = s.get(Memo, memo_id)
        assert kept is not None and (kept.title, kept.text) == ("", "")
        assert erasure.participants_touched(s.connection(), [("memo", memo_id)]) == {study.withdrawn}


def test_an_erasure_arriving_at_the_centre_empties_the_memos_there(tmp_path: Path) -> None:
    """The laptop's memo on its turn came in its bundle; the coordinator wrote one on the coding at the
    centre. The laptop's erasure, arriving in its next bundle, empties both at the centre."""
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        study = make_study(laptop)
        with laptop.transaction() as s:
            turn_memo = Memo(target_table="transcript_turn", target_id=study.turns[0], title=ON_TURN_TITLE,
                             text=ON_TURN)
            s.add(turn_memo)
            s.flush()
            turn_memo_id = turn_memo.id
        first = export_bundle(laptop, tmp_path / "a1.majlis")
        assert first is not None
        assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
        with team.centre.transaction() as s:
            other_turn = s.scalars(select(TranscriptTurn).where(TranscriptTurn.participant_id == study.other)).one()
            rows = {"coding": Memo(target_table="coded_segment", target_id=study.segment, text=ON_CODING),
                    "other": Memo(target_table="transcript_turn", target_id=other_turn.id, text=OTHER)}
            s.add_all(rows.values())
            code_memos.set_memo(s, s.get(CodedSegment, study.segment).code_id, ON_CODE)
            s.flush()
            ids = {"turn": turn_memo_id, **{key: row.id for key, row in rows.items()}}
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
        second = export_bundle(laptop, tmp_path / "a2.majlis")
        assert second is not None
        assert [o.status for o in import_files(team.centre, [second.path], team.identities)] == ["imported"]
        assert_memos_gone(team.centre, ids, tmp_path)
        # The laptop's next full bundle carries its memo's scrubbed history: accepted, nothing comes back.
        again = export_bundle(laptop, tmp_path / "afull.majlis", full=True)
        assert again is not None
        assert import_files(team.centre, [again.path], team.identities)[0].status in {"imported", "already_present"}
        (tmp_path / "again").mkdir()
        assert_memos_gone(team.centre, ids, tmp_path / "again")
    finally:
        team.close()


def test_the_centres_erasure_empties_the_laptops_memos_with_the_team_update(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        study = make_study(laptop)
        ids = with_memos(laptop, study)
        sent = export_bundle(laptop, tmp_path / "a1.majlis")
        assert sent is not None
        assert [o.status for o in import_files(team.centre, [sent.path], team.identities)] == ["imported"]
        withdrawal.withdraw_participant(team.centre, participant_id=study.withdrawn, scope="all")
        (tmp_path / "centre").mkdir()
        assert_memos_gone(team.centre, ids, tmp_path / "centre")
        export_team_update(team.centre, tmp_path / "update.majlis")
        assert [g for g in GONE if g.encode() in (tmp_path / "update.majlis").read_bytes()] == []
        import_team_update(laptop, tmp_path / "update.majlis")
        assert_memos_gone(laptop, ids, tmp_path)
    finally:
        team.close()


def test_the_conflicts_between_two_versions_of_such_a_memo_are_emptied_and_closed(store: Store) -> None:
    """Two laptops edited the same memo (or a coding's memo): the conflict held both versions' words."""
    from sqlalchemy import insert

    from desktop.core.models import Conflict

    study = make_study(store)
    ids = with_memos(store, study)
    rows = [("memo", ids["turn"], "text"), ("coded_segment", study.segment, "memo"), ("memo", ids["other"], "text")]
    with store.engine.begin() as conn:
        conn.execute(insert(Conflict), [
            {"entity": e, "row_id": r, "field": f, "version_a": "1", "value_a": ON_TURN, "version_b": "2",
             "value_b": ON_CODING, "status": "open"} for e, r, f in rows])
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    with store.session() as s:
        found = {(c.entity, c.row_id): c for c in s.scalars(select(Conflict))}
        for entity, row_id, _ in rows[:2]:
            conflict = found[(entity, row_id)]
            assert (conflict.value_a, conflict.value_b, conflict.status) == ("", "", "resolved")
            assert conflict.resolution == erasure.ERASED_RESOLUTION
        untouched = found[("memo", ids["other"])]
        assert (untouched.value_a, untouched.status) == (ON_TURN, "open")  # another participant's memo


def test_rewriting_a_backup_made_before_empties_its_memos_too(store: Store, tmp_path: Path) -> None:
    from desktop.core import backups, erasure_report
    from tests.conftest import PASSPHRASE

    study = make_study(store)
    with_memos(store, study)
    backup = backups.backup(store.engine, store.path, PASSPHRASE)
    assert ON_TURN.encode() in plaintext_copy(backup, tmp_path / "backup-before.db")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    assert erasure_report.rewrite_backups(store.path, PASSPHRASE) == 1
    data = plaintext_copy(backup, tmp_path / "backup-after.db")
    assert [g for g in GONE if g.encode() in data] == [] and OTHER.encode() in data


def test_the_erasure_arriving_before_the_memo_still_empties_it(tmp_path: Path) -> None:
    """The bundle with the erasure is imported first, the older bundle with the memo after it."""
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        study = make_study(laptop)
        with laptop.transaction() as s:
            memo = Memo(target_table="coded_segment", target_id=study.segment, title=ON_TURN_TITLE, text=ON_CODING)
            s.add(memo)
            s.flush()
            memo_id = memo.id
        first = export_bundle(laptop, tmp_path / "a1.majlis")
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
        second = export_bundle(laptop, tmp_path / "a2.majlis")
        assert first is not None and second is not None
        outcomes = import_files(team.centre, [second.path, first.path], team.identities)
        assert all(o.status in {"imported", "already_present"} for o in outcomes), outcomes
        with team.centre.session() as s:
            kept = s.get(Memo, memo_id)
            assert kept is not None and (kept.title, kept.text) == ("", "")
            assert search.search(s, "خۆپیشاندانەکە") == []
        data = plaintext_copy(team.centre.path, tmp_path / "plain.db")
        assert [g for g in GONE if g.encode() in data] == []
    finally:
        team.close()
