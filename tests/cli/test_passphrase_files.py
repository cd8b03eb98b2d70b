"""Bad local input: passphrase files as Windows and other editors write them; demo run twice.

Each file is written byte for byte as the editor would (BOM, UTF-16 byte order, CRLF) and handed to
the real ``majlis-cli`` entry point (in this process: a new interpreter per call is slow on a busy
machine), which must open the real encrypted database with it.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from desktop.cli import main
from tests.stores import fresh_store

PASSPHRASE = "کلیلی نهێنی ١٢ – ضوء القمر"  # Sorani, Arabic, Arabic-Indic digits, an en dash


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., CompletedProcess[str]]:
    """``cli(*argv, env=…)``: majlis-cli in this process with none of the MAJLIS_ variables but
    ``env`` (and the test's own state folder): exit code, stdout, stderr."""

    def run_clean(*argv: str, env: dict[str, str] | None = None) -> CompletedProcess[str]:
        with monkeypatch.context() as scoped:
            for name in os.environ:
                if name.startswith("MAJLIS_") and name != "MAJLIS_STATE_DIR":
                    scoped.delenv(name)
            for name, value in (env or {}).items():
                scoped.setenv(name, value)
            return cli_here(capsys, *argv)

    return run_clean


def cli_here(capsys: pytest.CaptureFixture[str], *argv: str) -> CompletedProcess[str]:
    """The real majlis-cli entry point in this process (a new interpreter per call is slow on a busy machine)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return CompletedProcess(list(argv), code, out, err)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pp") / "field.db"
    fresh_store(path, PASSPHRASE, "laptop").close()
    return path


ENCODINGS = {
    "utf8": PASSPHRASE.encode("utf-8"),
    "utf8-bom": codecs.BOM_UTF8 + PASSPHRASE.encode("utf-8"),
    "utf8-crlf": (PASSPHRASE + "\r\n").encode("utf-8"),
    "utf8-bom-crlf-more-lines": codecs.BOM_UTF8 + (PASSPHRASE + "\r\nsecond line\r\n").encode("utf-8"),
    "notepad-unicode": codecs.BOM_UTF16_LE + (PASSPHRASE + "\r\n").encode("utf-16-le"),
    "utf16-be-bom": codecs.BOM_UTF16_BE + (PASSPHRASE + "\r\n").encode("utf-16-be"),
    "utf16-le-no-bom": (PASSPHRASE + "\r\n").encode("utf-16-le"),
    "utf32-le-bom": codecs.BOM_UTF32_LE + PASSPHRASE.encode("utf-32-le"),
    "old-mac-cr": (PASSPHRASE + "\r").encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_passphrase_file_in_any_common_encoding(database: Path, tmp_path: Path, name: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_bytes(ENCODINGS[name])
    result = cli_here(capsys, "check", "--db", str(database), "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (PASSPHRASE.encode("cp1256", errors="replace"), "not UTF-8 or UTF-16"),  # Arabic Windows "ANSI"
        (b"\xff\xfe\x00", "not UTF-8 or UTF-16"),  # a broken UTF-16 file
        (b"", "empty"),
        (codecs.BOM_UTF8 + b"\r\nsecond", "empty"),
    ],
)
def test_unusable_passphrase_file_one_line(database: Path, tmp_path: Path, content: bytes, words: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_bytes(content)
    before = database.read_bytes()
    result = cli_here(capsys, "check", "--db", str(database), "--passphrase-file", str(secret))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert words in result.stderr
    assert database.read_bytes() == before


def test_new_passphrase_file_from_notepad(tmp_path: Path, cli: Callable[..., CompletedProcess[str]]) -> None:
    db = tmp_path / "f.db"
    fresh_store(db, "old one", "laptop").close()
    old = tmp_path / "old.txt"
    old.write_bytes(codecs.BOM_UTF8 + b"old one\r\n")
    new = tmp_path / "new.txt"
    new.write_bytes(codecs.BOM_UTF16_LE + (PASSPHRASE + "\r\n").encode("utf-16-le"))
    result = cli("passwd", "--db", str(db), "--passphrase-file", str(old), "--new-passphrase-file", str(new))
    assert result.returncode == 0, result.stderr
    assert cli("check", "--db", str(db), env={"MAJLIS_PASSPHRASE": PASSPHRASE}).returncode == 0
    assert cli("check", "--db", str(db), env={"MAJLIS_PASSPHRASE": "old one"}).returncode == 2


@pytest.mark.slow  # majlis-cli generating demo data three times: .ci/test runs it
def test_demo_twice_same_seed_refused_other_seed_adds(tmp_path: Path, cli: Callable[..., CompletedProcess[str]]) -> None:
    db = tmp_path / "demo.db"
    env = {"MAJLIS_PASSPHRASE": "demo passphrase"}  # at least 8 characters, as for any new database
    first = cli("demo", "--db", str(db), "--sessions", "3", "--seed", "5", env=env)
    assert first.returncode == 0, first.stderr
    before = db.read_bytes()
    again = cli("demo", "--db", str(db), "--sessions", "3", "--seed", "5", env=env)
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    assert "seed 5 is already in this database" in again.stderr
    assert db.read_bytes() == before
    more = cli("demo", "--db", str(db), "--sessions", "2", "--seed", "6", env=env)
    assert more.returncode == 0, more.stderr
    status = cli("status", "--db", str(db), "--json", env=env)
    assert '"sessions": 5' in status.stdout


def test_a_missing_second_passphrase_names_its_own_flag(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No new passphrase for passwd (no variable, no file, no terminal to ask on): the line names
    the flag that gives it, not the database's own --passphrase-file."""
    for name in ("MAJLIS_NEW_PASSPHRASE", "MAJLIS_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    before = database.read_bytes()
    result = cli_here(capsys, "passwd", "--db", str(database))
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "MAJLIS_NEW_PASSPHRASE" in result.stderr and "--new-passphrase-file" in result.stderr
    assert database.read_bytes() == before
