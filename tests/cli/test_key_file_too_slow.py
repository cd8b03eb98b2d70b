"""A protected team key file whose scrypt work factor is more than this computer can do in about 16
seconds now: age (rage) refuses before it tries the passphrase, and Majlis said "The key file cannot be
opened with this passphrase." (exit 2), sending the second coordinator hunting for another passphrase
when theirs was right. It happens when the file was protected on a much faster computer, or when this one
is very busy (seen under load in a test). It is now said as what it is, in one line, exit 1, the database
unchanged. The file is a real protected key file from `team key export`, its header's work factor raised
(rage checks the factor before the header's MAC, as a much faster computer's file would be refused)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.sync import keys
from desktop.sync.errors import KeyFileTooSlowError, WrongKeyPassphraseError
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

SECRET = "second coordinator's key 7"


def harder(sealed: bytes, log_n: int = 30) -> bytes:
    """The same file with the scrypt work factor of its header set to ``log_n``."""
    found = re.search(rb"-> scrypt \S+ (\d+)\n", sealed)
    assert found is not None, "not an age passphrase file"
    return sealed[:found.start(1)] + str(log_n).encode() + sealed[found.end(1):]


def test_a_key_file_too_hard_for_this_computer_is_not_a_wrong_passphrase(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=0)
    try:
        key = keys.write_protected_identity_file(tmp_path / "team.age", team.identities, SECRET)
    finally:
        team.close()
    sealed = key.read_bytes()
    assert keys.open_protected_identities(sealed, SECRET)  # the file itself opens
    with pytest.raises(KeyFileTooSlowError):
        keys.open_protected_identities(harder(sealed), SECRET)
    with pytest.raises(KeyFileTooSlowError):  # the passphrase is never tried: a wrong one is the same
        keys.open_protected_identities(harder(sealed), "not this one")
    with pytest.raises(WrongKeyPassphraseError) as wrong:  # a feasible file and a wrong passphrase: as before
        keys.open_protected_identities(sealed, "not this one")
    assert not isinstance(wrong.value, KeyFileTooSlowError)


def test_bundle_import_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_IDENTITY_FILE", raising=False)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", SECRET)
    team = make_team(tmp_path, devices=0)
    try:
        key = keys.write_protected_identity_file(tmp_path / "team.age", team.identities, SECRET)
        centre = team.centre.path
    finally:
        team.close()
    key.write_bytes(harder(key.read_bytes()))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    before = centre.read_bytes()

    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key, inbox)
    assert (code, out, err.count("\n")) == (1, "", 1), (code, out, err)
    assert "[key_file_too_slow]" in err and "passphrase was not checked" in err, err
    assert "cannot be opened with this passphrase" not in err and SECRET not in err, err
    assert centre.read_bytes() == before
