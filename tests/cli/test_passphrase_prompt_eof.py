"""Ctrl+D at a passphrase prompt (the database's, ``passwd``'s new one, ``team key export``'s, the key
file's of ``bundle import --identity-file``) raised getpass's EOFError out of the command as a
traceback. It is now one line, ``majlis-cli: no passphrase given``, exit 1, nothing changed. The
terminal is stood in for (a stdin that says it is one, getpass answering as it does on Ctrl+D); the
databases and the key file are real."""

from __future__ import annotations

import getpass
import io
import shutil
from pathlib import Path

import pytest

from desktop.sync.keys import write_protected_identity_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


class Terminal(io.StringIO):
    """A stdin that is a terminal, as when a person runs the command."""

    def isatty(self) -> bool:
        return True


def ctrl_d_at(prompt_number: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Prompts answered with the database's passphrase, until the ``prompt_number``-th (from 1),
    at which the person presses Ctrl+D. Returns the prompts asked."""
    asked: list[str] = []

    def fake_getpass(prompt: str = "Password: ", stream: object = None) -> str:
        asked.append(prompt)
        if len(asked) == prompt_number:
            raise EOFError
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin", Terminal())
    return asked


@pytest.fixture(scope="module")
def built_centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A centre and its team key protected by a passphrase (key.age beside it), made once per module
    (the key's sealing is seconds of scrypt): each test takes a copy of both."""
    folder = tmp_path_factory.mktemp("centre")
    team = make_team(folder, devices=0)
    try:
        write_protected_identity_file(folder / "key.age", team.identities, "key passphrase")
    finally:
        team.close()
    assert not Path(f"{team.centre.path}-wal").exists()  # closed: the file alone is the database
    return team.centre.path


@pytest.fixture
def centre(built_centre: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("MAJLIS_PASSPHRASE", "MAJLIS_KEY_PASSPHRASE", "MAJLIS_NEW_PASSPHRASE", "MAJLIS_IDENTITY_FILE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / built_centre.name
    shutil.copyfile(built_centre, path)
    shutil.copyfile(built_centre.with_name("key.age"), tmp_path / "key.age")
    return path


@pytest.mark.parametrize(("argv", "prompt_number", "prompt"), [
    (("status",), 1, "Passphrase: "),
    (("passwd",), 2, "New passphrase: "),
    (("passwd",), 3, "Repeat: "),
    (("team", "key", "export", "--out", "second.key"), 2, "Passphrase for the key file: "),
    (("team", "key", "export", "--out", "second.key"), 3, "Repeat: "),
    (("bundle", "import", "--identity-file", "key.age", "inbox"), 2, "Key file passphrase: "),
])
def test_ctrl_d_at_a_prompt_is_one_line(centre: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...],
                                        prompt_number: int, prompt: str) -> None:
    folder = centre.parent
    (folder / "inbox").mkdir()
    monkeypatch.chdir(folder)
    asked = ctrl_d_at(prompt_number, monkeypatch)
    before = centre.read_bytes()

    code, out, err = run(capsys, *argv, "--db", centre)

    assert asked[-1] == prompt, asked
    assert (code, out, err) == (1, "", "majlis-cli: no passphrase given\n"), (code, out, err)
    assert centre.read_bytes() == before
    assert not (folder / "second.key").exists()
