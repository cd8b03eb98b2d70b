"""Rollback by file copy: a laptop whose database file was copied back from an older copy finds
out by itself (the exported position is kept outside the database too) and starts a new epoch, so
the centre never refuses its new work as a sequence clash and "nothing unsent" is never false.

Real team, real bundles, real files copied with shutil as a user or a sync tool would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core import backups, exported_position
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.core.status import status
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def work(store: Store, title: str) -> None:
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title=title))


def copy_file(db: Path, to: Path) -> None:
    """A plain file copy of a closed database (what Explorer, a USB stick or a backup tool does)."""
    shutil.copyfile(db, to)


def reopen_from_older_copy(team: Team, older: Path) -> Store:
    laptop = team.devices[0]
    path = laptop.path
    laptop.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(older, path)
    reopened = open_store(path, PASSPHRASE)
    team.devices[0] = reopened
    return reopened


def _older_copy_scenario(team: Team, tmp_path: Path) -> tuple[Store, list[Path]]:
    laptop = team.devices[0]
    work(laptop, "day one")
    first = export_bundle(laptop, tmp_path / "1.majlis")
    assert first is not None
    laptop.close()
    copy_file(laptop.path, tmp_path / "older.db")  # the copy a user keeps "just in case"
    laptop = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = laptop
    work(laptop, "day two")
    work(laptop, "day three")
    second = export_bundle(laptop, tmp_path / "2.majlis")
    assert second is not None
    return reopen_from_older_copy(team, tmp_path / "older.db"), [first.path, second.path]


def test_older_copy_starts_a_new_epoch_and_the_centre_takes_its_new_work(team: Team, tmp_path: Path) -> None:
    old_epoch = team.devices[0].epoch
    laptop, sent = _older_copy_scenario(team, tmp_path)
    assert laptop.rollback is not None
    assert laptop.rollback.old_epoch == old_epoch and laptop.epoch != old_epoch
    assert laptop.rollback.exported_seq > laptop.rollback.database_seq
    assert laptop.rollback.relogged == 0  # the copy is a prefix of what already left

    assert status(laptop)["unsent_changes"] == 0
    work(laptop, "after the copy came back")
    assert status(laptop)["unsent_changes"] == 1  # never a false "nothing unsent"
    third = export_bundle(laptop, tmp_path / "3.majlis")
    assert third is not None and third.epoch == laptop.epoch and third.seq_from == 1

    results = import_files(team.centre, [*sent, third.path], team.identities)
    assert [r.status for r in results] == ["imported", "imported", "imported"], results
    with team.centre.session() as s:
        titles = set(s.scalars(select(Session.title)))
    assert {"day one", "day two", "day three", "after the copy came back"} <= titles


@pytest.mark.parametrize("one_second", [False, True], ids=["as_it_comes", "all_within_one_second"])
def test_without_the_position_outside_the_database_the_centre_refuses(team: Team, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     one_second: bool) -> None:
    """The control: the same story with the outside position lost is the clash of the issue.

    With the centre's clock held in one second, the healed bundle is imported in the same second
    as the clash was noted (a fast machine does that): it must still end the clash's listing.
    """
    if one_second:
        for module in ("desktop.sync.import_apply", "desktop.sync.clash_log"):
            monkeypatch.setattr(f"{module}.utc_now_iso", lambda: "2026-12-07T06:57:03Z")
    laptop = team.devices[0]
    work(laptop, "day one")
    assert export_bundle(laptop, tmp_path / "1.majlis") is not None
    laptop.close()
    copy_file(laptop.path, tmp_path / "older.db")
    laptop = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = laptop
    work(laptop, "day two")
    second = export_bundle(laptop, tmp_path / "2.majlis")
    assert second is not None
    exported_position.position_file(laptop.device_id).unlink()
    laptop = reopen_from_older_copy(team, tmp_path / "older.db")
    assert laptop.rollback is None
    work(laptop, "other work under the same number")
    third = export_bundle(laptop, tmp_path / "3.majlis")
    assert third is not None
    results = import_files(team.centre, [tmp_path / "1.majlis", second.path, third.path], team.identities)
    assert results[2].status == "refused" and results[2].code == "seq_clash"
    assert "copied back from an older copy" in results[2].message

    # The centre names the clash plainly in bundle status: which device, which numbers, what to do.
    code, out = centre_status(team, capsys)
    assert code == 0
    (line,) = [x for x in out.splitlines() if x.startswith("sequence clash:")]
    assert f"field laptop 1 ({laptop.device_id[-8:]})" in line and f"epoch {laptop.epoch}: change 2 " in line
    assert "open it there with this version of Majlis" in line
    code, out = centre_status(team, capsys, "--json")
    (clash,) = json.loads(out)["sequence_clashes"]
    assert (clash["device_id"], clash["first_seq"], clash["last_seq"]) == (laptop.device_id, 2, 2)

    # Once the laptop sends from a new epoch (here after a restore), the clash is no longer listed.
    backup = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    laptop.close()
    backups.restore(backup, laptop.path, PASSPHRASE)
    laptop = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = laptop
    work(laptop, "after the restore")
    fourth = export_bundle(laptop, tmp_path / "4.majlis")
    assert fourth is not None
    assert import_files(team.centre, [fourth.path], team.identities)[0].status == "imported"
    code, out = centre_status(team, capsys)
    assert "sequence clash" not in out


def centre_status(team: Team, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    os.environ["MAJLIS_PASSPHRASE"] = PASSPHRASE
    try:
        code = main(["bundle", "status", "--db", str(team.centre.path), *extra])
    finally:
        del os.environ["MAJLIS_PASSPHRASE"]
    return code, capsys.readouterr().out


def test_diverging_copies_carry_unsent_work_into_the_new_epoch(team: Team, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    work(laptop, "shared start")
    first = export_bundle(laptop, tmp_path / "0.majlis")
    assert first is not None
    laptop.close()
    copy_file(laptop.path, tmp_path / "twin.db")
    laptop = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = laptop
    work(laptop, "live copy")
    live = export_bundle(laptop, tmp_path / "1.majlis")
    assert live is not None
    # The twin is worked on on another computer (which knows nothing of what this one sent):
    # the same sequence number, other content.
    with monkeypatch.context() as m:
        m.setenv("MAJLIS_STATE_DIR", str(tmp_path / "elsewhere"))
        twin = open_store(tmp_path / "twin.db", PASSPHRASE)
        assert twin.rollback is None
        work(twin, "twin work")
        twin.close()
    laptop = reopen_from_older_copy(team, tmp_path / "twin.db")
    assert laptop.rollback is not None
    assert laptop.rollback.relogged == 1  # "twin work" never left: carried into the new epoch
    assert status(laptop)["unsent_changes"] == 1
    out = export_bundle(laptop, tmp_path / "2.majlis")
    assert out is not None and out.epoch == laptop.epoch
    results = import_files(team.centre, [first.path, live.path, out.path], team.identities)
    assert [r.status for r in results] == ["imported", "imported", "imported"], results
    with team.centre.session() as s:
        titles = set(s.scalars(select(Session.title)))
    assert {"shared start", "live copy", "twin work"} <= titles


def test_the_outside_file_holds_ids_numbers_and_hashes_only(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    work(laptop, "عنوان فيه اسم سعاد")
    result = export_bundle(laptop, tmp_path / "1.majlis")
    assert result is not None
    path = exported_position.position_file(laptop.device_id)
    assert path.parent.parent == Path(os.environ["MAJLIS_STATE_DIR"])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"device_id": laptop.device_id,
                    "epochs": {laptop.epoch: {"seq": result.seq_to, "hlc": data["epochs"][laptop.epoch]["hlc"]}},
                    "sent": [result.bundle_hash],  # the bundle's SHA-256: known as its own after a restore
                    # when it was written and its changes: the Sync page's "Last bundle" after a restore
                    "last_export": {"at": data["last_export"]["at"], "from": result.seq_from, "to": result.seq_to}}
    assert data["last_export"]["at"].endswith("Z")
    assert "سعاد" not in path.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o077 == 0


def test_cli_names_the_rollback_in_one_line(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    work(laptop, "day one")
    assert export_bundle(laptop, tmp_path / "1.majlis") is not None
    laptop.close()
    copy_file(laptop.path, tmp_path / "older.db")
    laptop = open_store(laptop.path, PASSPHRASE)
    team.devices[0] = laptop
    work(laptop, "day two")
    assert export_bundle(laptop, tmp_path / "2.majlis") is not None
    laptop.close()  # the fixture's close() later is harmless on a closed store
    for suffix in ("-wal", "-shm"):
        Path(f"{laptop.path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "older.db", laptop.path)
    env = {**os.environ, "MAJLIS_PASSPHRASE": PASSPHRASE}
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "status", "--db", str(laptop.path), "--json"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1 and "older copy" in result.stderr and "new epoch" in result.stderr
    info = json.loads(result.stdout)
    assert info["unsent_changes"] == 0 and info["epoch"] != laptop.epoch
    again = open_store(laptop.path, PASSPHRASE)
    assert again.rollback is None  # healed once, quiet after
    again.close()


def test_a_restore_at_the_centre_starts_a_new_epoch_too(team: Team, tmp_path: Path) -> None:
    """Team updates are numbered within the centre's database epoch (desktop/sync/team.py): a
    restored centre must be in a new epoch, or its next update would reuse a number."""
    centre = team.centre
    work(centre, "before the backup")
    backup = backups.backup(centre.engine, centre.path, PASSPHRASE)
    work(centre, "after the backup")
    old_epoch, path = centre.epoch, centre.path
    centre.close()
    backups.restore(backup, path, PASSPHRASE)
    team.centre = open_store(path, PASSPHRASE)
    assert team.centre.epoch != old_epoch
    with team.centre.session() as s:
        assert set(s.scalars(select(Session.title))) == {"before the backup"}


def test_the_centres_outside_file_keeps_its_update_numbering(team: Team, tmp_path: Path) -> None:
    """The centre keeps the numbering (time stamp) its team updates go by outside its database too, as soon
    as an update is written: a backup made before it was fixed does not hold it (team_update numbers after
    it). Something else in its place in the file is passed over, never a traceback."""
    from desktop.sync.team import export_team_update

    centre = team.centre
    assert export_team_update(centre, tmp_path / "u1.majlis")[0] == 1
    path = exported_position.position_file(centre.device_id)
    data = json.loads(path.read_text(encoding="utf-8"))
    stamp = int(centre.get_state(exported_position.update_epoch_key(centre.epoch)) or 0)
    assert data["team_update_epochs"] == {centre.epoch: stamp} and data["team_updates"] == {centre.epoch: 1}
    assert exported_position.known_update_epoch(centre.device_id) == stamp > 0
    data["team_update_epochs"] = ["not", "a", "mapping"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert exported_position.known_update_epoch(centre.device_id) == 0
    assert export_team_update(centre, tmp_path / "u2.majlis")[0] == 2


def test_an_older_copy_of_the_centre_starts_a_new_epoch_for_its_team_updates(team: Team, tmp_path: Path) -> None:
    """The centre's last team-update number is kept outside its database too (on open and close):
    a copy of an older centre file must not number its next update as one the devices have."""
    from desktop.sync.team import export_team_update

    centre = team.centre
    assert export_team_update(centre, tmp_path / "u1.majlis")[0] == 1
    path = centre.path
    centre.close()
    copy_file(path, tmp_path / "older-centre.db")
    centre = open_store(path, PASSPHRASE)
    team.centre = centre
    export_team_update(centre, tmp_path / "u2.majlis")
    old_epoch = centre.epoch
    centre.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "older-centre.db", path)
    team.centre = open_store(path, PASSPHRASE)
    assert team.centre.rollback is not None and team.centre.rollback.what == "team updates"
    assert (team.centre.rollback.exported_seq, team.centre.rollback.database_seq) == (2, 1)
    assert team.centre.epoch != old_epoch
    team.centre.close()
    team.centre = open_store(path, PASSPHRASE)
    assert team.centre.rollback is None  # healed once


def test_a_restored_centre_is_not_taken_for_an_older_copy_after_its_next_team_update(
    team: Team, tmp_path: Path
) -> None:
    """After a restore (a new epoch) the centre's stored update number still belongs to the old
    epoch's updates; it must not be remembered as sent in the new epoch, or the first update of the
    new epoch (number 1) makes the next open report an older copy and start yet another epoch."""
    from desktop.sync.team import export_team_update

    centre = team.centre
    export_team_update(centre, tmp_path / "u1.majlis")
    export_team_update(centre, tmp_path / "u2.majlis")
    backup = backups.backup(centre.engine, centre.path, PASSPHRASE)
    path = centre.path
    centre.close()
    backups.restore(backup, path, PASSPHRASE)
    restored = open_store(path, PASSPHRASE)
    team.centre = restored
    assert export_team_update(restored, tmp_path / "u3.majlis")[0] == 1
    epoch = restored.epoch
    restored.close()
    team.centre = open_store(path, PASSPHRASE)
    assert team.centre.rollback is None
    assert team.centre.epoch == epoch
    assert export_team_update(team.centre, tmp_path / "u4.majlis")[0] == 2
