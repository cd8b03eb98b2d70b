"""The Sync page's import bar, fed as an import of many small bundles feeds it: a report from the worker
after each file, each reaching the window in a turn of its own. It painted itself twice for every one (250
paints a second for 200 small bundles: tests/ui/test_sync_two_hundred_bundles.py); it now shows the count at
most ``SHOWN_PER_SECOND`` times a second, the last count always shown, at once when the import ends."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.import_progress import SHOWN_PER_SECOND, ImportProgress
from tests.sync_page_helpers import Painted

FILES = 300


class Worker(QObject):
    """Reports from another thread, as the task runner's worker sends them (queued to the window)."""

    report = Signal(int, int)

    def run(self, pause: float) -> threading.Thread:
        def go() -> None:
            for done in range(1, FILES + 1):
                self.report.emit(done, FILES)
                time.sleep(pause)

        thread = threading.Thread(target=go)
        thread.start()
        return thread


def _bar(manager: LanguageManager, qtbot: QtBot) -> ImportProgress:
    manager.set_language("en")
    bar = ImportProgress(manager)
    qtbot.addWidget(bar)
    bar.resize(400, 30)
    bar.show()
    bar.start(FILES, searching=False, stopping=lambda: False)
    qtbot.wait(50)  # the start painted
    return bar


def test_a_report_a_turn_is_shown_at_a_pace_a_person_reads(manager: LanguageManager, qtbot: QtBot) -> None:
    bar = _bar(manager, qtbot)
    worker = Worker()
    worker.report.connect(bar.report)
    painted = Painted(bar)
    thread = worker.run(0.002)  # 300 reports in about 0.7 s, each in a turn of its own
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    qtbot.waitUntil(lambda: bar.value() == FILES, timeout=5_000)  # the last count shown without an end
    assert bar.text() == f"{FILES} of {FILES} files"
    qtbot.wait(100)
    painted.stop()
    assert painted.values <= SHOWN_PER_SECOND * painted.seconds + 2, (painted.values, painted.seconds)
    assert painted.paints <= SHOWN_PER_SECOND * painted.seconds + 2, (painted.paints, painted.seconds)
    assert painted.values >= 3  # still moving as the files go by, not only at the end


def test_the_last_count_is_shown_at_once_when_the_import_ends(manager: LanguageManager, qtbot: QtBot) -> None:
    bar = _bar(manager, qtbot)
    bar.report(1, FILES)
    qtbot.waitUntil(lambda: bar.value() == 1)  # shown at the next turn
    bar.report(2, FILES)
    bar.report(FILES, FILES)  # within the pace's wait: held back…
    assert bar.value() == 1
    bar.finish(show_last=True)  # …and shown at once at the end, not left at "1 of 300"
    assert bar.value() == bar.maximum() == FILES
    qtbot.wait(100)
    assert bar.value() == FILES
