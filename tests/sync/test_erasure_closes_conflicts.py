"""Two laptops edited the same turn of a participant who later withdrew everything: the centre held a
conflict between the two versions. The erasure replaced both by "[…]" but left the conflict open, so
the coordinator's list showed "[…]" against "[…]" for good, a decision about words that no longer
exist. The erasure now closes such a conflict (resolution "erased"); other conflicts stay open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, insert, select

from desktop.core import withdrawal
from desktop.core.erasure import MARKER
from desktop.core.models import Conflict, Participant, Session, TranscriptTurn
from desktop.sync.conflicts import list_conflicts
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, roles=("field", "coordinator"))  # only a coordinator edits another's row
    yield made
    made.close()


def test_the_withdrawal_closes_the_conflicts_on_the_erased_words(team: Team, tmp_path: Path) -> None:
    a, b = team.devices
    with a.transaction() as s:
        session = Session(kind="focus_group", title="FG")
        person = Participant(code="BSR-FG01-P01")
        s.add_all([session, person])
        s.flush()
        theirs = TranscriptTurn(session_id=session.id, participant_id=person.id, text="قالت الأصل")
        other = TranscriptTurn(session_id=session.id, text="الميسّر يسأل")
        s.add_all([theirs, other])
    first = export_bundle(a, tmp_path / "a1.majlis")
    for model in (Session, Participant, TranscriptTurn):
        table = cast(Table, model.__table__)
        with a.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with b.transaction(replicating=True) as s:
            s.execute(insert(table), rows)
    with a.transaction() as s:
        s.get(TranscriptTurn, theirs.id).text = "قالت إن أخاها ضُرب"
        s.get(TranscriptTurn, other.id).text = "الميسّر يسأل مجدداً"
    with b.transaction() as s:
        s.get(TranscriptTurn, theirs.id).text = "وتی براکەی لێدرا"
        s.get(TranscriptTurn, other.id).text = "نووسەر دەپرسێت"
    bundles = [first, export_bundle(a, tmp_path / "a2.majlis"), export_bundle(b, tmp_path / "b1.majlis")]
    import_files(team.centre, [r.path for r in bundles if r], team.identities)
    assert {c.row_id for c in list_conflicts(team.centre)} == {theirs.id, other.id}

    withdrawal.withdraw_participant(a, participant_id=person.id, scope="all", on="2026-11-30")
    erasure = export_bundle(a, tmp_path / "a3.majlis")
    assert erasure is not None
    assert [o.status for o in import_files(team.centre, [erasure.path], team.identities)] == ["imported"]

    assert [c.row_id for c in list_conflicts(team.centre)] == [other.id]  # the facilitator's stays to decide
    with team.centre.session() as s:
        closed = s.scalars(select(Conflict).where(Conflict.row_id == theirs.id)).one()
        assert (closed.status, closed.resolution) == ("resolved", "erased")
        assert closed.value_a == closed.value_b == MARKER
    # The laptop's older bundles again, in any order: the conflict is not opened again.
    import_files(team.centre, [r.path for r in reversed(bundles) if r], team.identities)
    assert [c.row_id for c in list_conflicts(team.centre)] == [other.id]
