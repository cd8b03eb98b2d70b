"""A passphrase-protected file given as the team key that the passphrase opens but that holds no age
identity (another text or document age-encrypted with a passphrase, `age -p`) was reported as a
wrong passphrase (exit 2; for a document, "The key file cannot be opened with this passphrase."),
sending the coordinator to try passphrases they had right. It is now said as what it is, a file that
holds no key, in one line, exit 1, as a plain file that is not an identity file is (README, bundle
import). A passphrase that does not open the file stays exit 2. Real age files, real SQLCipher stores."""

from __future__ import annotations

from pathlib import Path

import pyrage.passphrase
import pytest

from desktop.sync.keys import write_protected_identity_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team

SECRET = "key passphrase"
CONTENTS = {
    "notes.txt.age": b"minutes of the meeting in Basra\nnothing secret here\n",
    "محضر.txt.age": "محضر اجتماع البصرة\n".encode(),
    "empty.age": b"",
    "report.pdf.age": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
}


@pytest.mark.parametrize("name", sorted(CONTENTS))
def test_a_protected_file_without_a_key_is_not_a_wrong_passphrase(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv("MAJLIS_IDENTITY_FILE", raising=False)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team = make_team(tmp_path, devices=0)
    centre = team.centre.path
    team.close()
    secret = tmp_path / "key passphrase.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    other = tmp_path / name
    other.write_bytes(pyrage.passphrase.encrypt(CONTENTS[name], SECRET))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    before = centre.read_bytes()

    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", other,
                         "--key-passphrase-file", secret, inbox)
    assert (code, out, err.count("\n")) == (1, "", 1), (code, out, err)
    assert "[bad_key_file]" in err and str(other) in err and "holds no" in err, err
    assert "This passphrase opens the file" in err and "cannot be opened" not in err, err
    assert centre.read_bytes() == before

    # The same command with a passphrase that does not open it: a wrong passphrase, exit 2, as before.
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "not this one")
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", other, inbox)
    assert (code, out, err.count("\n")) == (2, "", 1) and "cannot be opened with this passphrase" in err, err


def test_a_real_protected_key_still_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_IDENTITY_FILE", raising=False)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team = make_team(tmp_path, devices=0)
    key = tmp_path / "team.key.age"
    write_protected_identity_file(key, team.identities, SECRET)
    centre = team.centre.path
    team.close()
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", SECRET)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key, inbox)
    assert code == 1 and "[no_bundle]" in err and "passphrase" not in err, (code, out, err)
