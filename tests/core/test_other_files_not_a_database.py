"""A file that is not a Majlis database at all (a text file, a codebook, a file shorter than one page,
a file of zeros) was told "Wrong passphrase" in the unlock window and by majlis-cli (exit 2): people
went looking for another passphrase for a file no passphrase opens. An SQLCipher file is random
bytes from its first byte (its salt), so such files are known by their look: "This file is not a
Majlis database." (majlis-cli: exit 3, one line, as for a PDF or a bundle). Random bytes of whole
pages may be a database: only a passphrase tells, and they are still a wrong passphrase."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import open_store
from desktop.core.errors import NotADatabase, WrongPassphrase
from desktop.core.sqlcipher_file import raw_connect, refuse_other_files, verify_key
from desktop.ui.app import show_unlock
from desktop.ui.qt_i18n import LanguageManager
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest
from tests.stores import fresh_store

PAGE = 4096
NOT_OURS = "This file is not a Majlis database."
WRONG = "Wrong passphrase. Check the keyboard language and Caps Lock, and try again."


def other_files(folder: Path) -> dict[str, Path]:
    """Files a facilitator or an IT helper may give in the place of the database."""
    contents = {
        "notes.txt": b"Minutes of the roundtable in Basra, 12 May 2026\n" * 200,
        "محضر.txt": ("محضر جلسة الطاولة المستديرة في البصرة\n" * 200).encode(),
        "کۆبوونەوە.txt": ("کۆبوونەوەی\u200cمێزگرد لە هەولێر\r\n" * 200).encode("utf-8-sig"),
        "codes.qdc": b'<?xml version="1.0" encoding="utf-8"?>\n<CodeBook>'
                     + b'<Code guid="0" name="trust" isCodable="true"/>' * 200 + b"</CodeBook>",
        "participants.csv": b"code,age,gender\n" + b"BSR-FG01-P01,34,F\n" * 400,
        "short.db": os.urandom(1000),  # shorter than one page: no database is
        "three.txt": b"hi\n",
        "zeros.db": bytes(3 * PAGE),  # a file allocated and never written
    }
    made = {}
    for name, data in contents.items():
        made[name] = folder / name
        made[name].write_bytes(data)
    return made


def test_files_that_are_no_database_are_said_so_not_a_wrong_passphrase(tmp_path: Path) -> None:
    for name, path in other_files(tmp_path).items():
        before = digest(path)
        with pytest.raises(NotADatabase, match="not a Majlis database"):
            open_store(path, PASSPHRASE)
        with pytest.raises(NotADatabase):
            verify_key(path, "any passphrase at all")
        assert digest(path) == before, name
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(name + "-")], name  # no -wal, -shm


def test_text_is_named_as_text(tmp_path: Path) -> None:
    files = other_files(tmp_path)
    for name in ("notes.txt", "محضر.txt", "کۆبوونەوە.txt", "codes.qdc", "participants.csv"):
        with pytest.raises(NotADatabase, match="it is a text file"):
            refuse_other_files(files[name])
    with pytest.raises(NotADatabase, match="shorter than a database's first page"):
        refuse_other_files(files["short.db"])


@pytest.mark.parametrize("pages", [1, 2, 5])
def test_random_bytes_of_whole_pages_are_still_a_wrong_passphrase(tmp_path: Path, pages: int) -> None:
    """Nothing but a passphrase tells them from a database: saying "not a database" of them could
    send someone away from their own database."""
    path = tmp_path / "maybe.db"
    path.write_bytes(os.urandom(pages * PAGE))
    refuse_other_files(path)
    with pytest.raises(WrongPassphrase):
        open_store(path, PASSPHRASE)


def test_a_random_first_page_is_never_taken_for_another_file(tmp_path: Path) -> None:
    """Every database's first page is random bytes: thousands of them, none refused by its look."""
    path = tmp_path / "page.db"
    for _ in range(2000):
        path.write_bytes(os.urandom(PAGE))
        refuse_other_files(path)


def test_databases_and_a_database_cut_short_after_its_first_page_are_not_refused(tmp_path: Path) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop").close()
    refuse_other_files(db)
    open_store(db, PASSPHRASE).close()
    made = tmp_path / "made.db"  # the first connection of a new database, cut short before its tables
    conn = raw_connect(made, PASSPHRASE)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert made.stat().st_size >= PAGE
    refuse_other_files(made)


def test_majlis_cli_says_not_a_database_with_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    files = other_files(tmp_path)
    for name in ("notes.txt", "short.db", "zeros.db"):
        code, out, err = run(capsys, "check", "--db", files[name])
        assert code == 3 and out == "", (name, err)
        assert err.count("\n") == 1 and "not a Majlis database" in err and "passphrase" not in err, err
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(2 * PAGE))
    code, _out, err = run(capsys, "check", "--db", junk)
    assert code == 2 and "wrong passphrase" in err, err


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_unlock_window_says_the_file_is_not_a_database(manager: LanguageManager, qtbot: QtBot,
                                                           tmp_path: Path, lang: str) -> None:
    manager.set_language(lang)
    files = other_files(tmp_path)
    junk = tmp_path / "from the stick.db"
    junk.write_bytes(os.urandom(2 * PAGE))
    for path, said in ((files["notes.txt"], NOT_OURS), (files["short.db"], NOT_OURS), (junk, WRONG)):
        holder: dict[str, object] = {}
        window = show_unlock(path, manager, holder)
        qtbot.addWidget(window)
        qtbot.keyClicks(window.passphrase, PASSPHRASE)
        window.submit()
        qtbot.waitUntil(lambda w=window: not w.busy, timeout=60_000)  # type: ignore[misc]
        shown = window.error.error()
        assert shown == QCoreApplication.translate("UnlockWidget", said) and shown != said, (path.name, shown)
        assert "main" not in holder
        window.close()
