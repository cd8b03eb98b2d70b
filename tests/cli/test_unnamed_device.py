"""A device the centre has no label for is named by its id, as `device approve` names it (`device
1a2b3c4d (no name yet, fingerprint …)`): `device list`, `device pending`, `bundle status` and the
held line of `bundle import` printed `- (1a2b3c4d)`, a dash a coordinator cannot read out or search.

A device has no label when it was registered without --name and has sent nothing yet, or when its
laptop sent none (a database made with an empty device name)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import clash_log, keys
from desktop.sync.devices import preregister
from desktop.sync.errors import SeqClashError
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team
from tests.trust_helpers import laptop_key

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _laptop(tmp_path: Path, team_file: Path, name: str, *, bundle: bool) -> tuple[str, str, Path | None]:
    """(device id, public key, its first bundle) of a laptop that joined the team."""
    store = fresh_store(tmp_path / f"{name or 'unnamed'}.db", PASSPHRASE, name)
    try:
        join_team(store, team_file)
        made = None
        if bundle:
            with store.transaction() as s:
                s.add(Participant(code="NIN-FG01-P01"))
            made = export_bundle(store, tmp_path / "out.majlis")
            assert made is not None
        return store.device_id, keys.public_key_b64(laptop_key(store)), made.path if made else None
    finally:
        store.close()


def test_a_device_without_a_name_is_named_by_its_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=0)
    team.close()
    centre = tmp_path / "centre.db"
    registered, key, _ = _laptop(tmp_path, team.team_file, "Basra laptop 2", bundle=False)
    code, _, err = run(capsys, "device", "register", "--db", centre, "--id", registered, "--key", key)
    assert code == 0, err
    stranger, stranger_key, bundle = _laptop(tmp_path, team.team_file, "", bundle=True)
    assert bundle is not None

    code, _, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 1 and f"device {stranger[-8:]} (no name yet) is not on the roster;" in err, err
    (waiting,) = json.loads(run(capsys, "device", "pending", "--db", centre, "--json")[1])
    assert waiting["name"] == ""  # JSON as it was: the name sent, empty
    out = run(capsys, "device", "pending", "--db", centre)[1]
    assert out.startswith(f"{waiting['id']}\t{stranger[-8:]} (no name yet)\tfingerprint "
                          f"{keys.key_fingerprint(stranger_key)}\t"), out

    out = run(capsys, "device", "list", "--db", centre)[1]
    assert f"{registered[-8:]} (no name yet)\tfield\tfingerprint {keys.key_fingerprint(key)}\n" in out, out
    assert "\n- (" not in out and not out.startswith("- ("), out
    (entry,) = [e for e in json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])
                if e["device_id"] == registered]
    assert entry["name"] == ""
    out = run(capsys, "bundle", "status", "--db", centre)[1]
    assert f"{registered[-8:]} (no name yet): nothing received\n" in out, out


# --- One label everywhere (desktop/core/device_label.py) --------------------------------------------
# The same device was named three ways: `1a2b3c4d (no name yet)` in `device list`, `- (1a2b3c4d)`
# in a sequence clash line and in the recorded-on column of `participants list`, a bare `1a2b3c4d`
# in the imported line of `bundle import`, and an empty `device_name:` in `status`.


def test_the_imported_line_names_a_device_without_a_name_by_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=0)
    team.close()
    centre = tmp_path / "centre.db"
    laptop, key, bundle = _laptop(tmp_path, team.team_file, "", bundle=True)
    assert bundle is not None
    code, _, err = run(capsys, "device", "register", "--db", centre, "--id", laptop, "--key", key)
    assert code == 0, err
    code, out, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 0, err
    assert out.startswith(f"imported {bundle}: device {laptop[-8:]} (no name yet), changes 1\u2013"), out


def test_a_sequence_clash_of_a_device_without_a_name_is_named_by_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=0)
    laptop = new_id()
    preregister(team.centre, laptop, keys.public_key_b64(Ed25519PrivateKey.generate()), "")
    clash_log.record(team.centre, SeqClashError(device_id=laptop, epoch="0f11475c", first_seq=5, last_seq=5))
    team.close()
    out = run(capsys, "bundle", "status", "--db", tmp_path / "centre.db")[1]
    (line,) = [x for x in out.splitlines() if x.startswith("sequence clash:")]
    assert line.startswith(f"sequence clash: {laptop[-8:]} (no name yet), epoch 0f11475c: change 5 "), line
    (clash,) = json.loads(run(capsys, "bundle", "status", "--db", tmp_path / "centre.db", "--json")[1])[
        "sequence_clashes"]
    assert clash["device_name"] == ""  # JSON: the name, empty


def test_a_sequence_clash_names_the_device_as_device_list_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The clash line dropped what `str.isprintable` refuses: an escape sequence's ESC went but its
    `[2J` stayed with no mark that something was there, and a Kurdish name lost its zero-width
    non-joiner (spelling). It now names the device as `device list` does."""
    team = make_team(tmp_path, devices=0)
    laptop = new_id()
    name = "Basra\x1b[2J laptop\u202e 2 \u06a9\u0648\u0631\u062f\u06cc\u200c\u06cc"
    preregister(team.centre, laptop, keys.public_key_b64(Ed25519PrivateKey.generate()), name)
    clash_log.record(team.centre, SeqClashError(device_id=laptop, epoch="0f11475c", first_seq=5, last_seq=6))
    team.close()
    centre = tmp_path / "centre.db"
    label = "Basra\ufffd[2J laptop\ufffd 2 \u06a9\u0648\u0631\u062f\u06cc\u200c\u06cc" + f" ({laptop[-8:]})"
    assert f"\n{label}\tfield\t" in run(capsys, "device", "list", "--db", centre)[1]
    out = run(capsys, "bundle", "status", "--db", centre)[1]
    (line,) = [x for x in out.splitlines() if x.startswith("sequence clash:")]
    assert line.startswith(f"sequence clash: {label}, epoch 0f11475c: changes 5\u20136 "), line
    assert "\x1b" not in out and "\u202e" not in out


def test_status_of_a_database_made_without_a_device_name_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "unnamed.db"
    code, _, err = run(capsys, "init", "--db", db, "--device-name", "")
    assert code == 0, err
    out = run(capsys, "status", "--db", db)[1]
    assert "\ndevice_name: (no name yet)\n" in out, out
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["device_name"] == ""


def test_the_recorded_on_column_names_a_device_without_a_name_by_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = fresh_store(tmp_path / "unnamed.db", PASSPHRASE, "")
    try:
        with store.transaction() as s:
            s.add_all([Participant(code="NIN-FG01-P01"), Participant(code="NIN-FG01-P01")])
        device = store.device_id
    finally:
        store.close()
    label = f"{device[-8:]} (no name yet)"
    people = json.loads(run(capsys, "participants", "list", "--db", tmp_path / "unnamed.db", "--json")[1])
    assert [p["device"] for p in people] == [label, label]
    out = run(capsys, "participants", "duplicates", "--db", tmp_path / "unnamed.db")[1]
    assert out.count(f"\t{label}\n") == 2 and "- (" not in out, out


def test_a_gap_of_a_device_without_a_name_is_named_by_its_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`bundle status` named a gap by the bare id (`1a2b3c4d: change 2 missing`) under the device's
    line `1a2b3c4d (no name yet): …`, and a named one without its id."""
    team = make_team(tmp_path, devices=0)
    store = fresh_store(tmp_path / "unnamed.db", PASSPHRASE, "")
    try:
        join_team(store, team.team_file)
        preregister(team.centre, store.device_id, keys.public_key_b64(laptop_key(store)), "")
        sent = []
        for n in (1, 2, 3):
            with store.transaction() as s:
                s.add(Participant(code=f"NIN-FG01-P0{n}"))
            made = export_bundle(store, tmp_path / f"{n}.majlis")
            assert made is not None
            sent.append(made.path)
        laptop = store.device_id
    finally:
        store.close()
    team.close()
    code, _, err = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", sent[0], sent[2])
    assert code == 0, err
    out = run(capsys, "bundle", "status", "--db", tmp_path / "centre.db")[1]
    assert f"{laptop[-8:]} (no name yet): change 2 missing" in out, out
