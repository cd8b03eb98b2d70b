"""A passphrase file larger than the 64 KB read of it (desktop/cli/passphrase_file.py MAX_BYTES).

* The passphrase on the first line and Arabic notes below it (a coordinator's file of notes, 64 KB and
  more): the read stopped in the middle of a letter as often as not, and the whole file was refused as
  "not UTF-8 or UTF-16 text; save it as UTF-8", which it was. The first line is now taken.
* A file with no line break in its first 64 KB (a 10 MB file given by mistake): its first 64 KB became the
  passphrase of a new database (`init`), which the unlock window (32,767 characters at most) can never
  take. Refused now in one line, nothing written.
* A first line under 64 KB but longer than the unlock window takes (32,767 UTF-16 units): taken, it made a
  database that only the command line could open. Refused now in one line as well.
Real SQLCipher stores, the real ``majlis-cli`` entry point in this process.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli.passphrase_file import MAX_BYTES, UNLOCK_WINDOW_LIMIT
from desktop.core.db import open_store
from desktop.core.offsets import utf16_length
from desktop.ui.unlock import UnlockWidget
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
    """At the limit, not past it: the file is all there, so its one line is its passphrase, as before. (Its
    line at the unlock window's limit too: Notepad's "Unicode", two bytes a letter, the BOM's two beside.)"""
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = tmp_path / "long.txt"
    secret.write_bytes(codecs.BOM_UTF16_LE + ("ب" * UNLOCK_WINDOW_LIMIT).encode("utf-16-le"))
    assert secret.stat().st_size == MAX_BYTES
    db = tmp_path / "new.db"
    code, out, err = run(capsys, "init", "--db", db, "--device-name", "Basra laptop 2", "--passphrase-file", secret)
    assert code == 0, err
    open_store(db, "ب" * UNLOCK_WINDOW_LIMIT).close()


# A first line the unlock window cannot take whole (its field takes 32,767 UTF-16 units, an emoji two), under
# the 64 KB read: it was taken, and made a database only the command line could open.
LONG_LINES = {
    "one letter past": "a" * (UNLOCK_WINDOW_LIMIT + 1),
    "an emoji's second unit past": "a" * (UNLOCK_WINDOW_LIMIT - 1) + "🙂",  # 32,767 characters, 32,768 units
    "Arabic words": "كلمة " * 6554,
}


@pytest.mark.parametrize("name", LONG_LINES)
def test_a_first_line_longer_than_the_unlock_window_takes_makes_no_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = tmp_path / "long.txt"
    secret.write_bytes((LONG_LINES[name] + "\r\nملاحظات\r\n").encode("utf-8"))
    assert secret.stat().st_size < MAX_BYTES
    db = tmp_path / "new.db"
    code, out, err = run(capsys, "init", "--db", db, "--device-name", "Basra laptop 2", "--passphrase-file", secret)
    assert (code, out) == (1, "")
    assert err == (f"majlis-cli: the passphrase file {secret} holds a passphrase too long to type in the app: its "
                   "first line is longer than 32,767 characters of ordinary text (an emoji counts as two), more than "
                   "its passphrase fields take; nothing was written\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt"]  # no database, nothing beside it


def test_a_first_line_at_the_unlock_windows_limit_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    passphrase = "🙂" * (UNLOCK_WINDOW_LIMIT // 2) + "a"  # 32,767 units: what the field takes whole
    db = tmp_path / "field.db"
    fresh_store(db, passphrase, "laptop").close()
    secret = tmp_path / "pass.txt"
    secret.write_bytes((passphrase + "\n").encode("utf-8"))
    code, out, err = run(capsys, "check", "--db", db, "--passphrase-file", secret)
    assert (code, err) == (0, ""), err
    assert out.startswith("ok:")


def test_the_unlock_window_takes_that_many(tmp_path: Path, qtbot: QtBot) -> None:
    """The limit is the unlock window's own: a longer passphrase put in its field is cut there."""
    window = UnlockWidget(lambda _p: None, tmp_path / "field.db")
    qtbot.addWidget(window)
    for line in LONG_LINES.values():
        window.passphrase.setText(line)
        assert window.passphrase.text() != line  # not all of it (the emoji dropped whole, not halved)
        assert utf16_length(window.passphrase.text()) in (UNLOCK_WINDOW_LIMIT - 1, UNLOCK_WINDOW_LIMIT)
    window.passphrase.setText("🙂" * (UNLOCK_WINDOW_LIMIT // 2) + "a")
    assert utf16_length(window.passphrase.text()) == UNLOCK_WINDOW_LIMIT  # all of it
