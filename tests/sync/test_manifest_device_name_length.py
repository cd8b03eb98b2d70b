"""A bundle's manifest names its device; the centre's roster keeps a name of at most 200 characters
(the device table's column) and shows it on the Sync page. A name past that had no check: a bundle
from a device with no label at the centre, or held from an unknown one, put the whole of it on the
roster. The label at the centre is the centre's own: a bad name refuses the bundle in one line
(long_device_name, a malformed bundle's refusal of its own, no name in it), nothing written, and the next file is imported."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.local_tables import Device
from desktop.sync.errors import MalformedBundleError
from desktop.sync.manifest import Manifest, parse_manifest
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, file_digest, forge, laptop_key, participant_data

LIMIT = Device.__table__.c.name.type.length  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    made = make_team(tmp_path_factory.mktemp("team"), devices=1)
    made.centre.close()
    yield made
    made.close()


def _bundle(team: Team, tmp: Path, seq: int, name: str) -> Path:
    laptop = team.devices[0]
    rec = change("participant", "insert", participant_data(code=f"BSR-FG01-P{seq:02d}"),
                 device=laptop.device_id, seq=seq)
    return forge(team, [rec], device_id=laptop.device_id, key=laptop_key(laptop), name=name,
                 out=tmp / f"b{seq}.majlis", store=laptop)


def test_a_device_name_past_the_roster_column_refuses_the_bundle(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    long_name = "Basra laptop " + "ب" * 10_000
    bad, good = _bundle(team, tmp_path, 1, long_name), _bundle(team, tmp_path, 2, "ب" * LIMIT)
    before = file_digest(team.centre.path)
    assert main(["bundle", "import", "--db", str(team.centre.path), "--identity-file", str(team.identity_file),
                 str(bad)]) == 1
    out, err = capsys.readouterr()
    assert file_digest(team.centre.path) == before
    # Its own refusal (session 36: was the general [malformed], "not laid out as a bundle" in ar/ckb).
    assert len(err.strip().splitlines()) == 1 and "[long_device_name]" in err, err
    assert "Traceback" not in out + err and "Basra laptop" not in out + err
    # The same device with a name that fits: imported.
    assert main(["bundle", "import", "--db", str(team.centre.path), "--identity-file", str(team.identity_file),
                 str(good)]) == 0
    assert f"imported {good}" in capsys.readouterr().out


def test_the_manifest_check_counts_characters() -> None:
    manifest = Manifest(kind="changes", schema_revision="0009", app_version="0.1.0", team_id="t", device_id="d",
                        device_name="x" * (LIMIT + 1), device_public_key="k", epoch=1, recipients=(),
                        seq_from=1, seq_to=1, prev_bundle_hash=None, created="2026-01-01T00:00:00Z",
                        change_count=0, attachment_count=0, members={}, format_version=1)
    with pytest.raises(MalformedBundleError):
        parse_manifest(manifest.to_json_bytes())
    fits = dataclasses.replace(manifest, device_name="x" * LIMIT)
    assert parse_manifest(fits.to_json_bytes()).device_name == "x" * LIMIT
