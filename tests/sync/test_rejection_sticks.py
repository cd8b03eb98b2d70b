"""A rejected device stays rejected: its bundles (the same file again, or its next one) are refused
at import, not held again; approving it after all (the number rejected) or registering its key
undoes the rejection, and its bundles imported again are applied. Only the device id, its key, the
number and the time are kept: no name, nothing it sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from desktop.cli import main
from desktop.core import migrate
from desktop.core.db import Store
from desktop.core.models import Participant, RejectedDevice
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.roster import approve, pending, reject
from desktop.sync.team import join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, full_digest
from tests.team_copies import team_copy_fixture
from tests.trust_helpers import laptop_key

STRANGER = "Mosul laptop of Zainab"  # a name must not be kept with a rejection


pytestmark = pytest.mark.usefixtures("cli_env")


team = team_copy_fixture(devices=0)


class _Stranger:
    """A laptop that joined with the team file but is on no roster, sending bundle after bundle."""

    def __init__(self, team: Team, folder: Path) -> None:
        self.store: Store = fresh_store(folder / "stranger.db", PASSPHRASE, STRANGER)
        join_team(self.store, team.team_file)
        self.folder, self.sent = folder, 0
        self.key = keys.public_key_b64(laptop_key(self.store))

    def bundle(self) -> Path:
        self.sent += 1
        with self.store.transaction() as s:
            s.add(Participant(code=f"NIN-FG01-P{self.sent:02d}"))
        made = export_bundle(self.store, self.folder / f"stranger-{self.sent}.majlis")
        assert made is not None
        return made.path


@pytest.fixture
def stranger(team: Team, tmp_path: Path) -> Iterator[_Stranger]:
    made = _Stranger(team, tmp_path)
    yield made
    made.store.close()


def _participants(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(s.execute(select(Participant.code)).scalars())


def _rejected_rows(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text("SELECT * FROM rejected_device")).mappings()]


def test_the_same_bundle_and_the_next_one_are_refused_not_held_again(team: Team, stranger: _Stranger) -> None:
    first = stranger.bundle()
    (held,) = import_files(team.centre, [first], team.identities)
    assert held.status == "held"
    (waiting,) = pending(team.centre)
    assert reject(team.centre, waiting.id) == 1
    (row,) = _rejected_rows(team.centre)
    assert set(row) == {"id", "device_id", "public_key", "rejected_at"} and row["id"] == waiting.id
    assert row["device_id"] == stranger.store.device_id and keys.same_public_key(str(row["public_key"]), stranger.key)
    assert STRANGER not in json.dumps(row)

    before = full_digest(team.centre)
    second = stranger.bundle()
    outcomes = import_files(team.centre, [first, second], team.identities)
    assert [(o.status, o.code) for o in outcomes] == [("refused", "rejected_device")] * 2
    assert "rejected" in outcomes[0].message and "held" in outcomes[0].message
    assert pending(team.centre) == [] and full_digest(team.centre) == before  # nothing held, nothing written


def test_approving_the_rejected_number_undoes_it_and_the_bundles_then_apply(team: Team, stranger: _Stranger) -> None:
    first = stranger.bundle()
    import_files(team.centre, [first], team.identities)
    (waiting,) = pending(team.centre)
    reject(team.centre, waiting.id)
    done = approve(team.centre, waiting.id, name="Mosul 1")
    assert done.was_rejected and done.outcomes == [] and done.device_id == stranger.store.device_id
    assert _rejected_rows(team.centre) == []
    second = stranger.bundle()
    outcomes = import_files(team.centre, [first, second], team.identities)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert _participants(team.centre) == ["NIN-FG01-P01", "NIN-FG01-P02"]


def test_registering_the_rejected_key_undoes_it(team: Team, stranger: _Stranger) -> None:
    first = stranger.bundle()
    import_files(team.centre, [first], team.identities)
    reject(team.centre, pending(team.centre)[0].id)
    preregister(team.centre, stranger.store.device_id, stranger.key, "Mosul 1")
    assert _rejected_rows(team.centre) == []
    assert [o.status for o in import_files(team.centre, [first], team.identities)] == ["imported"]


def test_another_device_is_still_held(team: Team, stranger: _Stranger, tmp_path: Path) -> None:
    """Only the key rejected is refused: another stranger's bundle waits as before."""
    import_files(team.centre, [stranger.bundle()], team.identities)
    reject(team.centre, pending(team.centre)[0].id)
    (other_folder := tmp_path / "other").mkdir()
    other = _Stranger(team, other_folder)
    try:
        (outcome,) = import_files(team.centre, [other.bundle()], team.identities)
    finally:
        other.store.close()
    assert outcome.status == "held"


def test_the_cli_refuses_in_one_line_lists_and_undoes(team: Team, stranger: _Stranger,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    first = stranger.bundle()
    db = team.centre.path
    team.centre.close()
    assert run("bundle", "import", "--db", db, first)[0] == 1  # held
    number = json.loads(run("device", "pending", "--db", db, "--json")[1])[0]["id"]
    code, out, _ = run("device", "reject", "--db", db, number)
    assert code == 0 and f"device approve --db {db} {number}" in out  # a command that runs as shown
    code, out, err = run("bundle", "import", "--db", db, first)
    assert code == 1 and len(err.splitlines()) == 1, err
    assert err.startswith(f"refused {first}: [rejected_device] ") and "device rejected" in err
    assert "0 held for approval; 1 refused" in out
    assert "no device waits" in run("device", "pending", "--db", db)[1]
    code, out, _ = run("device", "rejected", "--db", db, "--json")
    (listed,) = json.loads(out)
    assert code == 0 and listed["id"] == number and listed["fingerprint"] == keys.key_fingerprint(stranger.key)
    code, out, _ = run("device", "rejected", "--db", db)
    assert listed["fingerprint"] in out and STRANGER not in out
    assert run("device", "approve", "--db", db, 999)[0] == 3  # neither waiting nor rejected
    code, out, err = run("device", "approve", "--db", db, number)
    assert code == 0 and "on the roster (field)" in out and "import its bundles again" in out, (out, err)
    assert "no device was rejected" in run("device", "rejected", "--db", db)[1]
    code, out, err = run("bundle", "import", "--db", db, first)
    assert code == 0 and out.startswith(f"imported {first}"), err


def test_a_centre_from_before_rejections_were_kept_upgrades_and_then_keeps_them(team: Team,
                                                                                stranger: _Stranger) -> None:
    """A database at the previous revision, holding a bundle, is upgraded (table added, the bundle
    still waiting); a rejection after that sticks. The downgrade drops the table and nothing else."""
    first = stranger.bundle()
    import_files(team.centre, [first], team.identities)
    migrate.downgrade(team.centre.engine, "0008_held_chunks")
    assert "rejected_device" not in inspect(team.centre.engine).get_table_names()
    (waiting,) = pending(team.centre)
    migrate.upgrade(team.centre.engine, "head")
    assert migrate.current_revision(team.centre.engine) == migrate.head_revision()
    assert [w.id for w in pending(team.centre)] == [waiting.id]
    reject(team.centre, waiting.id)
    (outcome,) = import_files(team.centre, [first], team.identities)
    assert outcome.code == "rejected_device"
    with team.centre.session() as s:
        assert s.execute(select(RejectedDevice.id)).scalars().all() == [waiting.id]
