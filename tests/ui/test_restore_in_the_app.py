"""Restore from a backup… in the app. Only ``majlis-cli restore`` could restore: a facilitator had
backups (Settings → Backups) and no way to use one, and the unlock window of a damaged database said
"ask whoever helps you to restore a backup". Settings → Backups and that unlock window now restore:
the backup chosen in the backups folder, what happens said, the backup's passphrase, the restore (the
core's), and the restored database opened with that passphrase through the unlock window. Each
refusal is one translated line and leaves the database as it was, a row read back from it. Real
SQLCipher databases and backups, the real widgets; a second process holds the database open."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import backups
from desktop.core.db import Store, open_store
from desktop.core.models import Participant
from desktop.core.sqlcipher_file import raw_connect
from desktop.ui import app
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings import restore_flow
from desktop.ui.settings.page import SettingsPage
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets import screen_fit
from tests.conftest import PASSPHRASE
from tests.core.test_one_writer import HOLD_OPEN, Holder
from tests.disk_room import disk_room
from tests.stores import fresh_store
from tests.ui_helpers import damaged_database_unlock, focused, in_view

LATER = "BSR-FG01-P02"  # recorded after the backup


class Asked:
    """The dialogs the restore opens, answered as the person would: the backup, Restore, the passphrase."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, backup: Path, passphrase: str) -> None:
        self.folders: list[str] = []
        self.confirmations: list[str] = []

        def choose(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[str, str]:
            self.folders.append(folder)
            return str(backup), ""

        def answer(box: QMessageBox) -> int:
            self.confirmations.append(f"{box.text()} {box.informativeText()}")
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            return int(QMessageBox.StandardButton.Yes.value)

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
        monkeypatch.setattr(QMessageBox, "exec", answer)
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (passphrase, True)))


def codes(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(s.scalars(select(Participant.code)))


def add(store: Store, code: str) -> None:
    with store.transaction() as s:
        s.add(Participant(code=code))


_backed_up_template: list[Path] = []


def _backed_up_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per test process: the conftest's store ("test laptop") with one participant backed up
    (the real backups.backup, into the database's own backups folder), and one recorded after the
    backup; closed, so its file alone is the database."""
    if not _backed_up_template:
        path = tmp_path_factory.mktemp("backed-up") / "field.db"
        made = fresh_store(path, PASSPHRASE, "test laptop")
        try:
            add(made, "BSR-FG01-P01")
            backups.backup(made.engine, made.path, PASSPHRASE)
            add(made, LATER)
        finally:
            made.close()
        assert not Path(f"{path}-wal").exists(), "the template kept a write-ahead log"
        _backed_up_template.append(path)
    return _backed_up_template[0]


@pytest.fixture
def store(request: pytest.FixtureRequest, db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The conftest's store; for a test that asks for ``backed_up``, that store as ``backed_up`` leaves
    it, as a byte copy (the database and its backups folder, modes kept) of one made once per process:
    each test restores, damages or replaces files of its own copy."""
    if "backed_up" in request.fixturenames:
        template = _backed_up_database(tmp_path_factory)
        shutil.copyfile(template, db_path)
        shutil.copytree(backups.backup_dir(template), backups.backup_dir(db_path))
        s = open_store(db_path, PASSPHRASE)
    else:
        s = fresh_store(db_path, PASSPHRASE, "test laptop")
    yield s
    s.close()


@pytest.fixture
def backed_up(store: Store) -> Path:
    """The store with one participant backed up, and one recorded after the backup (see ``store``)."""
    (made,) = backups.list_backups(store.path)
    assert codes(store) == ["BSR-FG01-P01", LATER]
    return made


@pytest.fixture(autouse=True)
def held(store: Store) -> Iterator[dict[str, Any]]:
    """The windows the hand-over makes (the unlock window, the main window it opens), closed after;
    and the window the test opened, unless it went (deleted: qtbot would close it again)."""
    yield restore_flow._held
    for window in opened:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    opened.clear()
    main = restore_flow._held.pop("main", None)
    if main is not None:
        main.close()
        main.ctx.tasks.drain(10_000)
        main.ctx.store.close()
    unlock = restore_flow._held.pop("unlock", None)
    if unlock is not None:
        unlock.close()
    restore_flow._held.clear()


opened: list[MainWindow] = []


def settings_in_window(manager: LanguageManager, store: Store, _qtbot: QtBot,
                       lang: str) -> tuple[MainWindow, SettingsPage]:
    """The main window on ``store`` in ``lang`` and its Settings page (tests/ui_helpers.settings_in_window,
    but not given to qtbot: the restore deletes it)."""
    manager.set_language(lang)
    window = MainWindow(app.make_context(store, manager), idle_ms=0)
    opened.append(window)
    window.resize(1180, 760)
    window.show()
    window.ctx.tasks.drain()
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def click_restore(page: SettingsPage, qtbot: QtBot) -> None:
    box = page.backups_box
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.working, timeout=30_000)


def handed_over(qtbot: QtBot, held: dict[str, Any]) -> UnlockWidget:
    qtbot.waitUntil(lambda: "unlock" in held and not held["unlock"].busy, timeout=60_000)
    unlock: UnlockWidget = held["unlock"]
    assert unlock.isVisible() and not unlock.note.isHidden()
    return unlock


def unlock_with(unlock: UnlockWidget, qtbot: QtBot, held: dict[str, Any], passphrase: str) -> MainWindow:
    qtbot.keyClicks(unlock.passphrase, passphrase)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "main" in held, timeout=60_000)
    main: MainWindow = held["main"]
    qtbot.addWidget(main)
    assert main.ctx.tasks.drain(10_000)
    return main


def one_line(text: str, lang: str, english: str) -> None:
    assert text and "\n" not in text, text
    assert (english in text) == (lang == "en"), text


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_settings_restores_a_backup_and_opens_it(manager: LanguageManager, store: Store, backed_up: Path,
                                                  qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                  held: dict[str, Any], lang: str) -> None:
    window, page = settings_in_window(manager, store, qtbot, lang)
    asked = Asked(monkeypatch, backed_up, PASSPHRASE)
    click_restore(page, qtbot)
    unlock = handed_over(qtbot, held)
    assert asked.folders == [str(backups.backup_dir(store.path))]  # the chooser starts in the backups folder
    (said,) = asked.confirmations  # what happens, said before: where the database in use is kept
    assert str(backups.backup_dir(store.path)) in said and "-before-restore.db" in said and backed_up.name in said
    one_line(said, lang, "The work done since this backup was made is not in the restored database")
    # The window closed its store (the restore needs the database alone) and went: nothing of it reads again.
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    (kept,) = backups.backup_dir(store.path).glob("*-before-restore.db")
    one_line(unlock.note.text(), lang, "The backup was restored.")
    assert kept.name in unlock.note.text()
    main = unlock_with(unlock, qtbot, held, PASSPHRASE)
    assert main.isVisible() and main.ctx.store.path == store.path
    assert codes(main.ctx.store) == ["BSR-FG01-P01"]  # the backup's
    add(main.ctx.store, "BSR-FG01-P03")  # and it takes new work
    kept_store = open_store(kept, PASSPHRASE, backup_before_upgrade=False)
    try:
        assert LATER in codes(kept_store)  # the work since the backup: kept aside, not lost
    finally:
        kept_store.close()


def refused_in_settings(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                        backup: Path, passphrase: str, lang: str) -> tuple[MainWindow, str]:
    window, page = settings_in_window(manager, store, qtbot, lang)
    Asked(monkeypatch, backup, passphrase)
    click_restore(page, qtbot)
    assert "unlock" not in restore_flow._held and window.isVisible()
    return window, page.backups_box.status.text()


def still_usable(store: Store) -> None:
    """The live database after a refused restore: as it was, and a row written and read back."""
    assert codes(store) == ["BSR-FG01-P01", LATER]
    add(store, "BSR-FG01-P09")
    assert "BSR-FG01-P09" in codes(store)
    assert list(backups.backup_dir(store.path).glob("*-before-restore.db")) == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_wrong_passphrase_is_one_line_in_settings(manager: LanguageManager, store: Store, backed_up: Path,
                                                    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    _window, said = refused_in_settings(manager, store, qtbot, monkeypatch, backed_up, PASSPHRASE + "x", lang)
    one_line(said, lang, "the passphrase does not open this backup")
    still_usable(store)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_an_empty_passphrase_is_one_line(manager: LanguageManager, store: Store, backed_up: Path, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    _window, said = refused_in_settings(manager, store, qtbot, monkeypatch, backed_up, "", lang)
    one_line(said, lang, "no passphrase was typed")
    still_usable(store)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_another_process_holding_the_database_is_one_line(manager: LanguageManager, store: Store, backed_up: Path,
                                                          qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str) -> None:
    other = Holder(HOLD_OPEN, str(store.path), PASSPHRASE)
    try:
        _window, said = refused_in_settings(manager, store, qtbot, monkeypatch, backed_up, PASSPHRASE, lang)
    finally:
        other.close()
    one_line(said, lang, "another Majlis window or majlis-cli has this database open")
    still_usable(store)


@pytest.mark.parametrize(("lang", "damage"), [("ar", "cut"), ("en", "cut"), ("ar", "spoilt"), ("en", "spoilt")])
def test_a_damaged_backup_is_one_line(manager: LanguageManager, store: Store, backed_up: Path, qtbot: QtBot,
                                      monkeypatch: pytest.MonkeyPatch, held: dict[str, Any], lang: str,
                                      damage: str) -> None:
    """Cut short on its way to a USB stick (refused before the window closes), or a page spoilt inside by
    a worn stick (met by the restore's own check): one line either way."""
    bad = backed_up.with_name(f"majlis-{damage}.db")
    data = bytearray(backed_up.read_bytes())
    if damage == "cut":
        del data[len(data) // 2 + 100:]
    else:
        data[4096 * 3 + 64: 4096 * 3 + 1064] = bytes(1000)
    bad.write_bytes(bytes(data))
    refused_after_hand_over(manager, store, bad, qtbot, monkeypatch, held, lang, "this backup is damaged",
                            handed=damage == "spoilt")


def refused_after_hand_over(manager: LanguageManager, store: Store, backup: Path, qtbot: QtBot,
                            monkeypatch: pytest.MonkeyPatch, held: dict[str, Any], lang: str, english: str,
                            *, handed: bool, room: int | None = None) -> None:
    """Refused in Settings (what can be checked with the store open), or by the restore once the window
    handed over (``handed``): one line either way, then the database as it was opens with its passphrase."""
    window, page = settings_in_window(manager, store, qtbot, lang)
    Asked(monkeypatch, backup, PASSPHRASE)
    if room is None:
        click_restore(page, qtbot)
    else:
        with disk_room(room):
            click_restore(page, qtbot)
            if "unlock" in held:
                handed_over(qtbot, held)
    assert ("unlock" in held) == handed, held
    if not handed:  # refused before the window closed
        one_line(page.backups_box.status.text(), lang, english)
        still_usable(store)
        return
    unlock = handed_over(qtbot, held)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    one_line(unlock.note.text(), lang, english)
    assert (("The database is as it was" in unlock.note.text()) == (lang == "en"))
    main = unlock_with(unlock, qtbot, held, PASSPHRASE)
    still_usable(main.ctx.store)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_backup_of_a_newer_version_is_one_line(manager: LanguageManager, store: Store, backed_up: Path,
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                 held: dict[str, Any], lang: str) -> None:
    conn = raw_connect(backed_up, PASSPHRASE)
    conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.commit()
    conn.close()
    refused_after_hand_over(manager, store, backed_up, qtbot, monkeypatch, held, lang,
                            "written by a newer version of Majlis", handed=True)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_full_disk_is_one_line(manager: LanguageManager, store: Store, backed_up: Path, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch, held: dict[str, Any], lang: str) -> None:
    pytest.importorskip("resource", reason="file-size limits are POSIX only")
    refused_after_hand_over(manager, store, backed_up, qtbot, monkeypatch, held, lang, "the disk is full",
                            handed=True, room=backed_up.stat().st_size // 2)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_unlock_window_of_a_damaged_database_restores(manager: LanguageManager, store: Store, backed_up: Path,
                                                          qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str) -> None:
    """Its advice, "restore a backup", is something the person can do there."""
    path = Path(store.path)
    store.close()
    path.write_bytes(path.read_bytes()[:40_000])  # cut short: a copy interrupted, a stick pulled out
    manager.set_language(lang)
    holder: dict[str, Any] = {}
    unlock = app.show_unlock(path, manager, holder)
    qtbot.addWidget(unlock)
    button = unlock.restore_button
    assert button is not None and button.isHidden()  # nothing damaged said yet
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    one_line(unlock.error.error(), lang, "Restore from a backup… below")
    assert button.isVisible()
    assert button.text().replace("&", "") == QCoreApplication.translate(
        "RestoreBackup", "&Restore from a backup…").replace("&", "")
    asked = Asked(monkeypatch, backed_up, PASSPHRASE)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not unlock.busy and not unlock.note.isHidden(), timeout=60_000)
    assert asked.folders == [str(backups.backup_dir(path))] and len(asked.confirmations) == 1
    one_line(unlock.note.text(), lang, "The backup was restored.")
    (kept,) = backups.backup_dir(path).glob("*-before-restore.db")
    assert kept.name in unlock.note.text() and kept.stat().st_size == 40_000  # the damaged file, kept as it was
    assert button.isHidden()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "main" in holder, timeout=60_000)
    main: MainWindow = holder["main"]
    qtbot.addWidget(main)
    try:
        assert main.ctx.tasks.drain(10_000)
        assert codes(main.ctx.store) == ["BSR-FG01-P01"]
    finally:
        main.close()
        main.ctx.tasks.drain(10_000)
        main.ctx.store.close()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_restore_button_comes_into_sight_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """At 20 points on a laptop at 150 % the window scrolls: the line says "below", and the button was
    below the window's edge."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    unlock = damaged_database_unlock(manager, store, qtbot, lang, PASSPHRASE, 20)
    button = unlock.restore_button
    assert button is not None
    qtbot.waitUntil(lambda: button.isVisible() and in_view(unlock.passphrase) and in_view(unlock.error))
    # The reason, the field and the button all in sight (in Kurdish too: the window widens, see
    # test_unlock_restore_in_sight_at_20_points.py), and the button stays so as Tab reaches it.
    qtbot.waitUntil(lambda: in_view(button))
    for _ in range(3):
        if focused() is button:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is button and in_view(button)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_empty_passphrase_on_the_unlock_window_is_one_line(manager: LanguageManager, store: Store,
                                                              backed_up: Path, qtbot: QtBot,
                                                              monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """OK on an empty passphrase after Restore from a backup… on a damaged database's window: said there,
    the damaged file left as it was, nothing kept aside as "before restore"."""
    path = Path(store.path)
    unlock = damaged_database_unlock(manager, store, qtbot, lang, PASSPHRASE)
    damaged = path.read_bytes()
    button = unlock.restore_button
    assert button is not None and button.isVisible()
    Asked(monkeypatch, backed_up, "")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the dialogs answered at once: said at once
    one_line(unlock.error.error(), lang, "no passphrase was typed")
    assert path.read_bytes() == damaged
    assert not list(backups.backup_dir(path).glob("*-before-restore.db"))
