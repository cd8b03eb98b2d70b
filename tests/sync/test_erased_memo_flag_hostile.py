"""A memo change flagged as erased ("$erased": the content-free change an erasure leaves, accepted
without its content hash) on a memo another device wrote: refused whole, as any change of another
device's row, before or after the memo arrives; and a flag on a memo still holding words is refused.
Through the real writer (forged content, the laptops' real keys) and the real importer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.models import Memo, Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync.test_consent_only_tightens import _by, _forged, _refused_whole
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("cli_env")
WORDS = "قالت إن أخاها ضُرب عند مركز الاقتراع"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=3, roles=("field", "field", "coordinator"))
    yield t
    t.close()


def _memo_of_laptop_a(team: Team) -> str:
    with team.devices[0].transaction() as s:
        session = Session(kind="focus_group", title="جلسة البصرة")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text="كلام")
        s.add(turn)
        s.flush()
        memo = Memo(target_table="transcript_turn", target_id=turn.id, title="ملاحظة", text=WORDS, author="F1")
        s.add(memo)
        s.flush()
        return memo.id


def _memo_at_the_centre(team: Team, memo_id: str) -> tuple[str, str]:
    with team.centre.session() as s:
        memo = s.get(Memo, memo_id)
        assert memo is not None
        return memo.title, memo.text


ERASED = {"title": "", "text": "", "$erased": True}


@pytest.mark.parametrize("op", ["update", "insert"])
def test_another_laptop_cannot_empty_a_memo_by_flagging_it_erased(team: Team, tmp_path: Path, op: str) -> None:
    memo_id = _memo_of_laptop_a(team)
    made = export_bundle(team.devices[0], tmp_path / "a.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    data = ERASED if op == "update" else {**ERASED, "target_table": "transcript_turn", "target_id": "x",
                                          "author": "", "deleted": False}
    forged = _forged(team, tmp_path, 1, [_by(team, 1, "memo", op, data, row_id=memo_id)], "flagged.majlis")
    _refused_whole(team, tmp_path, forged, "not_owner")
    assert _memo_at_the_centre(team, memo_id) == ("ملاحظة", WORDS)


def test_a_flagged_memo_arriving_before_the_memo_does_not_count(team: Team, tmp_path: Path) -> None:
    """Before laptop A's memo reaches the centre, laptop B's flagged change of it cannot be judged (no
    origin known yet): kept in the change log, it does not count once the memo's creator is known."""
    memo_id = _memo_of_laptop_a(team)
    forged = _forged(team, tmp_path, 1, [_by(team, 1, "memo", "update", ERASED, row_id=memo_id)], "early.majlis")
    made = export_bundle(team.devices[0], tmp_path / "a.majlis")
    assert made is not None
    outcomes = import_files(team.centre, [forged, made.path], team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert _memo_at_the_centre(team, memo_id) == ("ملاحظة", WORDS)


@pytest.mark.parametrize("kept", ["text", "title"])
def test_a_flag_on_a_memo_still_holding_words_is_refused(team: Team, tmp_path: Path, kept: str) -> None:
    memo_id = _memo_of_laptop_a(team)
    made = export_bundle(team.devices[0], tmp_path / "a.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    data = {**ERASED, kept: WORDS}  # its own laptop: only the flag is hostile
    forged = _forged(team, tmp_path, 0, [_by(team, 0, "memo", "update", data, row_id=memo_id)], "smuggle.majlis")
    _refused_whole(team, tmp_path, forged, "malformed")
    assert _memo_at_the_centre(team, memo_id) == ("ملاحظة", WORDS)
