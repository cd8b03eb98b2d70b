"""The Sync page's team key file on a slow USB stick: chosen with "Team key file…", its first bytes were
read on the UI thread (is it protected by a passphrase?), and at each import the whole key was read
there again, while the files chosen were already read on the DB worker. A read that waits stood the
window still for as long. Now the key file is read on the DB worker too, with the page's busy look
("Reading the team key file…" after 300 ms, the buttons that start a job greyed); the import then
uses the key it read.

The stick is made slow honestly: the key file is a named pipe that gives a real team key file's
bytes a second after each open (each read of it waits, as on a slow stick); the bundle is a real one
(age, Ed25519), imported with that key."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_no_freeze import BOUND_MS, _longest_stall_during
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)

SLOW_S = 1.0  # each read of the key file waits this long


class SlowKeyFile:
    """A named pipe at ``path`` giving ``content`` ``SLOW_S`` after each open (each open a pipe of its
    own), until ``close``."""

    def __init__(self, path: Path, content: bytes) -> None:
        self.path, self.content, self.reads = path, content, 0
        os.mkfifo(path)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            fd = os.open(self.path, os.O_WRONLY)  # waits for a reader
            try:
                if self._stop.is_set():
                    return
                time.sleep(SLOW_S)
                # A new pipe in its place before this one is written: a reader that takes only the first
                # bytes (is it protected?) leaves the rest in this one, which the next read must not get.
                fresh = self.path.with_name(self.path.name + ".next")
                os.mkfifo(fresh)
                os.replace(fresh, self.path)
                os.write(fd, self.content)
                self.reads += 1
            except BrokenPipeError:  # the reader went away (the test ended)
                pass
            finally:
                os.close(fd)

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):  # a writer waiting for a reader is let go
            os.close(os.open(self.path, os.O_RDONLY | os.O_NONBLOCK))
        self._thread.join(5)


@pytest.fixture
def slow_key(team: Team, tmp_path: Path) -> Any:
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    key = SlowKeyFile(stick / "centre.key", team.identity_file.read_bytes())
    yield key
    key.close()


def _busy_seen(page: SyncPage, seen: list[tuple[bool, bool, str]]) -> QTimer:
    """Every 50 ms: whether the busy note is shown, whether Import is enabled, what the note says."""
    timer = QTimer(page)
    timer.setInterval(50)
    timer.timeout.connect(lambda: seen.append((page.key_reading.shown, page.import_button.isEnabled(),
                                               page.key_reading.note.text())))
    timer.start()
    return timer


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_key_file_chosen_is_read_on_the_worker(team: Team, slow_key: SlowKeyFile, qtbot: QtBot, make_ctx: Any,
                                                 manager: LanguageManager, monkeypatch: pytest.MonkeyPatch,
                                                 lang: str) -> None:
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(slow_key.path), "")))
    seen: list[tuple[bool, bool, str]] = []
    timer = _busy_seen(page, seen)
    chosen: list[bool] = []
    # Pressed from the event loop, as a click is: a read there stands the loop still between two ticks.
    stall = _longest_stall_during(qtbot, lambda: QTimer.singleShot(0, lambda: chosen.append(page.choose_key())),
                                  lambda: bool(chosen) and page.identity_path == slow_key.path
                                  and page._token is None, timeout_ms=30_000)
    timer.stop()
    assert chosen == [True]
    assert stall < BOUND_MS, f"the event loop stood still for {stall} ms while the key file was read"
    assert slow_key.reads >= 1
    # While it was read: the busy look, and no import could be started beside it.
    notes = {note for shown, enabled, note in seen if shown and not enabled}
    assert len(notes) == 1, seen
    (note,) = notes
    assert note == QCoreApplication.translate("SyncPage", "Reading the team key file…"), note
    assert lang == "en" or not note.isascii(), note  # translated
    assert page.import_button.isEnabled() and not page.key_reading.shown
    assert slow_key.path.name in page.key_label.text()


def test_the_import_reads_the_key_file_on_the_worker(team: Team, slow_key: SlowKeyFile, tmp_path: Path,
                                                     qtbot: QtBot, make_ctx: Any) -> None:
    bundle = laptop_bundle(team, tmp_path / "b01.majlis", 1)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768),
                     identity=slow_key.path)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    stall = _longest_stall_during(qtbot, lambda: QTimer.singleShot(0, lambda: page.import_paths([bundle])),
                                  lambda: page._token is None and len(page.last_outcomes) == 1, timeout_ms=30_000)
    assert stall < BOUND_MS, f"the event loop stood still for {stall} ms while the key file was read"
    assert slow_key.reads >= 1  # the key used was the one read from the file
    assert [o.status for o in page.last_outcomes] == ["imported"]
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert not any("Team key file:" in line for line in lines), lines
