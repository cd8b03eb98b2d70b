"""Cancel stops an export at any moment until its file takes its name, and leaves nothing in the folder.

The REFI-QDA export asked whether it was cancelled only before each file of its archive: a Cancel
pressed while it built the project (a centre's 300 sessions: most of its time) waited for the whole
project to be built. It now asks before each session's source is built and before each is put in the
project, and says how far it got. Both exports asked nothing once their last step had begun: a Cancel
while the workbook (or the archive) was being saved let it be saved. They now ask once more just before
the finished file takes its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import Store
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from tests.demo_stores import demo_store_fixture

SESSIONS = 6

# The demo database generated once per process and copied per test (tests/demo_stores.py): generating
# it is not what is under test here.
store = demo_store_fixture(sessions=SESSIONS, seed=3, advocacy=False)


def test_refi_qda_export_stops_while_the_project_is_built(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reported.append((done, total))

    def cancelled() -> bool:
        """Cancel pressed once two sessions' sources are built, the rest of the project not yet."""
        return bool(reported) and reported[-1][0] >= 2

    with pytest.raises(InterruptedError):
        export_qdpx(store, folder / "centre.qdpx", cancelled=cancelled, progress=progress)
    assert reported == [(1, 3 * SESSIONS + 3), (2, 3 * SESSIONS + 3)]  # not one step more
    assert list(folder.iterdir()) == []


def test_refi_qda_steps_are_reported_to_the_end(store: Store, tmp_path: Path) -> None:
    reported: list[tuple[int, int]] = []
    export_qdpx(store, tmp_path / "centre.qdpx", progress=lambda done, total: reported.append((done, total)))
    total = 3 * SESSIONS + 3  # each source built, the rest, each source put in, the check, each file archived
    assert [done for done, _ in reported] == list(range(1, total + 1))
    assert {t for _, t in reported} == {total}


@pytest.mark.parametrize("what", ["xlsx", "qdpx"])
def test_cancel_while_the_file_is_saved_stops_it(store: Store, tmp_path: Path, what: str) -> None:
    """Cancel pressed once every step is done, while the file is saved: it is not put in place."""
    folder = tmp_path / "stick"
    folder.mkdir()
    reported: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return bool(reported) and reported[-1][0] == reported[-1][1]

    with pytest.raises(InterruptedError):
        if what == "xlsx":
            export_xlsx(store, folder / "centre.xlsx", lang="ckb", cancelled=cancelled,
                        progress=lambda done, total: reported.append((done, total)))
        else:
            export_qdpx(store, folder / "centre.qdpx", cancelled=cancelled,
                        progress=lambda done, total: reported.append((done, total)))
    assert reported[-1][0] == reported[-1][1]  # every step was done: it was the save that was stopped
    assert list(folder.iterdir()) == []  # no file, no hidden temporary file
