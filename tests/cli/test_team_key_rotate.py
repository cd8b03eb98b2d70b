"""``majlis-cli team key rotate``: a team key file lost on a USB stick no longer opens the bundles the
laptops send once they apply the next team update. The centre makes a new key (the old ones kept: the
bundles sent before still import), says to publish a team update and to export the key again for a second
coordinator; a laptop or a database in no team is refused in one line, nothing changed; ``team key
export`` then says the file holds every key; ``team update import`` says the new key arrived. Real
SQLCipher stores, a real team, the real command line and age encryption."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from desktop.core.db import open_store
from desktop.sync import keys
from desktop.sync.team import team_identities
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import make_team, session_bundle

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_rotate_then_update_then_only_the_new_key_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    lost = team_identities(team.centre)
    team.close()
    centre, laptop = tmp_path / "centre.db", tmp_path / "field0.db"

    code, out, err = run(capsys, "team", "key", "rotate", "--db", centre)
    assert (code, err) == (0, ""), (code, out, err)
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("new team key made: the team's bundles are encrypted to age1"), out
    assert "2 team keys kept in the database" in lines[0], out
    assert lines[1].startswith("publish a team update now (majlis-cli team update export)"), out
    assert "a second coordinator needs the team key exported again" in lines[1], out

    code, out, err = run(capsys, "team", "update", "export", "--db", centre, "--out", tmp_path / "u1.majlis")
    assert code == 0, err
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, tmp_path / "u1.majlis")
    assert code == 0, err
    assert "the centre made a new team key: this laptop's next bundles are encrypted to it" in out.splitlines(), out

    opened = open_store(laptop, PASSPHRASE)
    try:
        bundle = session_bundle(opened, tmp_path / "after.majlis", "After the new key")
    finally:
        opened.close()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(bundle.read_bytes(), lost)
    code, out, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 0, (out, err)

    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "a long passphrase for the key file")
    code, out, err = run(capsys, "team", "key", "export", "--db", centre, "--out", tmp_path / "key.age", "--plaintext")
    assert code == 0, err
    assert out.splitlines()[1] == ("the file holds all 2 team keys: the one in use and those made before it (team key "
                                   "rotate), which open the bundles sent before"), out
    assert len(keys.load_identity_file(tmp_path / "key.age")) == 2


def test_a_laptop_and_a_database_in_no_team_are_refused_in_one_line(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=1).close()
    alone = tmp_path / "alone.db"
    fresh_store(alone, PASSPHRASE, "alone").close()
    for db, code_word in ((tmp_path / "field0.db", "[not_centre]"), (alone, "[not_enrolled]")):
        before = db.read_bytes()
        code, out, err = run(capsys, "team", "key", "rotate", "--db", db)
        assert (code, out) == (1, ""), (db, code, out, err)
        assert err.count("\n") == 1 and err.startswith(f"majlis-cli: {code_word} "), err
        assert err.rstrip().endswith("nothing was changed"), err
        assert db.read_bytes() == before
