"""A device the centre has no label for is named by its id, as `device approve` names it (`device
1a2b3c4d (no name yet, fingerprint …)`): `device list`, `device pending`, `bundle status` and the
held line of `bundle import` printed `- (1a2b3c4d)`, a dash a coordinator cannot read out or search.

A device has no label when it was registered without --name and has sent nothing yet, or when its
laptop sent none (a database made with an empty device name)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.sync import keys
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
