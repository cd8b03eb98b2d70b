"""An export cancelled midway stops inside the sheet it is writing and leaves nothing in the folder.

The Excel export asked whether it was cancelled only between its nine steps: a centre's transcripts
sheet (100,000 turns) ran to its end after Cancel. It now asks every hundred rows too. The REFI-QDA
export could not be cancelled at all; it now asks before each file of its archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from tests.demo_stores import demo_store_fixture

# Demo databases generated once per process and copied per test (tests/demo_stores.py): generating
# them is not what is under test here.
demo_20_sessions = demo_store_fixture(sessions=20, seed=3, advocacy=False)
demo_4_sessions = demo_store_fixture(sessions=4, seed=3, advocacy=False)


def test_excel_export_stops_inside_the_transcripts_sheet(demo_20_sessions: Store, tmp_path: Path) -> None:
    store = demo_20_sessions
    folder = tmp_path / "stick"
    folder.mkdir()
    reported: list[int] = []
    asked_in_sixth: list[int] = []

    def cancelled() -> bool:
        """Cancel pressed once the sixth step (the transcripts, 200 turns and more) has begun."""
        if reported and reported[-1] >= 5:
            asked_in_sixth.append(1)
            return len(asked_in_sixth) > 1  # not at the step's start: inside it
        return False

    with pytest.raises(InterruptedError):
        export_xlsx(store, folder / "centre.xlsx", lang="ar", progress=lambda done, _total: reported.append(done),
                    cancelled=cancelled)
    assert reported[-1] == 5, reported  # stopped within that sheet, not after it
    assert list(folder.iterdir()) == []  # no workbook, no hidden temporary file


def test_refi_qda_export_can_be_cancelled(demo_4_sessions: Store, tmp_path: Path) -> None:
    store = demo_4_sessions
    folder = tmp_path / "stick"
    folder.mkdir()
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after the project and one source file

    with pytest.raises(InterruptedError):
        export_qdpx(store, folder / "centre.qdpx", cancelled=cancelled)
    assert list(folder.iterdir()) == []
    export_qdpx(store, folder / "centre.qdpx", cancelled=lambda: False)
    assert [p.name for p in folder.iterdir()] == ["centre.qdpx"]
