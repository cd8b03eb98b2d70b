"""Two field laptops and a centre: join, record, export, import, and the bad cases around them."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, func, select

from desktop.core import backups, demo
from desktop.core.db import open_store
from desktop.core.models import (
    ChangeLog,
    Code,
    ConsentRecord,
    Device,
    Session,
    Team,
    TranscriptTurn,
)
from desktop.sync import keys
from desktop.sync.bundle_format import write_bundle
from desktop.sync.devices import device_reports, sync_status
from desktop.sync.errors import OtherTeamError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_file, import_files
from desktop.sync.team import create_team, device_signing_key, join_team
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team as TeamFixture
from tests.sync_helpers import full_digest, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamFixture]:
    t = make_team(tmp_path)
    yield t
    t.close()


def count(store, model) -> int:  # type: ignore[no-untyped-def]
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_join_stores_team_and_device_key(team: TeamFixture) -> None:
    field = team.devices[0]
    with field.session() as s:
        t = s.execute(select(Team)).scalar_one()
        me = s.get(Device, field.device_id)
        assert t.is_central is False and t.central_signing_key is None
        assert me is not None and me.signing_key and me.public_key
        # the team file's payload is not this device's change: it is never sent back
        assert s.execute(select(func.count()).select_from(ChangeLog)).scalar_one() == 0
    assert (team.identity_file.stat().st_mode & 0o777) == 0o600


def test_refuse_joining_another_team(team: TeamFixture, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    from tests.stores import fresh_store

    centre2 = fresh_store(other / "c.db", PASSPHRASE, "c2")
    create_team(centre2, name="other", team_file=other / "t", identity_file=other / "k")
    centre2.close()
    with pytest.raises(OtherTeamError):
        join_team(team.devices[0], other / "t")


def test_end_to_end_demo_data_arrives_complete(team: TeamFixture) -> None:
    a, b = team.devices
    demo.generate(a, sessions=4, seed=11)
    demo.generate(b, sessions=3, seed=22)
    with a.transaction() as s:  # a signature image travels as an attachment
        rec = s.execute(select(ConsentRecord)).scalars().first()
        assert rec is not None
        rec.signature_png = b"\x89PNG\r\n\x1a\nfake-signature"
    bundles = [export_bundle(d, team.folder) for d in (a, b)]
    assert all(r is not None for r in bundles)
    assert bundles[0] is not None and bundles[0].attachment_count == 1
    outcomes = import_files(team.centre, [r.path for r in bundles if r], team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"], outcomes
    for model in (Session, TranscriptTurn, ConsentRecord):
        assert count(team.centre, model) == count(a, model) + count(b, model)
    with team.centre.session() as s:
        got = s.execute(select(ConsentRecord.signature_png).where(ConsentRecord.id == rec.id)).scalar_one()
    assert got == b"\x89PNG\r\n\x1a\nfake-signature"
    before = full_digest(team.centre)
    again = import_files(team.centre, [r.path for r in bundles if r], team.identities)
    assert [o.status for o in again] == ["already_present", "already_present"]
    assert full_digest(team.centre) == before
    reports = {r.device_id: r for r in device_reports(team.centre)}
    assert reports[a.device_id].streams[0].gaps == ()
    assert sync_status(team.centre)["gaps"] == []


def test_incremental_export_and_gap_report(team: TeamFixture, tmp_path: Path) -> None:
    a = team.devices[0]
    demo.generate(a, sessions=1, seed=3)
    first = export_bundle(a, tmp_path / "one.majlis")
    assert export_bundle(a, tmp_path / "none.majlis") is None
    assert not (tmp_path / "none.majlis").exists()
    with a.transaction() as s:
        s.add(Session(kind="roundtable", title="second"))
    second = export_bundle(a, tmp_path / "two.majlis")
    with a.transaction() as s:
        s.add(Session(kind="roundtable", title="third"))
    third = export_bundle(a, tmp_path / "three.majlis")
    assert first and second and third
    assert second.change_count == 1 and second.seq_from == first.seq_to + 1
    out = import_files(team.centre, [first.path, third.path], team.identities)
    assert [o.status for o in out] == ["imported", "imported"]
    (report,) = [r for r in device_reports(team.centre) if r.device_id == a.device_id]
    assert report.gap_lines() == [f"field laptop 1 ({a.device_id[-8:]}): change {second.seq_from} missing"]
    full = export_bundle(a, tmp_path / "full.majlis", full=True)
    assert full is not None and full.seq_from == 1 and full.seq_to == third.seq_to
    assert import_file(team.centre, full.path, team.identities).status == "imported"
    (report,) = [r for r in device_reports(team.centre) if r.device_id == a.device_id]
    assert report.gap_lines() == []


def test_refusals_leave_the_database_unchanged(team: TeamFixture, tmp_path: Path) -> None:
    a = team.devices[0]
    demo.generate(a, sessions=1, seed=5)
    good = export_bundle(a, tmp_path / "good.majlis")
    assert good is not None
    data = good.path.read_bytes()
    before = full_digest(team.centre)
    cut = tmp_path / "cut.majlis"
    cut.write_bytes(data[: len(data) // 2])
    assert import_file(team.centre, cut, team.identities).code in {"truncated", "corrupted"}
    assert full_digest(team.centre) == before
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    assert import_file(team.centre, bytes(flipped), team.identities).code == "corrupted"
    assert import_file(team.centre, b"PK\x03\x04 not a bundle", team.identities).code == "not_a_bundle"
    wrong = import_file(team.centre, good.path, [keys.generate_identity()])
    assert wrong.status == "refused" and wrong.code == "wrong_identity"
    assert import_file(team.centre, good.path, []).code == "no_identity"
    assert full_digest(team.centre) == before
    # a bundle for another team
    signing, _ = device_signing_key(a)
    alien = write_bundle([], {}, kind="changes", team_id="another-team", device_id=a.device_id,
                         device_name="x", epoch=1, seq_from=1, seq_to=0, prev_bundle_hash=None,
                         schema_revision="0001", app_version="0", recipients=_recipients(team),
                         signing_key=signing)
    assert import_file(team.centre, alien, team.identities).code == "wrong_team"
    # an impostor: same device id, another key
    impostor = write_bundle([], {}, kind="changes", team_id=_team_id(team), device_id=a.device_id,
                            device_name="x", epoch=1, seq_from=1, seq_to=0, prev_bundle_hash=None,
                            schema_revision="0001", app_version="0", recipients=_recipients(team),
                            signing_key=keys.generate_signing_key())
    assert import_file(team.centre, good.path, team.identities).status == "imported"
    mid = full_digest(team.centre)
    assert import_file(team.centre, impostor, team.identities).code == "impostor_device"
    assert full_digest(team.centre) == mid
    assert before != mid


def test_same_seq_different_content_is_refused(team: TeamFixture, tmp_path: Path) -> None:
    a = team.devices[0]
    with a.transaction() as s:
        s.add(Session(kind="roundtable", title="original"))
    good = export_bundle(a, tmp_path / "g.majlis")
    assert good is not None
    assert import_file(team.centre, good.path, team.identities).status == "imported"
    with a.session() as s:
        row = s.execute(select(ChangeLog)).scalars().first()
        assert row is not None
        change: dict[str, Any] = {"seq": row.seq, "epoch": row.epoch, "hlc": row.hlc, "entity": row.entity,
                  "row_id": row.row_id, "op": row.op, "data": {**row.data, "title": "forged"},
                  "base": {}}
    from desktop.core.changes import content_hash

    change["content_hash"] = content_hash(change["entity"], change["row_id"], change["op"], change["data"])
    signing, _ = device_signing_key(a)
    forged = write_bundle([change], {}, kind="changes", team_id=_team_id(team), device_id=a.device_id,
                          device_name="field laptop 1", epoch=int(a.epoch, 16), seq_from=row.seq,
                          seq_to=row.seq, prev_bundle_hash=None, schema_revision="0001", app_version="0",
                          recipients=_recipients(team), signing_key=signing)
    before = full_digest(team.centre)
    out = import_file(team.centre, forged, team.identities)
    assert out.status == "refused" and out.code == "seq_clash"
    assert f"device {a.device_id}: change {row.seq} seen twice with different content" in out.message
    assert full_digest(team.centre) == before


def test_restored_backup_starts_a_new_stream(team: TeamFixture, tmp_path: Path) -> None:
    a = team.devices[0]
    with a.transaction() as s:
        s.add(Session(kind="roundtable", title="before backup"))
    backup = backups.backup(a.engine, a.path, PASSPHRASE)
    with a.transaction() as s:
        s.add(Session(kind="roundtable", title="after backup"))
    first = export_bundle(a, tmp_path / "1.majlis")
    assert first is not None and first.seq_to == 2
    a.close()
    backups.restore(backup, a.path, PASSPHRASE)
    restored = open_store(a.path, PASSPHRASE)
    team.devices[0] = restored
    with restored.transaction() as s:
        s.add(Session(kind="roundtable", title="after restore"))
    out = []
    while (r := export_bundle(restored, tmp_path)) is not None:
        out.append(r)
    assert out and out[-1].epoch == restored.epoch
    results = import_files(team.centre, [first.path, *[r.path for r in out]], team.identities)
    assert all(o.status in {"imported", "already_present"} for o in results), results
    titles = set(team.centre.session().execute(select(Session.title)).scalars())
    assert titles == {"before backup", "after backup", "after restore"}
    (report,) = [r for r in device_reports(team.centre) if r.device_id == restored.device_id]
    assert len(report.streams) == 2 and report.gap_lines() == []


def test_age_tool_opens_an_exported_bundle(team: TeamFixture, tmp_path: Path) -> None:
    demo.generate(team.devices[0], sessions=1, seed=9)
    r = export_bundle(team.devices[0], tmp_path / "x.majlis")
    assert r is not None
    result = subprocess.run(["age", "-d", "-i", str(team.identity_file), str(r.path)], capture_output=True,
                            check=True)
    with zipfile.ZipFile(BytesIO(result.stdout)) as z:
        assert b'"kind":"changes"' in z.read("manifest.json")


def test_codebook_from_team_file(team: TeamFixture) -> None:
    # the centre's codebook travels in the team file
    demo.generate(team.centre, sessions=0, seed=1)
    path = team.folder / "team2.majlis-team"
    from desktop.sync.team import write_current_team_file

    write_current_team_file(team.centre, path)
    join_team(team.devices[1], path)
    assert count(team.devices[1], Code) == count(team.centre, Code) > 0


def _team_id(team: TeamFixture) -> str:
    with team.centre.session() as s:
        return s.execute(select(Team.id)).scalar_one()


def _recipients(team: TeamFixture) -> list[str]:
    with team.centre.session() as s:
        return list(s.execute(select(Team.recipients)).scalar_one())


def test_cancel_stops_between_files(team: TeamFixture, tmp_path: Path) -> None:
    for n, device in enumerate(team.devices):
        with device.transaction() as s:
            s.add(Session(kind="roundtable", title=f"s{n}"))
    paths = [r.path for r in (export_bundle(d, tmp_path / f"{n}.majlis") for n, d in enumerate(team.devices)) if r]
    seen: list[tuple[int, int]] = []
    out = import_files(team.centre, paths, team.identities, cancelled=lambda: bool(seen),
                       progress=lambda done, total: seen.append((done, total)))
    assert [o.status for o in out] == ["imported"] and seen == [(1, 2)]
    assert count(team.centre, Session) == 1


def test_change_of_a_row_before_its_insert_waits_for_it(team: TeamFixture, tmp_path: Path) -> None:
    """A coordinator's laptop B edits a row created on laptop A; B's bundle arrives first: nothing is lost.
    (A field laptop's edit of another's row would not count: tests/sync/test_trust_property.py.)"""
    a, b = team.devices
    from desktop.sync.devices import preregister
    from desktop.sync.keys import public_key_b64
    from desktop.sync.team import device_signing_key

    preregister(team.centre, b.device_id, public_key_b64(device_signing_key(b)[0]), "", role="coordinator")
    with a.transaction() as s:
        turn = TranscriptTurn(session_id="s", text="first words", position=1.0)
        s.add(turn)
    first = export_bundle(a, tmp_path / "a.majlis")
    with a.session() as s:
        rows = [dict(r) for r in s.execute(select(TranscriptTurn.__table__)).mappings()]
    from sqlalchemy import insert

    with b.transaction(replicating=True) as s:
        s.execute(insert(cast(Table, TranscriptTurn.__table__)), rows)
    with b.transaction() as s:
        s.get(TranscriptTurn, turn.id).position = 2.0
    second = export_bundle(b, tmp_path / "b.majlis")
    assert first and second
    out = import_files(team.centre, [second.path], team.identities)
    assert out[0].status == "imported" and count(team.centre, TranscriptTurn) == 0
    import_files(team.centre, [first.path], team.identities)
    with team.centre.session() as s:
        got = s.get(TranscriptTurn, turn.id)
        assert got is not None and got.position == 2.0 and got.text == "first words"


def test_row_already_there_without_history_is_merged(team: TeamFixture, tmp_path: Path) -> None:
    """A row the centre holds with no change logged for it (other tooling) is merged, not duplicated."""
    a = team.devices[0]
    with a.transaction() as s:
        s.add(Session(kind="roundtable", title="from the field"))
    bundle = export_bundle(a, tmp_path / "a.majlis")
    assert bundle is not None
    with a.session() as s:
        rows = [dict(r) for r in s.execute(select(Session.__table__)).mappings()]
    rows[0].update(title="copied earlier", created_at="0000000000001:00000:x", versions={})
    from sqlalchemy import insert

    with team.centre.transaction(replicating=True) as s:
        s.execute(insert(cast(Table, Session.__table__)), rows)
    assert import_file(team.centre, bundle.path, team.identities).status == "imported"
    with team.centre.session() as s:
        assert s.execute(select(Session.title)).scalars().all() == ["from the field"]
