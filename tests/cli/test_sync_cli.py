"""majlis-cli team/bundle/conflicts commands as a coordinator scripts them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.mark.slow  # a whole team, end to end, through majlis-cli: .ci/test runs it
def test_team_bundle_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    c, f = tmp_path / "c.db", tmp_path / "f.db"
    team_file, key = tmp_path / "t.majlis-team", tmp_path / "t.key"
    assert run(capsys, "init", "--db", c, "--device-name", "centre")[0] == 0
    code, out, _ = run(capsys, "team", "create", "--db", c, "--name", "Cohort", "--team-file", team_file,
                       "--identity-file", key)
    assert code == 0 and "central key fingerprint" in out
    assert run(capsys, "init", "--db", f, "--device-name", "field laptop 3")[0] == 0
    assert run(capsys, "team", "join", "--db", f, "--team-file", team_file)[0] == 0
    assert run(capsys, "demo", "--db", f, "--sessions", "2", "--seed", "3")[0] == 0
    outdir = tmp_path / "out"
    outdir.mkdir()
    code, out, _ = run(capsys, "bundle", "export", "--db", f, "--out", outdir)
    assert code == 0 and "bundle written" in out
    code, out, _ = run(capsys, "bundle", "export", "--db", f, "--out", outdir)
    assert code == 0 and "nothing to export" in out
    (bundle,) = outdir.glob("*.majlis")
    # a field laptop merges no bundle (it was "no team key": none is kept there, and with one given it merged);
    # its own, given back to it, is said as its own (nothing wrong: exit 0), any other refused
    code, out, err = run(capsys, "bundle", "import", "--db", f, bundle)
    assert code == 0 and err == "" and out.startswith(f"skipped {bundle}: sent from this laptop"), (out, err)
    other = tmp_path / "altered.majlis"
    other.write_bytes(bundle.read_bytes()[:-1] + bytes([bundle.read_bytes()[-1] ^ 1]))
    code, _, err = run(capsys, "bundle", "import", "--db", f, other)
    assert code == 1 and "[not_merged_here]" in err
    # a device not on the roster: held, not imported; approving it applies what it sent
    code, _, err = run(capsys, "bundle", "import", "--db", c, "--identity-file", key, bundle)
    assert code == 1 and err.startswith("held ")
    code, out, _ = run(capsys, "device", "pending", "--db", c, "--json")
    (waiting,) = json.loads(out)
    assert run(capsys, "device", "reject", "--db", c, str(waiting["id"]))[0] == 0
    info = json.loads(run(capsys, "status", "--db", f, "--json")[1])
    code, out, _ = run(capsys, "device", "register", "--db", c, "--id", info["device_id"], "--key",
                       info["device_public_key"], "--name", "Basra laptop 3")
    assert code == 0 and info["device_key_fingerprint"] in out
    junk = tmp_path / "junk.majlis"
    junk.write_bytes(b"not a bundle")
    code, out, err = run(capsys, "bundle", "import", "--db", c, "--identity-file", key, bundle, junk)
    assert code == 1
    assert err.count("refused") == 1 and "[not_a_bundle]" in err
    monkeypatch.setenv("MAJLIS_IDENTITY_FILE", str(key))
    code, out, _ = run(capsys, "bundle", "import", "--db", c, bundle)
    assert code == 0 and "already present" in out
    code, out, _ = run(capsys, "bundle", "status", "--db", c, "--json")
    info = json.loads(out)
    assert code == 0 and info["gaps"] == [] and len(info["devices"]) == 2
    code, out, _ = run(capsys, "conflicts", "list", "--db", c)
    assert code == 0 and "no open conflicts" in out
    update = tmp_path / "u.majlis"
    assert run(capsys, "team", "update", "export", "--db", c, "--out", update)[0] == 0
    assert run(capsys, "team", "update", "import", "--db", f, update)[0] == 0
    code, _, err = run(capsys, "team", "update", "import", "--db", f, update)
    assert code == 1 and "[stale_update]" in err


def test_team_create_that_cannot_write_its_team_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A full disk or a read-only stick for the team file: one line, exit 4, and the database is
    not left a centre without a team file (a second try would be refused as 'already a team')."""
    from tests.readonly_folder import read_only

    c = tmp_path / "c.db"
    assert run(capsys, "init", "--db", c, "--device-name", "centre")[0] == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    key = tmp_path / "t.key"
    with read_only(stick):
        code, out, err = run(capsys, "team", "create", "--db", c, "--name", "Cohort",
                             "--team-file", stick / "t.majlis-team", "--identity-file", key)
    assert code == 4 and err.count("\n") == 1 and "Traceback" not in err, err
    assert not key.exists()  # the identity file written first is taken back
    assert list(stick.iterdir()) == []
    info = json.loads(run(capsys, "status", "--db", c, "--json")[1])
    assert info["team"] in (None, "")
    code, out, err = run(capsys, "team", "create", "--db", c, "--name", "Cohort",
                         "--team-file", tmp_path / "t.majlis-team", "--identity-file", key)
    assert code == 0, err
    assert (tmp_path / "t.majlis-team").exists() and key.exists()


def test_team_create_refuses_an_existing_identity_file_with_the_exists_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: exit 3 for "already exists". The key file there may be another team's only copy."""
    from tests.stores import fresh_store

    c = tmp_path / "c.db"
    fresh_store(c, PASSPHRASE, "centre").close()
    key = tmp_path / "t.key"
    key.write_text("AGE-SECRET-KEY-1 another team's key\n")
    code, out, err = run(capsys, "team", "create", "--db", c, "--name", "Cohort",
                         "--team-file", tmp_path / "t.majlis-team", "--identity-file", key)
    assert code == 3, (code, out, err)
    assert out == "" and err.count("\n") == 1 and str(key) in err and "never overwritten" in err
    assert key.read_text() == "AGE-SECRET-KEY-1 another team's key\n"
    assert not (tmp_path / "t.majlis-team").exists()
    info = json.loads(run(capsys, "status", "--db", c, "--json")[1])
    assert info["team"] in (None, "")


def test_bundle_status_says_null_for_a_device_not_seen_yet_and_when_each_was_first_seen(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Found walking the README: a pre-registered laptop showed `"first_seen": ""` in bundle status,
    # before and after its bundles arrived, and so did the centre itself.
    from desktop.core.models import Participant
    from tests.sync_helpers import make_team

    made = make_team(tmp_path, devices=2)  # both laptops pre-registered, as at hand-over
    with made.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG01-P01", occupation="teacher"))
    made.close()
    centre, laptop = tmp_path / "centre.db", tmp_path / "field0.db"

    def seen() -> dict[str, object]:
        code, out, err = run(capsys, "bundle", "status", "--db", centre, "--json")
        assert code == 0, err
        return {d["name"]: d["first_seen"] for d in json.loads(out)["devices"]}

    before = seen()
    assert before["field laptop 1"] is None and before["field laptop 2"] is None
    assert isinstance(before["centre"], str) and before["centre"].endswith("Z")
    bundle = tmp_path / "b.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 0
    after = seen()
    first = after["field laptop 1"]
    assert isinstance(first, str) and len(first) == 20 and first.endswith("Z") and first >= before["centre"]
    assert after["field laptop 2"] is None and after["centre"] == before["centre"]
    code, out, _ = run(capsys, "bundle", "status", "--db", centre)
    assert code == 0 and "field laptop 2 (" in out and "nothing received" in out
