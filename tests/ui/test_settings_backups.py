"""Settings → Backups. The app never made a backup and never said whether one existed: a facilitator
with no IT helper at hand had none (only ``majlis-cli backup`` made them). The box says whether this
database has backups and when the latest was made, and **Back up now…** makes one with the
passphrase, checked first; a wrong passphrase or a folder that cannot be written to is one
translated line and leaves nothing (ar, ckb, en)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.models import Participant
from desktop.core.sqlcipher_file import verify_key
from desktop.ui.context import AppContext
from desktop.ui.settings.page import SettingsPage
from tests.conftest import PASSPHRASE
from tests.disk_room import disk_room
from tests.readonly_folder import read_only
from tests.ui_helpers import language_fixture, settings_page

language = language_fixture("en")  # the compiled translations


def back_up(page: SettingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, passphrase: str) -> str:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (passphrase, True)))
    box = page.backups_box
    box.button.click()
    qtbot.waitUntil(lambda: not box.working, timeout=20_000)
    return box.status.text()


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_back_up_now_makes_a_backup_that_opens(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                               lang: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    box = page.backups_box
    assert ("No backup" in box.summary.text()) == (lang == "en"), box.summary.text()
    none_yet = box.summary.text()

    said = back_up(page, qtbot, monkeypatch, PASSPHRASE)
    (made,) = backups.list_backups(ctx.store.path)
    verify_key(made, PASSPHRASE)  # encrypted with the passphrase, and whole
    assert made.name in said and ("Backup written" in said) == (lang == "en"), said
    assert box.summary.text() != none_yet and ("1 backup" in box.summary.text()) == (lang == "en")


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_wrong_passphrase_writes_nothing(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                           lang: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    said = back_up(page, qtbot, monkeypatch, PASSPHRASE + " typed wrong")
    assert said and "\n" not in said and ("Wrong passphrase" in said) == (lang == "en"), said
    assert backups.list_backups(ctx.store.path) == []
    assert page.backups_box.button.isEnabled()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_empty_passphrase_is_said(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                     lang: str) -> None:
    """OK (or Enter) before typing the passphrase: nothing happened, and nothing said so."""
    page = settings_page(ctx, qtbot, lang)
    said = back_up(page, qtbot, monkeypatch, "")
    assert said and "\n" not in said and ("no passphrase was typed" in said) == (lang == "en"), said
    assert backups.list_backups(ctx.store.path) == [] and page.backups_box.button.isEnabled()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_folder_that_cannot_be_written_to_is_one_line(ctx: AppContext, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    back_up(page, qtbot, monkeypatch, PASSPHRASE)
    folder = backups.backup_dir(ctx.store.path)
    before = sorted(folder.iterdir())
    with read_only(folder):
        said = back_up(page, qtbot, monkeypatch, PASSPHRASE)
    assert said and "\n" not in said and ("cannot be written" in said) == (lang == "en"), said
    assert ("make it writable, then try again" in said) == (lang == "en"), said  # what to do, too
    assert sorted(folder.iterdir()) == before  # no partial file left
    assert Path(ctx.store.path).exists()


def still_usable(ctx: AppContext) -> None:
    """The live database after a failed backup: a row written and read back."""
    with ctx.store.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    with ctx.store.session() as s:
        assert s.query(Participant.code).one() == ("BSR-FG01-P01",)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_file_where_the_backups_folder_goes_is_named(ctx: AppContext, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """A file of the folder's name (made by hand, or a copy named so): "The disk reported an error."
    named neither the file nor a way on."""
    page = settings_page(ctx, qtbot, lang)
    there = backups.backup_dir(ctx.store.path)
    there.write_text("notes", encoding="utf-8")
    said = back_up(page, qtbot, monkeypatch, PASSPHRASE)
    assert said and "\n" not in said and there.name in said, said
    assert ("Move or rename that file, then try again" in said) == (lang == "en"), said
    assert there.read_text(encoding="utf-8") == "notes" and backups.list_backups(ctx.store.path) == []
    still_usable(ctx)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_disk_that_fills_up_says_what_to_do(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                              lang: str) -> None:
    """The disk fills up while the backup is written: the line said why ("the disk is full or reported
    an error"), not what to do; nothing of the backup is left, the database goes on."""
    pytest.importorskip("resource", reason="file-size limits are POSIX only")
    page = settings_page(ctx, qtbot, lang)
    with disk_room(Path(ctx.store.path).stat().st_size // 2):
        said = back_up(page, qtbot, monkeypatch, PASSPHRASE)
    assert said and "\n" not in said and ("Free some space, then try again" in said) == (lang == "en"), said
    assert list(backups.backup_dir(ctx.store.path).iterdir()) == []  # no partial file left
    still_usable(ctx)


def test_a_database_moved_away_is_said_as_such(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database's file gone from under the open window (on a USB stick taken out, moved by hand)
    before the window's own check saw it: the line said "the disk is full or reported an error"."""
    page = settings_page(ctx, qtbot, "en")
    there = Path(ctx.store.path)
    away = there.with_name("moved.db")
    there.rename(away)
    try:
        said = back_up(page, qtbot, monkeypatch, PASSPHRASE)
    finally:
        away.rename(there)
    assert "no longer where Majlis opened it" in said and "Put it back" in said and "\n" not in said, said
    assert backups.list_backups(there) == []


class _FileManager(QObject):
    """Stands in for the system's file manager: Qt hands it the ``file:`` URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_the_backups_folder_opens_to_be_copied(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The box says to copy the backups folder to a USB stick, and showed only its path (on Windows in
    the hidden AppData folder): Open backups folder opens it, once a backup has made it."""
    page = settings_page(ctx, qtbot, "ar")
    box = page.backups_box
    assert not box.open_button.isEnabled()  # no backup yet: no folder to copy
    back_up(page, qtbot, monkeypatch, PASSPHRASE)
    assert box.open_button.isEnabled() and box.open_button.text() != "Open bac&kups folder"
    files = _FileManager()
    QDesktopServices.setUrlHandler("file", files, "show")  # type: ignore[arg-type]  # str at run time
    try:
        box.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert files.opened == [str(backups.backup_dir(ctx.store.path))]
