"""Genuine and hostile bundles imported in any order (and repeated) always give the genuine-only
result: the same rows, values, versions and conflicts as importing the genuine bundles alone.

The hostile moves include a rostered field laptop's inserts of rows the centre already holds (merged
field by field, an insert acts as an update) and moves: one that tombstones its own withdrawn consent
record, moves it to another participant or session, tombstones or re-scopes its own erasure; and a clause put on the team's
consent form (made there, or a laptop's own clause moved onto it). An insert that only rewrites
(moves, re-scopes) is hostile only once the row it rewrites is here: arriving first, it IS the row's
insert (the centre cannot tell which of the laptop's two inserts is the one its app made), so such a
bundle is drawn anywhere after the genuine bundle that made the row."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core import consent
from desktop.core.consent_forms import clauses
from desktop.core.db import Store, open_store
from desktop.core.local_tables import ChangeLog
from desktop.core.models import (
    ConsentClause,
    ConsentRecord,
    ConsentTemplate,
    Erasure,
    Participant,
    Session,
    TranscriptTurn,
)
from desktop.core.withdrawal import withdraw_participant
from desktop.sync import keys
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.consent_helpers import template_texts_without
from tests.examples import examples
from tests.sync_helpers import content_digest, make_team
from tests.trust_helpers import change, forge, laptop_key, participant_data


@dataclass
class Hostile:
    path: Path
    status: str | None  # "held", or "refused:" and its code, whenever it comes (None: not asserted)
    after: Path | None = None  # drawn only after this genuine bundle (an insert that rewrites its row)


@dataclass
class World:
    centre: Path  # the centre database before any import (closed)
    identity: Path
    genuine: list[Path]
    hostile: list[Hostile]
    expected: str  # content digest after the genuine bundles alone
    folder: Path
    ids: dict[str, str]  # the rows the hostile moves aim at
    teams_clauses: list[str]  # the clause keys of the team's form, as the centre published it


def _later() -> int:
    return int(time.time() * 1000) + 3_600_000  # newer than anything genuine: LWW alone would let it win


def _inserted(store: Store, entity: str, row_id: str) -> dict[str, Any]:
    """The data of the row's insert, as the laptop that made it logged (and sent) it."""
    with store.session() as s:
        return dict(s.scalars(select(ChangeLog.data).where(
            ChangeLog.entity == entity, ChangeLog.row_id == row_id, ChangeLog.op == "insert")).one())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("world")
    team = make_team(folder, devices=2)
    a, b = team.devices
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, template_texts_without("contact"))
    with team.centre.session() as s:
        teams_form = s.scalars(select(ConsentTemplate.id).where(ConsentTemplate.language == "ar")).one()
    bundles = folder / "bundles"
    bundles.mkdir()
    genuine: list[Path] = []

    def export(store, name):  # type: ignore[no-untyped-def]
        made = export_bundle(store, bundles / name)
        assert made is not None
        genuine.append(made.path)

    with a.transaction() as s:
        session = Session(kind="focus_group", title="FG1", governorate="basra")
        elsewhere = Session(kind="focus_group", title="FG2", governorate="basra")
        tpl = ConsentTemplate(template_key="fg", version=1, language="ar", title="t", published=True)
        person = Participant(code="BSR-FG01-P01", real_name="Zainab")
        stand_in = Participant(code="BSR-FG01-P02")
        erased = Participant(code="BSR-FG01-P03", real_name="Huda")
        s.add_all([session, elsewhere, tpl, person, stand_in, erased])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, participant_id=person.id, text="النص الأول")
        record = ConsentRecord(participant_id=person.id, session_id=session.id, template_id=tpl.id,
                               answers={"participate": True}, method="paper", facilitator="F1",
                               recorded_at="2025-10-01T10:00:00+03:00")
        s.add_all([turn, record])
    export(a, "a1.majlis")
    with a.transaction() as s:
        s.get(TranscriptTurn, turn.id).text = "النص بعد التصحيح"
    consent.withdraw(a, record.id, "2025-10-02", "all")
    withdraw_participant(a, participant_id=erased.id, scope="all", on="2025-10-02")
    export(a, "a2.majlis")
    with a.session() as s:
        erasure = s.scalars(select(Erasure.id)).one()
    with b.transaction() as s:
        other = Session(kind="roundtable", title="RT1", governorate="erbil")
        own_form = ConsentTemplate(template_key="rt", version=1, language="ar", title="b", published=True)
        s.add_all([other, own_form])
        s.flush()
        own_clause = ConsentClause(template_id=own_form.id, clause_key="contact", text="أوافق على المشاركة",
                                   required=True, position=0.5)
        s.add(own_clause)
    export(b, "b1.majlis")
    with b.transaction() as s:
        s.get(Session, other.id).title = "RT1 (edited)"
    export(b, "b2.majlis")
    a1, a2 = genuine[0], genuine[1]

    outsider = keys.generate_signing_key()
    undo = {"withdrawn_at": None, "withdrawal_scope": None, "answers": {"participate": True, "quote": True}}

    def by_a(entity: str, op: str, data: dict[str, Any], row_id: str | None, epoch: int, name: str) -> Path:
        """Laptop A's own roster key, in an epoch of its own, dated after everything genuine."""
        return forge(team, [change(entity, op, data, device=a.device_id, seq=1, epoch=f"{epoch:08x}",
                                   row_id=row_id, ms=_later())],
                     device_id=a.device_id, key=laptop_key(a), epoch=epoch, out=bundles / name)

    clause_on_the_teams_form = {"template_id": teams_form, "clause_key": "contact", "text": "أوافق على أن يُتصل بي",
                                "required": True, "position": 0.5, "deleted": False}
    hostile = [
        # an outsider under its own id: held, never applied
        Hostile(forge(team, [change("consent_record", "update", undo, device="dev-outsider", seq=1,
                                    row_id=record.id, ms=_later())],
                      device_id="dev-outsider", key=outsider, out=bundles / "h1.majlis"), "held"),
        # an outsider claiming laptop A's id
        Hostile(forge(team, [change("transcript_turn", "update", {"text": "مزوّر"}, device=a.device_id, seq=1,
                                    epoch="000000ee", row_id=turn.id, ms=_later())],
                      device_id=a.device_id, key=outsider, epoch=0xEE, out=bundles / "h2.majlis"), "refused:impostor_device"),
        # laptop B, genuine, un-withdrawing and rewriting laptop A's rows
        Hostile(forge(team, [change("consent_record", "update", undo, device=b.device_id, seq=1, epoch="000000ee",
                                    row_id=record.id, ms=_later()),
                             change("transcript_turn", "update", {"text": "مزوّر"}, device=b.device_id, seq=2,
                                    epoch="000000ee", row_id=turn.id, ms=_later() + 1)],
                      device_id=b.device_id, key=laptop_key(b), epoch=0xEE, out=bundles / "h3.majlis"), None),
        # laptop B tombstoning laptop A's session
        Hostile(forge(team, [change("session", "delete", {"deleted": True}, device=b.device_id, seq=1,
                                    epoch="000000ef", row_id=session.id, ms=_later())],
                      device_id=b.device_id, key=laptop_key(b), epoch=0xEF, out=bundles / "h4.majlis"), None),
        # laptop A's own key, a value that does not fit
        Hostile(forge(team, [change("participant", "insert", participant_data(age_band="ninety"),
                                    device=a.device_id, seq=1, epoch="000000ed")],
                      device_id=a.device_id, key=laptop_key(a), epoch=0xED, out=bundles / "h5.majlis"), "refused:bad_value"),
        # laptop A's own key, a change dated in the far future
        Hostile(forge(team, [change("session", "update", {"title": "forever"}, device=a.device_id, seq=1,
                                    epoch="000000ec", row_id=session.id, ms=9_999_999_999_999)],
                      device_id=a.device_id, key=laptop_key(a), epoch=0xEC, out=bundles / "h6.majlis"), "refused:future_clock"),
        # laptop A's own key, taking back the withdrawal it recorded (dated after it: LWW would let it win)
        Hostile(by_a("consent_record", "update", {"withdrawn_at": None, "withdrawal_scope": None}, record.id,
                     0xEB, "h7.majlis"), "refused:withdrawal_undone"),
        # laptop A's own key, tombstoning that consent record
        Hostile(by_a("consent_record", "delete", {"deleted": True}, record.id, 0xEA, "h8.majlis"), "refused:withdrawal_undone"),
        # ... tombstoning it by an insert of it
        Hostile(by_a("consent_record", "insert", _inserted(a, "consent_record", record.id) | {"deleted": True},
                     record.id, 0xE9, "h9.majlis"), "refused:withdrawal_undone"),
        # ... moving it to another participant of its own (the withdrawal no longer reaches the person)
        Hostile(by_a("consent_record", "update", {"participant_id": stand_in.id}, record.id, 0xE8, "h10.majlis"),
                "refused:withdrawal_undone"),
        # ... moving it to another session of its own by an insert of it
        Hostile(by_a("consent_record", "insert", _inserted(a, "consent_record", record.id)
                     | {"session_id": elsewhere.id}, record.id, 0xE7, "h11.majlis"), "refused:withdrawal_undone", after=a1),
        # ... tombstoning its erasure by an insert of it (the erased words could come back)
        Hostile(by_a("erasure", "insert", _inserted(a, "erasure", erasure) | {"deleted": True}, erasure,
                     0xE6, "h12.majlis"), "refused:erasure_changed"),
        # ... narrowing its erasure to the participant's identity by an insert of it
        Hostile(by_a("erasure", "insert", _inserted(a, "erasure", erasure) | {"scope": "identity"}, erasure,
                     0xE5, "h13.majlis"), "refused:erasure_changed", after=a2),
        # ... a clause of its own put on the team's consent form
        Hostile(by_a("consent_clause", "insert", clause_on_the_teams_form, None, 0xE4, "h14.majlis"), "refused:published_row"),
        # laptop B's own key, moving its own clause onto the team's form
        Hostile(forge(team, [change("consent_clause", "update", {"template_id": teams_form}, device=b.device_id,
                                    seq=1, epoch="000000e4", row_id=own_clause.id, ms=_later())],
                      device_id=b.device_id, key=laptop_key(b), epoch=0xE4, out=bundles / "h15.majlis"), "refused:published_row"),
    ]
    ids = {"teams_form": teams_form, "erasure": erasure, "erased": erased.id, "person": person.id,
           "session": session.id, "own_clause": own_clause.id, "own_form": own_form.id}
    with team.centre.session() as s:
        teams_clauses = [c.clause_key for c in clauses(s, teams_form)]
        assert "contact" not in teams_clauses
    for store in (a, b):
        store.close()
    centre_path = team.centre.path
    team.centre.close()
    pristine = folder / "pristine.db"
    shutil.copy(centre_path, pristine)
    expected_store = open_store(centre_path, PASSPHRASE)
    try:
        outcomes = import_files(expected_store, genuine, team.identities)
        assert [o.status for o in outcomes] == ["imported"] * len(genuine)
        expected = content_digest(expected_store)
    finally:
        expected_store.close()
    yield World(pristine, team.identity_file, genuine, hostile, expected, folder, ids, teams_clauses)


def _order(world: World, data: st.DataObject) -> list[Path]:
    """Every bundle once in a drawn order, each insert that rewrites a row after the bundle that made it."""
    order = list(data.draw(st.permutations(world.genuine + [h.path for h in world.hostile if h.after is None])))
    for late in world.hostile:
        if late.after is not None:
            order.insert(data.draw(st.integers(order.index(late.after) + 1, len(order))), late.path)
    return order


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mix_and_order_reaches_the_genuine_only_result(world: World, data: st.DataObject) -> None:
    everything = world.genuine + [h.path for h in world.hostile]
    order = _order(world, data)
    repeats = data.draw(st.lists(st.sampled_from(everything), max_size=3))
    target = world.folder / f"centre-{time.monotonic_ns()}.db"
    shutil.copy(world.centre, target)
    store = open_store(target, PASSPHRASE)
    try:
        outcomes = import_files(store, [*order, *repeats], keys.load_identity_file(world.identity))
        by_file = {o.source: o.status for o in outcomes}
        said = {o.source: f"refused:{o.code}" if o.status == "refused" else o.status for o in outcomes}
        assert content_digest(store) == world.expected
        assert all(by_file[str(p)] in ("imported", "already_present") for p in world.genuine)
        assert {h.path.name: said[str(h.path)] for h in world.hostile if h.status} == {
            h.path.name: h.status for h in world.hostile if h.status}
        ids = world.ids
        with store.session() as s:
            record = s.query(ConsentRecord).one()
            assert record.withdrawal_scope == "all" and record.withdrawn_at and not record.deleted
            assert record.answers == {"participate": True}
            assert (record.participant_id, record.session_id) == (ids["person"], ids["session"])
            erasure = s.get(Erasure, ids["erasure"])
            assert erasure is not None and (erasure.participant_id, erasure.scope, erasure.deleted) == (
                ids["erased"], "all", False)
            assert [c.clause_key for c in clauses(s, ids["teams_form"])] == world.teams_clauses
            own = s.get(ConsentClause, ids["own_clause"])
            assert own is not None and own.template_id == ids["own_form"]
    finally:
        store.close()
        target.unlink()
