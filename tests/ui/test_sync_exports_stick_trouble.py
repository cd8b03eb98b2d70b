"""Sync → Export bundle… (a laptop), Publish team update… and Export team key… (the centre) onto a USB
stick that is full, write-protected, or pulled out while the export waits its turn; and a bundle from a
laptop whose own disk is full. Each says why in one translated line (below the buttons and in the status
bar: no traceback, no path of a temporary file), leaves nothing on the stick (not even a temporary file),
leaves the database as it was (no bundle or team update number used), ends its steps and Cancel in the
status bar (the one-export rule released), gives its button back, and the next export, the stick put
right, goes whole and is taken at the other end.

A real stick: a small tmpfs (root: mounted, filled to its last byte, remounted read-only; skipped where it
cannot be mounted); the laptop's own disk full through the file-size limit (tests/disk_room.py). Real
SQLCipher stores, real bundles and age files, no mock."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync.importer import import_file
from desktop.sync.keys import is_protected_identity_file
from desktop.sync.outbox import outbox
from desktop.sync.team import apply_team_update
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets import export_run
from tests.cli.test_erasure_on_a_full_disk import small_disk
from tests.disk_room import disk_room
from tests.export_helpers import WorkerBusy, progress_of, settle, sync_window
from tests.sync_helpers import Team, full_digest, laptop_turn
from tests.sync_page_helpers import team_fixture

resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")

T = QApplication.translate
team = team_fixture(devices=1)
KEY_PASSPHRASE = "a key passphrase said by phone"
WHY = {
    "full": ("WriteFailure", "The disk is full. Free some space or choose another place."),
    "read_only": ("WriteFailure", "This folder cannot be written to (a read-only or write-protected USB stick?). "
                                  "Choose another place."),
    "gone": ("WriteFailure", "The folder is not there any more (was the USB stick removed?). Choose another place."),
}


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "stick") as mounted:
        yield mounted


def fill(folder: Path) -> Path:
    filler = folder / "photos.bin"
    with open(filler, "ab", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    return filler


def fail(window: MainWindow, stick: Path, how: str, start: Callable[[Path], object]) -> None:
    """``start(folder)`` run with the stick as ``how`` says, to its end; the stick put right after."""
    if how == "full":
        filler = fill(stick)
        start(stick)
        assert window.ctx.tasks.drain(60_000)
        filler.unlink()
    elif how == "read_only":
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        try:
            start(stick)
            assert window.ctx.tasks.drain(60_000)
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True)
    else:  # pulled out while the export waits its turn behind other work
        folder = stick / "on the stick"
        folder.mkdir()
        with WorkerBusy(window):
            start(folder)
            settle()
            shutil.rmtree(folder)
        assert window.ctx.tasks.drain(60_000)
    settle()


def said(page: SyncPage) -> str:
    return page.results.item(page.results.count() - 1).text()


def check_said(window: MainWindow, page: SyncPage, how: str) -> None:
    line = T("SyncTexts", "Failed: {reason}").format(reason=T(*WHY[how]))
    assert line != "Failed: " + WHY[how][1]  # translated
    assert said(page) == line and window.statusBar().currentMessage() == line, said(page)
    assert progress_of(window) == [] and not export_run.running(page)  # the next export is not refused


def on_stick(stick: Path) -> list[str]:
    return sorted(p.name for p in stick.rglob("*"))


@pytest.mark.parametrize("how", ["full", "read_only", "gone"])
def test_a_bundle_onto_a_stick_in_trouble(team: Team, manager: LanguageManager, qtbot: QtBot, stick: Path,
                                          how: str) -> None:
    laptop = team.devices[0]
    laptop_turn(laptop, "first turn")
    window, page = sync_window(laptop, manager, qtbot, "ckb")
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    before, unsent = full_digest(laptop), outbox(laptop).unsent
    fail(window, stick, how, lambda folder: page.export_to(folder / "laptop.majlis"))
    check_said(window, page, how)
    assert on_stick(stick) == []
    assert full_digest(laptop) == before and outbox(laptop).unsent == unsent
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    page.export_to(stick / "laptop.majlis")
    assert window.ctx.tasks.drain(60_000)
    assert on_stick(stick) == ["laptop.majlis"] and outbox(laptop).unsent == 0
    assert import_file(team.centre, stick / "laptop.majlis", team.identities).status == "imported"


@pytest.mark.parametrize("how", ["full", "read_only", "gone"])
def test_a_team_update_onto_a_stick_in_trouble(team: Team, manager: LanguageManager, qtbot: QtBot, stick: Path,
                                               how: str) -> None:
    window, page = sync_window(team.centre, manager, qtbot, "ar")
    qtbot.waitUntil(page.publish_button.isVisible, timeout=30_000)
    before = full_digest(team.centre)
    fail(window, stick, how, lambda folder: page.team_updates.publish_to(folder / "update.majlis"))
    check_said(window, page, how)
    assert on_stick(stick) == []
    assert full_digest(team.centre) == before  # no number used
    qtbot.waitUntil(page.publish_button.isEnabled, timeout=30_000)
    assert page.team_updates.publish_to(stick / "update.majlis")
    assert window.ctx.tasks.drain(60_000)
    assert on_stick(stick) == ["update.majlis"]
    assert apply_team_update(team.devices[0], stick / "update.majlis").sequence >= 1


@pytest.mark.parametrize("how", ["full", "read_only", "gone"])
def test_a_team_key_onto_a_stick_in_trouble(team: Team, manager: LanguageManager, qtbot: QtBot, stick: Path,
                                            sealings: list[int], how: str) -> None:
    window, page = sync_window(team.centre, manager, qtbot, "ckb")
    key_export = page.team_updates.key_export
    qtbot.waitUntil(key_export.button.isVisible, timeout=30_000)
    before = full_digest(team.centre)
    sealings.clear()  # from here: the key sealed with scrypt is seconds the coordinator waits
    fail(window, stick, how, lambda folder: key_export.write(folder / "team.age", KEY_PASSPHRASE))
    check_said(window, page, how)
    # A stick that takes no file (write-protected, pulled out) is said before the seconds of sealing.
    assert sealings == ([1] if how == "full" else []), sealings
    assert on_stick(stick) == []
    assert full_digest(team.centre) == before
    assert key_export.button.isEnabled()
    assert key_export.write(stick / "team.age", KEY_PASSPHRASE)
    assert window.ctx.tasks.drain(60_000)
    assert on_stick(stick) == ["team.age"]
    # Not opened here: age refuses a work factor above what it measures this (loaded) machine can do.
    assert is_protected_identity_file(stick / "team.age")


def test_a_bundle_from_a_laptop_whose_disk_is_full(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    """The stick takes the bundle, the laptop's database cannot record it: taken back, said in one line."""
    laptop = team.devices[0]
    laptop_turn(laptop, "first turn")
    window, page = sync_window(laptop, manager, qtbot, "ar")
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    folder = tmp_path / "usb"
    folder.mkdir()
    with WorkerBusy(window):
        page.export_to(folder / "laptop.majlis")
        settle()
        with laptop.engine.connect() as conn:  # the log emptied, as after a checkpoint: it grows from its start
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before, unsent = full_digest(laptop), outbox(laptop).unsent
        room = disk_room(3000)  # the bundle (1.5 kB) fits; the database's log does not
        room.__enter__()
    try:
        assert window.ctx.tasks.drain(60_000)
    finally:
        room.__exit__(None, None, None)
    settle()
    # Why (the disk's answer), and that the bundle is not on the stick: it was there, uncounted, before.
    failed = T("SyncTexts", "Failed: {reason}").split("{reason}")[0]
    nothing = T("WriteFailure", "%1 Nothing was saved under that name.").split("%1")[1]
    assert nothing != " Nothing was saved under that name."
    assert said(page).startswith(failed) and said(page).endswith(nothing), said(page)
    assert said(page).count("\n") == 0 and window.statusBar().currentMessage() == said(page)
    assert progress_of(window) == [] and not export_run.running(page)
    assert list(folder.iterdir()) == []
    assert full_digest(laptop) == before and outbox(laptop).unsent == unsent
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)


def test_a_bundle_written_and_counted_is_said_written_when_its_folder_cannot_be_remembered(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    """The laptop's disk fills up just after the bundle was written and counted, before the page notes its
    folder (for 'Saved in:' and Open the folder): the bundle is on the stick and sent as far as the laptop
    knows, yet the line said 'Failed: …', and the facilitator exported again (nothing to export) or carried
    nothing. The folder is a convenience: the line says the bundle written."""
    laptop = team.devices[0]
    wal = Path(f"{laptop.path}-wal")
    first, usb = tmp_path / "first", tmp_path / "usb"
    first.mkdir()
    usb.mkdir()
    window, page = sync_window(laptop, manager, qtbot, "ckb")
    room = 0
    for n in range(2):  # two bundles the page noted: how much the log grows for one more, and its folder's row there
        laptop_turn(laptop, f"turn {n}")
        with laptop.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
        page.export_to(first / f"laptop-{n}.majlis")
        assert window.ctx.tasks.drain(60_000)
        room = wal.stat().st_size  # the bundle's transaction; the folder, the same, changed nothing
        settle()
    laptop_turn(laptop, "turn 3")
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    with WorkerBusy(window):
        page.export_to(usb / "laptop.majlis")  # another folder: noting it is one more write
        settle()
        with laptop.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        limit = disk_room(room + 2000)  # the bundle and its transaction fit; not one page more
        limit.__enter__()
    try:
        assert window.ctx.tasks.drain(60_000)
    finally:
        limit.__exit__(None, None, None)
    settle()
    assert [p.name for p in usb.iterdir()] == ["laptop.majlis"] and outbox(laptop).unsent == 0
    written = T("OutboxPanel", "Bundle written: {name} (%n change(s))").split("{name}")[0]
    assert said(page).startswith(written), said(page)
    assert progress_of(window) == [] and not export_run.running(page)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
