"""The revoked keys are read once per import, not once per bundle or per key: counted on the real
engine (SQLAlchemy's ``before_cursor_execute``), real SQLCipher stores of a real team, real bundles
and team updates. The importer reads them once for a whole run of bundles; a laptop importing a team
update that carries the centre's revoked keys (and a device back on the roster under a new key) read
the table again for every key it carried, and twice more for every device whose key changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from desktop.core.db import Store
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import Device, Participant
from desktop.sync import keys, revocations
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.new_key import new_signing_key
from desktop.sync.roster import approve, pending
from desktop.sync.team import import_team_update, write_team_update
from tests.sync_helpers import make_team
from tests.trust_helpers import laptop_key


@contextmanager
def revoked_key_reads(store: Store) -> Iterator[list[str]]:
    """The SELECTs of the revoked_key table run on the store's engine meanwhile."""
    seen: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "revoked_key" in statement:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", before)


def _bundles(laptop: Store, folder: Path, n: int, count: int) -> list[Path]:
    made = []
    for i in range(count):
        with laptop.transaction() as s:
            s.add(Participant(code=f"BAS-FG0{n}-P0{i}"))
        bundle = export_bundle(laptop, folder / f"laptop{n}-{i}.majlis")
        assert bundle is not None
        made.append(bundle.path)
    return made


def test_an_import_of_many_bundles_reads_the_revoked_keys_once(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=3)
    try:
        files = [path for n, laptop in enumerate(team.devices) for path in _bundles(laptop, tmp_path, n, 3)]
        revocations.revoke(team.centre, team.devices[0].device_id)
        revocations.revoke(team.centre, team.devices[2].device_id)
        with revoked_key_reads(team.centre) as reads:
            outcomes = import_files(team.centre, files, team.identities)
        assert [o.status for o in outcomes] == ["refused"] * 3 + ["imported"] * 3 + ["refused"] * 3
        assert {o.code for o in outcomes if o.status == "refused"} == {"revoked_key"}
        assert len(reads) <= 1, reads
    finally:
        team.close()


def test_a_team_update_with_revoked_keys_reads_them_once(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=4)
    try:
        laptop = team.devices[3]
        import_team_update(laptop, write_team_update(team.centre, tmp_path / "first.majlis-update").path)
        lost = team.devices[:3]
        old_keys = [keys.public_key_b64(laptop_key(d)) for d in lost]
        for device in lost:
            revocations.revoke(team.centre, device.device_id)
        new_signing_key(lost[0])  # its backup restored: a new key, approved at the centre
        new_key = keys.public_key_b64(laptop_key(lost[0]))
        import_files(team.centre, _bundles(lost[0], tmp_path, 0, 1), team.identities)
        (waiting,) = pending(team.centre)
        approve(team.centre, waiting.id)
        update = write_team_update(team.centre, tmp_path / "second.majlis-update").path

        with revoked_key_reads(laptop) as reads:
            import_team_update(laptop, update)
        assert len(reads) <= 1, reads
        with laptop.session() as s:  # what the update said, all of it, kept
            assert revocations.fingerprints(s) == {key_fingerprint(k) for k in old_keys}
            on_roster = {d: k for d, k in s.execute(select(Device.id, Device.public_key)).all()}
        assert on_roster[lost[0].device_id] == new_key  # back under its new key
        assert [on_roster[d.device_id] for d in lost[1:]] == old_keys[1:]  # still there, revoked
    finally:
        team.close()
