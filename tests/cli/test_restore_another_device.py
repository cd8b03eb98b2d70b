"""``majlis-cli restore --db centre.db --from basra.db`` (a field laptop's database the coordinator
keeps beside the centre's, picked instead of a backup: same passphrase) put the laptop in the
centre's place with exit 0 (``restored centre.db from basra.db``): the centre's central key, roster
and every bundle merged were in the kept copy only, and the centre's erasures and consent records
were carried into the laptop's database, to be sent on as the laptop's own. A backup is this
database as it was: the same device. Another device's database is now refused (one line, exit 1,
both files as they were, no new epoch, no copy kept); restoring it to a path that is not there yet
(a laptop's backup onto a new computer) still works, and so does going back to the copy an earlier
restore kept in the database's own backups folder. Real SQLCipher stores, the real command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.models import Participant
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("cli_env")


def status(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    code, out, err = run(capsys, "status", "--db", db, "--json")
    assert code == 0, err
    return dict(json.loads(out))


def test_another_devices_database_is_not_restored_over_this_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    centre, laptop = team.centre.path, team.devices[0].path
    team.close()
    centre_status, laptop_status = status(capsys, centre), status(capsys, laptop)
    listing = sorted(tmp_path.iterdir())
    before = {centre: centre.read_bytes(), laptop: laptop.read_bytes()}
    kept_laptop = tmp_path / "elsewhere" / "basra copy.db"  # a copy of the laptop's, under any name
    kept_laptop.parent.mkdir()
    shutil.copyfile(laptop, kept_laptop)
    for source in (laptop, kept_laptop):
        code, out, err = run(capsys, "restore", "--db", centre, "--from", source)
        assert code == 1 and out == "", (code, out, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert f"{source} is the database of another device" in err and "nothing was changed" in err, err
        # Both devices named as everywhere else (device list, bundle status): NAME (1a2b3c4d).
        assert (f" is the database of another device ({laptop_status['device_name']} "
                f"({str(laptop_status['device_id'])[-8:]})), not a backup of {centre} "
                f"({centre_status['device_name']} ({str(centre_status['device_id'])[-8:]})); ") in err, err
    assert {path: path.read_bytes() for path in before} == before
    assert sorted(tmp_path.iterdir()) == sorted([*listing, kept_laptop.parent])  # no companion, no backups folder
    assert sorted(kept_laptop.parent.iterdir()) == [kept_laptop]
    assert status(capsys, centre)["epoch"] == centre_status["epoch"]  # no new epoch

    # Onto a new computer: a path that is not there yet.
    new = tmp_path / "new computer.db"
    code, out, err = run(capsys, "restore", "--db", new, "--from", kept_laptop)
    assert code == 0, err
    assert status(capsys, new)["device_id"] == laptop_status["device_id"]

    # A copy in the database's own backups folder is one of its backups, whoever it is: going back
    # from a restore made (before this check) with another device's database still works.
    own = backups.backup_dir(centre)
    own.mkdir()
    shutil.copyfile(kept_laptop, own / "majlis-20261201-120000-000000-before-restore.db")
    code, out, err = run(capsys, "restore", "--db", centre, "--from", own / "majlis-20261201-120000-000000-before-restore.db")
    assert code == 0, err
    assert status(capsys, centre)["device_id"] == laptop_status["device_id"]
    (back,) = [p for p in backups.list_backups(centre) if p.name.endswith("-before-restore.db")
               and p.name != "majlis-20261201-120000-000000-before-restore.db"]
    code, out, err = run(capsys, "restore", "--db", centre, "--from", back)
    assert code == 0, err
    assert status(capsys, centre)["device_id"] == centre_status["device_id"]


def test_the_refusal_names_a_kurdish_device_as_it_is_spelt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The other device's name is the laptop's own text: a bidirectional override in it is replaced,
    as everywhere a device is named, but the ZWNJ of a Kurdish name is spelling and stays (the first
    version of this refusal replaced every format character, ZWNJ included, with �)."""
    spelt = "لاپتۆپی هەولێر\u200c ٢"
    centre = tmp_path / "centre.db"
    fresh_store(centre, PASSPHRASE, "centre desk").close()
    laptop = tmp_path / "laptop.db"
    fresh_store(laptop, PASSPHRASE, spelt + "\u202e").close()
    code, out, err = run(capsys, "restore", "--db", centre, "--from", laptop)
    assert code == 1 and out == "", (code, err)
    assert f"({spelt}\ufffd (" in err and "\u202e" not in err, err
    assert "(centre desk (" in err, err


def test_the_refusal_names_a_device_without_a_name_by_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A laptop registered without a name is `1a2b3c4d (no name yet)`, as `device list` and `bundle
    status` name it (the refusal said `no name, 1a2b3c4d`, its own way); the end of the id, not its
    start (ids are time-ordered: laptops made the same week share their first characters)."""
    centre = tmp_path / "centre.db"
    fresh_store(centre, PASSPHRASE, "").close()
    laptop = tmp_path / "laptop.db"
    fresh_store(laptop, PASSPHRASE, "Basra laptop 2").close()
    ids = {db: str(status(capsys, db)["device_id"]) for db in (centre, laptop)}
    code, out, err = run(capsys, "restore", "--db", centre, "--from", laptop)
    assert code == 1 and out == "", (code, err)
    assert (f"{laptop} is the database of another device (Basra laptop 2 ({ids[laptop][-8:]})), not a backup "
            f"of {centre} ({ids[centre][-8:]} (no name yet)); nothing was changed") in err, err
    code, out, err = run(capsys, "restore", "--db", laptop, "--from", centre)
    assert code == 1 and out == "", (code, err)
    assert (f"is the database of another device ({ids[centre][-8:]} (no name yet)), not a backup of {laptop} "
            f"(Basra laptop 2 ({ids[laptop][-8:]})); ") in err, err
