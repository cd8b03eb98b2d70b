"""A command given two passphrase files (the database's and the key file's for ``bundle import``,
the old and the new for ``passwd``) said of an unusable one only ``the passphrase file is empty`` (or
``… is a folder``, ``… is not UTF-8 or UTF-16 text``): which of the two, the coordinator had to guess.
The line now names the file. Real SQLCipher stores, a real passphrase-protected age key file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync.keys import write_protected_identity_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def test_the_unusable_passphrase_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MAJLIS_PASSPHRASE", "MAJLIS_KEY_PASSPHRASE", "MAJLIS_NEW_PASSPHRASE", "MAJLIS_IDENTITY_FILE"):
        monkeypatch.delenv(name, raising=False)
    team = make_team(tmp_path, devices=0)
    key = tmp_path / "second coordinator.key"
    write_protected_identity_file(key, team.identities, "key passphrase")
    centre = team.centre.path
    team.close()
    good = tmp_path / "database passphrase.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    empty = tmp_path / "key passphrase.txt"
    empty.write_bytes(b"")
    cp1256 = tmp_path / "new passphrase.txt"
    cp1256.write_bytes("كلمة السر".encode("cp1256"))
    folder = tmp_path / "a folder"
    folder.mkdir()
    cases = [
        (("bundle", "import", "--db", centre, "--passphrase-file", good, "--identity-file", key,
          "--key-passphrase-file", empty, tmp_path), empty, "is empty"),
        (("passwd", "--db", centre, "--passphrase-file", good, "--new-passphrase-file", cp1256), cp1256,
         "is not UTF-8 or UTF-16 text"),
        (("status", "--db", centre, "--passphrase-file", folder), folder, "is a folder"),
    ]
    before = centre.read_bytes()
    for argv, bad, words in cases:
        code, out, err = run(capsys, *argv)
        assert code in (1, 3) and out == "", (argv, code, out, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert f"the passphrase file {bad} {words}" in err, (argv, err)
    assert centre.read_bytes() == before
