"""Restore from a backup… (Settings → Backups, and the unlock window of a damaged database) given a file
that is no backup: a PDF, a workbook, a bundle, the team's key file, an empty file, a folder, chosen by
mistake in the file dialog. The app asked first "Restore the backup x.pdf?" (the database closed, kept
aside…) and then the backup's passphrase, and only then said "the file chosen is not a Majlis backup":
the person typed a passphrase for a PDF. The file is now looked at as soon as it is chosen (its first
bytes, as ``majlis-cli restore`` looks at it), and refused in one translated line before anything is
asked; the database stays as it was. Real SQLCipher database; the real Settings page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings import restore_flow
from tests.ui.test_restore_in_the_app import (  # noqa: F401  (backed_up, held, store: the module's fixtures)
    Asked,
    backed_up,
    click_restore,
    held,
    one_line,
    settings_in_window,
    still_usable,
    store,
)


def _wrong(folder: Path, kind: str) -> Path:
    if kind == "folder":
        (folder / "backups-copy").mkdir()
        return folder / "backups-copy"
    path = folder / {"pdf": "backup.pdf", "workbook": "majlis.db", "bundle": "basra-3.majlis",
                     "key": "team.key", "empty": "majlis-empty.db"}[kind]
    path.write_bytes({"pdf": b"%PDF-1.7\n" + bytes(8192), "workbook": b"PK\x03\x04" + bytes(8192),
                      "bundle": b"age-encryption.org/v1\n-> X25519 abc\n" + bytes(8192),
                      "key": b"# created: 2026-11-05\nAGE-SECRET-KEY-1QQQQ\n", "empty": b""}[kind])
    return path


@pytest.mark.usefixtures("backed_up")
@pytest.mark.parametrize(("kind", "lang"), [("pdf", "ar"), ("workbook", "en"), ("bundle", "ckb"), ("key", "en"),
                                            ("empty", "ar"), ("folder", "en")])
def test_a_file_that_is_no_backup_is_refused_before_anything_is_asked(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        tmp_path: Path, kind: str, lang: str) -> None:
    wrong = _wrong(tmp_path, kind)
    window, page = settings_in_window(manager, store, qtbot, lang)
    asked = Asked(monkeypatch, wrong, "a passphrase")
    passphrase_asked: list[Any] = []

    def ask(*args: Any, **_kwargs: Any) -> tuple[str, bool]:
        passphrase_asked.append(args)
        return "a passphrase", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    click_restore(page, qtbot)
    assert asked.confirmations == [] and passphrase_asked == []  # nothing asked about a file that is no backup
    assert "unlock" not in restore_flow._held and window.isVisible()
    one_line(page.backups_box.status.text(), lang, "the file chosen is not a Majlis backup")
    still_usable(store)
