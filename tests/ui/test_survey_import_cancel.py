"""While a survey import runs: Cancel said at once, nothing kept however small the export; the bar counts.

Cancel was looked at only after each block of a thousand responses was written: an export of fewer
(most surveys of a governorate) was imported whole after Cancel, the dialog closing as if all were well;
and while a large export's sheet was being read (seconds, before the first block) Cancel showed nothing
until the reading ended.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import Survey, SurveyResponseBlock
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.kobo_export import write_kobo_xlsx
from tests.sync_helpers import full_digest


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RecommendationsPage:
    p = RecommendationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    p.tabs.setCurrentIndex(3)  # Survey results
    return p


def test_cancel_before_the_first_block_keeps_nothing(ctx: AppContext, qtbot: QtBot, page: RecommendationsPage,
                                                     tmp_path: Path) -> None:
    gen = write_kobo_xlsx(tmp_path, 30)
    dialog = page.surveys.open_import()
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    before = full_digest(ctx.store)
    # The database worker still busy with earlier work, as it is while a large sheet is read.
    gate = threading.Event()
    ctx.tasks.run(lambda _token, _progress: gate.wait(30), lambda _r: None, lambda _e: None)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.error.text() == "Stopping the import…"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.token is None, timeout=30_000)
    assert dialog.error.text() == "The import was cancelled; nothing was imported."
    assert dialog.isVisible() and dialog.imported is None
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0
        assert s.scalar(select(func.count()).select_from(SurveyResponseBlock)) == 0
    assert full_digest(ctx.store) == before
    # And the same files imported after all, from the same dialog.
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.imported is not None and dialog.imported.responses == 30


def test_the_progress_bar_counts_the_responses(ctx: AppContext, qtbot: QtBot, page: RecommendationsPage,
                                               tmp_path: Path) -> None:
    """The bar stayed a busy bar to the end: its count ("2,000 responses read") was set as its text, which
    Qt does not draw on a busy bar. An export's sheet says how many rows it has, and the bar fills."""
    gen = write_kobo_xlsx(tmp_path, 2500, keep_truth=False)
    dialog = page.surveys.open_import()
    dialog.set_files(gen.data, gen.form)
    qtbot.waitUntil(lambda: dialog.questions.count() > 0, timeout=10_000)
    seen: list[tuple[int, int, str]] = []
    shown = dialog._progress

    def watched(rows: int, total: int) -> None:
        shown(rows, total)
        seen.append((dialog.progress.value(), dialog.progress.maximum(), dialog.progress.text()))

    dialog._progress = watched  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    # While the sheet is parsed the import only asks about Cancel (no count yet: a busy bar, nothing drawn);
    # from the moment it is read (a large one takes seconds), before the form's questions are written, the
    # bar counts.
    counted = [shown for shown in seen if shown[1]]
    assert all(shown == (-1, 0, "") for shown in seen[:len(seen) - len(counted)]), seen
    assert counted[0] == (0, 2500, "0 responses read"), seen
    assert (1000, 2500, "1,000 responses read") in seen, seen
    assert seen[-1] == (2500, 2500, "2,500 responses read"), seen
