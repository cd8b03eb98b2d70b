"""A passphrase file larger than the 64 KB read of it (desktop/cli/passphrase_file.py MAX_BYTES).

* The passphrase on the first line and Arabic notes below it (a coordinator's file of notes, 64 KB and
  more): the read stopped in the middle of a letter as often as not, and the whole file was refused as
  "not UTF-8 or UTF-16 text; save it as UTF-8", which it was. The first line is now taken.
* A file with no line break in its first 64 KB (a 10 MB file given by mistake): its first 64 KB became the
  passphrase of a new database (`init`), which the unlock window (32,767 characters at most) can never
  take. Refused now in one line, nothing written.
Real SQLCipher stores, the real ``majlis-cli`` entry point in this process.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.cli.passphrase_file import MAX_BYTES
from desktop.core.db import open_store
from tests.cli_run import run
from tests.stores import fresh_store

PASSPHRASE = "کلیلی نهێنی ١٢ – ضوء القمر"


def _notes_cut_in_a_letter(encoding: str, bom: bytes, note: str) -> bytes:
    """The passphrase, then notes in ``encoding`` past MAX_BYTES, the read's end inside a character."""
    head = bom + (PASSPHRASE + "\r\n").encode(encoding)
    for pad in range(8):
        body = head + ("x" * pad + note * (MAX_BYTES // len(note.encode(encoding)) + 10)).encode(encoding)
        try:
            body[:MAX_BYTES].decode(encoding)
        except UnicodeDecodeError:
            return body
    raise AssertionError("no cut inside a character")


NOTES = {
    "utf8 Arabic notes": _notes_cut_in_a_letter("utf-8", b"", "ملاحظات الجلسة "),
    "utf16 notes with an emoji": _notes_cut_in_a_letter("utf-16-le", codecs.BOM_UTF16_LE, "🙂"),
    "utf8 junk lines": (PASSPHRASE + "\n").encode("utf-8") + b"y" * (10 * 1024 * 1024),
}


@pytest.mark.parametrize("name", NOTES)
def test_the_first_line_of_a_long_file_opens_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          name: str) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    secret = tmp_path / "pass.txt"
    secret.write_bytes(NOTES[name])
    code, out, err = run(capsys, "check", "--db", db, "--passphrase-file", secret)
    assert (code, err) == (0, ""), err
    assert out.startswith("ok:")


@pytest.mark.parametrize("size", [MAX_BYTES + 1, 10 * 1024 * 1024])
def test_a_file_with_no_line_in_its_first_64_kb_makes_no_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = tmp_path / "big.txt"
    secret.write_bytes(b"a" * size)
    db = tmp_path / "new.db"
    code, out, err = run(capsys, "init", "--db", db, "--device-name", "Basra laptop 2", "--passphrase-file", secret)
    assert (code, out) == (1, "")
    assert err == (f"majlis-cli: the passphrase file {secret} is too large: its first line goes on past 64 KB, "
                   "longer than any passphrase (the passphrase is the file's first line)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]  # no database, nothing beside it


def test_a_file_of_exactly_64_kb_is_still_read_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """At the limit, not past it: the file is all there, so its one line is its passphrase, as before."""
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = tmp_path / "long.txt"
    secret.write_bytes(b"b" * MAX_BYTES)
    db = tmp_path / "new.db"
    code, out, err = run(capsys, "init", "--db", db, "--device-name", "Basra laptop 2", "--passphrase-file", secret)
    assert code == 0, err
    open_store(db, "b" * MAX_BYTES).close()
