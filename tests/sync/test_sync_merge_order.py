"""Any order and any repetition of the same bundles gives the same rows and the same conflicts."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from desktop.core.db import Store
from desktop.core.models import Conflict, Decision, Device, Session, Team, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file
from desktop.sync.merge import Change, field_conflicts, fold
from tests.conftest import PASSPHRASE
from tests.examples import examples
from tests.stores import fresh_store
from tests.sync_helpers import content_digest, make_team


def _copy_rows(src: Store, dst: Store, *models: type) -> None:
    """Give another laptop the same rows (as if copied), without logging them as its changes."""
    for model in models:
        table = model.__table__  # type: ignore[attr-defined]
        with src.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with dst.transaction(replicating=True) as s:
            s.execute(insert(table), rows)


@functools.cache
def scenario() -> tuple[list[bytes], dict[str, object], str]:  # cached: hypothesis reruns the test body
    """Bundles from three laptops with concurrent edits; (bundles, team row, digest in natural order)."""
    tmp = Path(tempfile.mkdtemp(prefix="majlis-order-"))
    # B and C are coordinators' laptops: only a coordinator may edit rows another device made.
    team = make_team(tmp, devices=3, roles=("field", "coordinator", "coordinator"))
    a, b, c = team.devices
    with a.transaction() as s:
        session = Session(kind="focus_group", title="s0", venue="v0")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text="t0")
        decision = Decision(session_id=session.id, text="d0")
        s.add_all([turn, decision])
    bundles = [export_bundle(a, tmp / "a1.majlis")]
    _copy_rows(a, b, Session, TranscriptTurn, Decision)
    _copy_rows(a, c, Session, TranscriptTurn, Decision)
    with a.transaction() as s:
        s.get(TranscriptTurn, turn.id).text = "tA"
        s.get(Session, session.id).title = "sA"
    bundles.append(export_bundle(a, tmp / "a2.majlis"))
    with b.transaction() as s:
        s.get(TranscriptTurn, turn.id).text = "tB"
        s.get(Session, session.id).venue = "vB"
    bundles.append(export_bundle(b, tmp / "b1.majlis"))
    with b.transaction() as s:
        s.get(Decision, decision.id).deleted = True
        s.get(TranscriptTurn, turn.id).text = "tB2"
    bundles.append(export_bundle(b, tmp / "b2.majlis"))
    with c.transaction() as s:
        s.get(TranscriptTurn, turn.id).text = "tC"
        s.get(Session, session.id).title = "sC"
    bundles.append(export_bundle(c, tmp / "c1.majlis"))
    bundles.append(export_bundle(a, tmp / "afull.majlis", full=True))  # overlaps a1 and a2
    assert all(r is not None for r in bundles)
    data = [r.path.read_bytes() for r in bundles if r is not None]
    with team.centre.session() as s:
        t = s.execute(select(Team)).scalar_one()
        team_row = {"id": t.id, "name": t.name, "recipients": list(t.recipients),
                    "central_verify_key": t.central_verify_key, "is_central": True}
        _ROSTER[:] = [(d.id, d.public_key, d.role) for d in s.execute(select(Device)).scalars() if not d.is_self]
    shutil.copy(team.identity_file, _IDENTITY)
    team.close()
    digest = _import_into_fresh(data, team_row, list(range(len(data))))
    shutil.rmtree(tmp, ignore_errors=True)
    return data, team_row, digest


_IDENTITY = Path(tempfile.mkdtemp(prefix="majlis-key-")) / "team.key"
#: (device id, public key, role) of the laptops: every fresh centre has them on its roster.
_ROSTER: list[tuple[str, str, str]] = []
atexit.register(shutil.rmtree, _IDENTITY.parent, True)


def _import_into_fresh(data: list[bytes], team_row: dict[str, object], order: list[int]) -> str:
    folder = Path(tempfile.mkdtemp(prefix="majlis-centre-"))
    centre = fresh_store(folder / "c.db", PASSPHRASE, "centre")
    try:
        with centre.transaction(replicating=True) as s:
            s.add(Team(**team_row))
            s.add_all(Device(id=d, public_key=k, role=r, preregistered=True) for d, k, r in _ROSTER)
        paths = []
        for i, blob in enumerate(data):
            path = folder / f"{i}.majlis"
            path.write_bytes(blob)
            paths.append(path)
        outcomes = import_files(centre, [paths[i] for i in order], load_identity_file(_IDENTITY))
        assert all(o.status in {"imported", "already_present"} for o in outcomes), outcomes
        with centre.session() as s:
            conflicts = s.execute(select(Conflict)).scalars().all()
            turn = s.execute(select(TranscriptTurn)).scalar_one()
            session = s.execute(select(Session)).scalar_one()
            decision = s.execute(select(Decision)).scalar_one()
        # three concurrent heads of the turn's text: the winner and two kept for a person
        assert len(conflicts) == 2 and all(c.version_b == turn.versions["text"] for c in conflicts)
        assert decision.deleted is True and session.venue == "vB"
        assert session.title in {"sA", "sC"}
        return content_digest(centre)
    finally:
        centre.close()
        shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.permutations(list(range(6))).flatmap(
        lambda perm: st.lists(st.sampled_from(range(6)), max_size=4).flatmap(
            lambda extra: st.permutations(perm + extra)
        )
    )
)
def test_any_order_and_repetition_gives_the_same_result(order: list[int]) -> None:
    data, team_row, expected = scenario()
    assert _import_into_fresh(data, team_row, order) == expected


# --- the pure rules ----------------------------------------------------------------------------


def _conv(key: str, value: object) -> object:
    return value


def test_fold_is_last_writer_wins_per_field() -> None:
    changes = [
        Change("0001:00000:a", "a", "e", "insert", {"x": 1, "y": 1}),
        Change("0003:00000:b", "b", "e", "update", {"x": 3}),
        Change("0002:00000:c", "c", "e", "update", {"x": 2, "y": 2}),
    ]
    for order in (changes, changes[::-1]):
        state = fold(order, ["x", "y"], _conv)
        assert state is not None
        assert state.values == {"x": 3, "y": 2}
        assert state.canonical_versions() == {"x": "0003:00000:b", "y": "0002:00000:c"}
    assert fold(changes[1:], ["x"], _conv) is None  # the insert has not arrived yet


def test_linear_edits_are_not_conflicts_but_concurrent_ones_are() -> None:
    ins = Change("1", "a", "e", "insert", {"t": "0"})
    e1 = Change("2", "a", "e", "update", {"t": "1"}, {"t": "1"})
    e2 = Change("3", "a", "e", "update", {"t": "2"}, {"t": "2"})
    assert field_conflicts([ins, e1, e2], "t", set()) == {}
    other = Change("4", "b", "f", "update", {"t": "x"}, {"t": "1"})
    assert field_conflicts([ins, e1, e2, other], "t", set()) == {("3", "4"): ("2", "x")}
    assert field_conflicts([ins, e1, e2, other], "t", {"3", "4"}) == {}
