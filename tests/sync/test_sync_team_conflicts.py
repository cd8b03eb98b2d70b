"""Team updates back to the field (and forged ones refused); a conflict produced and resolved."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, insert, select

from desktop.core.models import AuditEvent, ChangeLog, Code, Conflict, Session, Team, TranscriptTurn
from desktop.sync import keys
from desktop.sync.bundle_format import write_bundle
from desktop.sync.conflicts import list_conflicts, resolve
from desktop.sync.errors import BadSignatureError, StaleTeamUpdateError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.sync_helpers import Team as TeamFixture
from tests.sync_helpers import make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamFixture]:
    # The second laptop is a coordinator's: only a coordinator may edit a row another device made.
    t = make_team(tmp_path, roles=("field", "coordinator"))
    yield t
    t.close()


def test_team_update_applied_then_stale_refused(team: TeamFixture, tmp_path: Path) -> None:
    with team.centre.transaction() as s:
        s.add(Code(name_en="Electoral districts", name_ar="الدوائر الانتخابية"))
    seq, _ = export_team_update(team.centre, tmp_path / "u1.majlis")
    assert seq == 1
    field = team.devices[0]
    assert import_team_update(field, tmp_path / "u1.majlis") == (1, 1)
    with field.session() as s:
        assert s.execute(select(Code.name_en)).scalars().all() == ["Electoral districts"]
        assert s.execute(select(ChangeLog)).first() is None  # applied, not re-logged
    with team.centre.transaction() as s:
        code = s.execute(select(Code)).scalar_one()
        code.name_en = "Districts"
    export_team_update(team.centre, tmp_path / "u2.majlis")
    assert import_team_update(field, tmp_path / "u2.majlis")[0] == 2
    with field.session() as s:
        assert s.execute(select(Code.name_en)).scalar_one() == "Districts"
    with pytest.raises(StaleTeamUpdateError):
        import_team_update(field, tmp_path / "u1.majlis")


def test_forged_team_update_refused(team: TeamFixture, tmp_path: Path) -> None:
    with team.centre.session() as s:
        t = s.execute(select(Team)).scalar_one()
    forger = keys.generate_signing_key()
    forged = write_bundle(
        [{"entity": "code", "row": {"id": "x", "created_at": "9", "data": {"name_en": "forged"}}}], {},
        kind="team_update", team_id=t.id, device_id="intruder", device_name="centre", epoch=0, seq_from=99,
        seq_to=99, prev_bundle_hash=None, schema_revision="0001", app_version="0", recipients=t.recipients,
        signing_key=forger, encrypt=False,
    )
    with pytest.raises(BadSignatureError):
        import_team_update(team.devices[0], forged)
    # a real update whose content was altered after signing
    export_team_update(team.centre, tmp_path / "real.majlis")
    data = (tmp_path / "real.majlis").read_bytes()
    with zipfile.ZipFile(BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["changes.jsonl"] = b'{"entity":"code","row":{}}\n'
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, d in members.items():
            z.writestr(n, d)
    from desktop.sync.errors import BundleError

    with pytest.raises(BundleError):
        import_team_update(team.devices[0], buf.getvalue())
    with team.devices[0].session() as s:
        assert s.execute(select(Code)).first() is None
        assert s.execute(select(Team.update_sequence)).scalar_one() == 0


def make_conflict(team: TeamFixture, tmp_path: Path) -> str:
    """Two laptops edit the same transcript turn; both bundles imported at the centre."""
    a, b = team.devices
    with a.transaction() as s:
        session = Session(kind="focus_group", title="FG")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, text="أصل النص")
        s.add(turn)
    first = export_bundle(a, tmp_path / "a1.majlis")
    for model in (Session, TranscriptTurn):
        table = cast(Table, model.__table__)
        with a.session() as s:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
        with b.transaction(replicating=True) as s:
            s.execute(insert(table), rows)
    with a.transaction() as s:
        s.get(TranscriptTurn, turn.id).text = "نسخة المحاور"
    with b.transaction() as s:
        s.get(TranscriptTurn, turn.id).text = "وەشانی دووەم"
    bundles = [first, export_bundle(a, tmp_path / "a2.majlis"), export_bundle(b, tmp_path / "b1.majlis")]
    outcomes = import_files(team.centre, [r.path for r in bundles if r], team.identities)
    assert [o.status for o in outcomes] == ["imported"] * 3
    assert sum(o.conflicts for o in outcomes) == 1
    return turn.id


def test_conflict_produced_and_resolved(team: TeamFixture, tmp_path: Path) -> None:
    turn_id = make_conflict(team, tmp_path)
    (c,) = list_conflicts(team.centre)
    assert {c.value_a, c.value_b} == {"نسخة المحاور", "وەشانی دووەم"}
    assert c.current == c.value_b  # the highest HLC wins meanwhile
    resolve(team.centre, c.id, "edit", text="نسخة مدمجة", actor="coordinator")
    assert list_conflicts(team.centre) == []
    with team.centre.session() as s:
        assert s.get(TranscriptTurn, turn_id).text == "نسخة مدمجة"
        assert s.execute(select(Conflict.resolution)).scalar_one() == "edited"
        assert s.execute(select(AuditEvent.action)).scalar_one() == "conflict_resolved"
        # the resolution is an ordinary logged change of the centre: it travels like any edit
        own = s.execute(select(ChangeLog).where(ChangeLog.device_id == team.centre.device_id,
                                                ChangeLog.entity == "transcript_turn")).scalars().all()
        assert [ch.data for ch in own] == [{"text": "نسخة مدمجة"}]


def test_keep_a(team: TeamFixture, tmp_path: Path) -> None:
    turn_id = make_conflict(team, tmp_path)
    (c,) = list_conflicts(team.centre)
    assert resolve(team.centre, c.id, "a") == c.value_a
    with team.centre.session() as s:
        assert s.get(TranscriptTurn, turn_id).text == c.value_a
