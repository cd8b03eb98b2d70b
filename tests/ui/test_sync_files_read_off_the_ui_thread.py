"""Two hundred bundles on a slow USB stick: what each file chosen or dropped on the Sync page is (a
bundle, a team update, something else) is told by its first bytes, and those were read on the UI thread
before the import started: a read of many milliseconds each stood the window still. Now they are read
on the DB worker, under the import's progress bar and its Cancel; what the coordinator is told, and in
what order, is what it was.

The stick is made slow honestly: every open of a file by desktop.sync.sniff, or by desktop.core.file_kinds
which it asks what a file is, sleeps first (a real file, really read after the sleep); the importer's own
read of each bundle is not slowed."""

from __future__ import annotations

import builtins
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import codebook, file_kinds
from desktop.core.models import BundleReceipt
from desktop.sync import sniff
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_no_freeze import BOUND_MS, _longest_stall_during
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)

SLOW_S = 0.1  # one open of a file on the slow stick


def _stick(team: Team, folder: Path) -> list[Path]:
    """Eight laptops' bundles, the centre's own team update (renamed: content decides), a photo, and a
    file chosen that is gone by the time it is read, in the order a coordinator chose them."""
    folder.mkdir()
    bundles = [laptop_bundle(team, folder / f"b{n:02d}.majlis", n) for n in range(8)]
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="طرق التواصل مع المجلس")
    update = write_team_update(team.centre, folder / "update.bin").path
    photo = folder / "IMG_2231.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo, not a bundle")
    return bundles[:4] + [update, photo] + bundles[4:] + [folder / "gone.majlis"]


def _slow_stick(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file desktop.sync.sniff (or file_kinds, for it) opens is opened slowly; the names opened, in order."""
    opened: list[str] = []

    def slow_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)
        opened.append(Path(file).name)
        return builtins.open(file, *args, **kwargs)

    for module in (sniff, file_kinds):  # the modules' own names: only their reads
        monkeypatch.setattr(module, "open", slow_open, raising=False)
    return opened


def _lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def _receipts(team: Team) -> int:
    with team.centre.session() as s:
        return int(s.execute(select(func.count()).select_from(BundleReceipt)).scalar_one())


@pytest.mark.parametrize("way", ["button", "drop"])
def test_the_files_are_told_apart_on_the_worker(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    files = _stick(team, tmp_path / "stick")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in files], "")))
    opened = _slow_stick(monkeypatch)
    bundles = [p for p in files if p.name.startswith("b")]
    # Dropped, the photo is passed over (the drag takes bundles and folders); chosen, it is refused.
    refused = ["IMG_2231.jpg", "gone.majlis"] if way == "button" else ["gone.majlis"]
    chosen = len(bundles) + len(refused)
    seen: list[tuple[bool, bool, bool, int, str]] = []

    def start() -> None:
        if way == "button":
            page.import_button.click()
        else:
            assert drag_and_drop(page, files)
        QTimer.singleShot(500, lambda: seen.append((
            page.progress_row.isVisible(), page.cancel_button.isEnabled(), page.import_button.isEnabled(),
            len(opened), page.progress.text())))

    stall = _longest_stall_during(qtbot, start, lambda: bool(seen) and page._token is None
                                  and len(page.last_outcomes) == chosen and page.is_loaded(), timeout_ms=60_000)
    assert stall < BOUND_MS, f"the event loop stood still for {stall} ms while the files were read"
    # Half a second in, the worker is still reading what the files are, under the import's bar and Cancel.
    (bar, cancel, import_enabled, read_by_then, said), = seen
    assert bar and cancel and not import_enabled
    assert 0 < read_by_then < len(opened), (read_by_then, len(opened))
    # No count yet: "0 of 12 files" (the files given) became "x of 10" once the team update was set aside.
    assert said == "Looking at the chosen files…"
    assert not page.progress_row.isVisible() and page.import_button.isEnabled()

    # What the coordinator is told, in the order it was told before: the run's heading, the team update
    # chosen with the bundles, the refused files, then the bundles imported, in the order chosen.
    got = _lines(page)
    assert got[0] == page.import_summary.text()
    # The centre's own team update is skipped in a neutral line, neither one of the files nor one of the
    # refused (session 35: it was both; test_sync_folder_team_update.py).
    assert got[0].startswith(f"Import finished. Files: {chosen}. Imported: 8, already present: 0, held for "
                             f"approval: 0, refused: {len(refused)}."), got[0]
    assert got[1] == (f"{shown_path('update.bin')}: skipped: this centre's own team update, written here for the "
                      "laptops (the centre does not apply team updates)."), got
    problems = got[2:2 + len(refused)]
    assert [line.split(": refused: ")[0] for line in problems] == [shown_path(name) for name in refused], got
    assert "cannot be read" in problems[-1], problems  # the file gone is said to be unreadable, as before
    assert [line.split(": ")[0] for line in got[2 + len(refused):]] == [shown_path(p.name) for p in bundles], got
    assert all(": imported (" in line for line in got[2 + len(refused):]), got
    given = [p for p in files if p in bundles or p.name in refused]  # in the order chosen
    assert [Path(o.source) for o in page.last_outcomes] == given
    assert [o.status for o in page.last_outcomes] == ["refused" if p.name in refused else "imported" for p in given]
    assert _receipts(team) == 8


def test_cancel_while_the_files_are_read(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    files = _stick(team, tmp_path / "stick")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in files], "")))
    reading, go_on = threading.Event(), threading.Event()

    def held_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if not reading.is_set():  # the first file's read waits until the test lets it go
            reading.set()
            go_on.wait(3)
        return builtins.open(file, *args, **kwargs)

    for module in (sniff, file_kinds):
        monkeypatch.setattr(module, "open", held_open, raising=False)
    try:
        clock = time.monotonic()
        page.import_button.click()
        took = time.monotonic() - clock
        qtbot.waitUntil(reading.is_set, timeout=30_000)
        # The click returned before the first file's read was let go: that read is the worker's.
        assert took * 1000 < BOUND_MS, f"the window stood still for {took:.1f} s while the first file was read"
        assert page.cancel_button.isEnabled()
        page.cancel_button.click()
        assert page.progress.text() == "Stopping before any file is imported…"
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0 and page.is_loaded(), timeout=60_000)
    said = ("Import cancelled before any file was read: nothing was imported. Choose the files or the folder "
            "again to import them.")
    assert page.import_summary.text() == said and _lines(page) == [said]
    assert page.last_outcomes == [] and _receipts(team) == 0
    assert page.import_button.isEnabled() and not page.progress_row.isVisible()
