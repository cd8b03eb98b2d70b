"""Names given on the command line (``team create --name``, ``init``/``demo --device-name``, ``device
register``/``approve --name``) kept as the app's fields keep them: on one line, the invisible marks that
only steer display dropped (a name pasted as bidi marks only is no name: ``team create`` refuses it, as
the first-run wizard does, and a device's is the "no name yet" of ``--device-name ""``), and at most 200
characters (Team.name, Device.name): a pasted page is a usage error (exit 64), nothing written. They were
stored as given: a team whose name is blank on every screen, a device named with marks, a page kept
whole in a 200-character column. Real SQLCipher stores, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.ids import new_id
from desktop.sync import keys
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

MARKS = "\u200f\u200c \u200e"
PAGE = "مختبر " + "ب" * 100_000


def test_a_team_name_of_marks_only_or_a_page_long_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre desk").close()
    before = db.read_bytes()
    code, out, err = run(capsys, "team", "create", "--db", db, "--name", MARKS, "--team-file", tmp_path / "t.team")
    assert (code, out) == (64, "") and "a team needs a name" in err and err.count("\n") == 1, (code, out, err)
    code, out, err = run(capsys, "team", "create", "--db", db, "--name", PAGE, "--team-file", tmp_path / "t.team")
    assert (code, out) == (64, "") and err.count("\n") == 1, (code, out, err)
    assert "a team's name is at most 200 characters, not 100006; nothing was changed" in err
    assert not (tmp_path / "t.team").exists() and db.read_bytes() == before
    code, _, err = run(capsys, "team", "create", "--db", db, "--name", f"{MARKS}شبكة تموز{MARKS}",
                       "--team-file", tmp_path / "t.team")
    assert code == 0, err
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["team"] == "شبكة تموز"


def test_a_device_name_of_marks_only_is_no_name_and_a_page_is_refused(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "init", "--db", tmp_path / "long.db", "--device-name", PAGE)
    assert (code, out) == (64, "") and "a name is at most 200 characters" in err and err.count("\n") == 1, err
    assert not (tmp_path / "long.db").exists()
    code, _, err = run(capsys, "init", "--db", tmp_path / "marks.db", "--device-name", MARKS)
    assert code == 0, err
    (me,) = json.loads(run(capsys, "device", "list", "--db", tmp_path / "marks.db", "--json")[1])
    assert me["name"] == ""  # no name yet, as --device-name "" gives
    code, _, err = run(capsys, "init", "--db", tmp_path / "named.db", "--device-name", f"{MARKS}Basra laptop 2 ")
    assert code == 0, err
    (me,) = json.loads(run(capsys, "device", "list", "--db", tmp_path / "named.db", "--json")[1])
    assert me["name"] == "Basra laptop 2"


def test_a_label_given_at_register_is_kept_as_the_dialog_keeps_it(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=0).close()
    centre = tmp_path / "centre.db"
    device, key = new_id(), keys.public_key_b64(Ed25519PrivateKey.generate())
    code, out, err = run(capsys, "device", "register", "--db", centre, "--id", device, "--key", key, "--name", PAGE)
    assert (code, out) == (64, "") and "a name is at most 200 characters" in err, err
    code, _, err = run(capsys, "device", "register", "--db", centre, "--id", device, "--key", key,
                       "--name", f"{MARKS}laptop B{MARKS}")
    assert code == 0, err
    listed = {d["device_id"]: d for d in json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])}
    assert listed[device]["name"] == "laptop B"
