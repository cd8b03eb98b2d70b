"""Genuine and hostile bundles imported in any order (and repeated) always give the genuine-only
result: the same rows, values, versions and conflicts as importing the genuine bundles alone."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import consent
from desktop.core.db import open_store
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant, Session, TranscriptTurn
from desktop.sync import keys
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.examples import examples
from tests.sync_helpers import content_digest, make_team
from tests.trust_helpers import change, forge, laptop_key, participant_data


@dataclass
class World:
    centre: Path  # the centre database before any import (closed)
    identity: Path
    genuine: list[Path]
    hostile: list[Path]
    expected: str  # content digest after the genuine bundles alone
    folder: Path


def _later() -> int:
    return int(time.time() * 1000) + 3_600_000  # newer than anything genuine: LWW alone would let it win


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("world")
    team = make_team(folder, devices=2)
    a, b = team.devices
    bundles = folder / "bundles"
    bundles.mkdir()
    genuine: list[Path] = []

    def export(store, name):  # type: ignore[no-untyped-def]
        made = export_bundle(store, bundles / name)
        assert made is not None
        genuine.append(made.path)

    with a.transaction() as s:
        session = Session(kind="focus_group", title="FG1", governorate="basra")
        tpl = ConsentTemplate(template_key="fg", version=1, language="ar", title="t", published=True)
        person = Participant(code="BSR-FG01-P01", real_name="Zainab")
        s.add_all([session, tpl, person])
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
    export(a, "a2.majlis")
    with b.transaction() as s:
        other = Session(kind="roundtable", title="RT1", governorate="erbil")
        s.add(other)
    export(b, "b1.majlis")
    with b.transaction() as s:
        s.get(Session, other.id).title = "RT1 (edited)"
    export(b, "b2.majlis")

    outsider = keys.generate_signing_key()
    undo = {"withdrawn_at": None, "withdrawal_scope": None, "answers": {"participate": True, "quote": True}}
    hostile = [
        # an outsider under its own id: held, never applied
        forge(team, [change("consent_record", "update", undo, device="dev-outsider", seq=1, row_id=record.id,
                            ms=_later())], device_id="dev-outsider", key=outsider, out=bundles / "h1.majlis"),
        # an outsider claiming laptop A's id
        forge(team, [change("transcript_turn", "update", {"text": "مزوّر"}, device=a.device_id, seq=1,
                            epoch="000000ee", row_id=turn.id, ms=_later())],
              device_id=a.device_id, key=outsider, epoch=0xEE, out=bundles / "h2.majlis"),
        # laptop B, genuine, un-withdrawing and rewriting laptop A's rows
        forge(team, [change("consent_record", "update", undo, device=b.device_id, seq=1, epoch="000000ee",
                            row_id=record.id, ms=_later()),
                     change("transcript_turn", "update", {"text": "مزوّر"}, device=b.device_id, seq=2,
                            epoch="000000ee", row_id=turn.id, ms=_later() + 1)],
              device_id=b.device_id, key=laptop_key(b), epoch=0xEE, out=bundles / "h3.majlis"),
        # laptop B tombstoning laptop A's session
        forge(team, [change("session", "delete", {"deleted": True}, device=b.device_id, seq=1, epoch="000000ef",
                            row_id=session.id, ms=_later())],
              device_id=b.device_id, key=laptop_key(b), epoch=0xEF, out=bundles / "h4.majlis"),
        # laptop A's own key, a value that does not fit
        forge(team, [change("participant", "insert", participant_data(age_band="ninety"), device=a.device_id,
                            seq=1, epoch="000000ed")],
              device_id=a.device_id, key=laptop_key(a), epoch=0xED, out=bundles / "h5.majlis"),
        # laptop A's own key, a change dated in the far future
        forge(team, [change("session", "update", {"title": "forever"}, device=a.device_id, seq=1,
                            epoch="000000ec", row_id=session.id, ms=9_999_999_999_999)],
              device_id=a.device_id, key=laptop_key(a), epoch=0xEC, out=bundles / "h6.majlis"),
        # laptop A's own key, taking back the withdrawal it recorded (dated after it: LWW would let it win)
        forge(team, [change("consent_record", "update", {"withdrawn_at": None, "withdrawal_scope": None},
                            device=a.device_id, seq=1, epoch="000000eb", row_id=record.id, ms=_later())],
              device_id=a.device_id, key=laptop_key(a), epoch=0xEB, out=bundles / "h7.majlis"),
        # laptop A's own key, tombstoning that consent record
        forge(team, [change("consent_record", "delete", {"deleted": True}, device=a.device_id, seq=1,
                            epoch="000000ea", row_id=record.id, ms=_later())],
              device_id=a.device_id, key=laptop_key(a), epoch=0xEA, out=bundles / "h8.majlis"),
    ]
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
    yield World(pristine, team.identity_file, genuine, hostile, expected, folder)


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mix_and_order_reaches_the_genuine_only_result(world: World, data: st.DataObject) -> None:
    everything = world.genuine + world.hostile
    order = data.draw(st.permutations(everything))
    repeats = data.draw(st.lists(st.sampled_from(everything), max_size=3))
    target = world.folder / f"centre-{time.monotonic_ns()}.db"
    shutil.copy(world.centre, target)
    store = open_store(target, PASSPHRASE)
    try:
        outcomes = import_files(store, [*order, *repeats], keys.load_identity_file(world.identity))
        assert content_digest(store) == world.expected
        by_file = {o.source: o.status for o in outcomes}
        assert all(by_file[str(p)] in ("imported", "already_present") for p in world.genuine)
        assert by_file[str(world.hostile[0])] == "held"
        assert all(by_file[str(p)] == "refused" for p in world.hostile[1:]
                   if p not in (world.hostile[2], world.hostile[3]))
        with store.session() as s:
            record = s.query(ConsentRecord).one()
            assert record.withdrawal_scope == "all" and record.withdrawn_at and not record.deleted
            assert record.answers == {"participate": True}
    finally:
        store.close()
        target.unlink()
