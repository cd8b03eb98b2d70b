"""Majlis closed during an import that had already refused a file and held another: the next start's
Sync page said "The refused and held files are listed first under Results", while Results held only
that summary (the tally kept at the close has counts only, no file names), so the coordinator looked
for a list that was not there and never learnt which files they were. Now the summary of an import
the close stopped says how to see them again: choosing the files again says which were refused or
held (they are refused or said waiting again); a finished run's summary still points to Results."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from tests.import_held import hold_first_import
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_close_during_import import sync_page
from tests.ui.test_sync_import_run import laptop_bundle
from tests.ui_helpers import main_window

team = team_fixture(devices=0)
LISTED = "The refused and held files are listed first under Results."
AGAIN = "Which files were refused or held is said again when they are chosen again."


def test_the_next_start_does_not_point_to_a_list_it_does_not_show(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hold_first_import(monkeypatch)  # still running when the close comes
    files = [laptop_bundle(team, tmp_path / f"b{n:03d}.majlis", n) for n in range(40)]
    cut = tmp_path / "a0-cut.majlis"
    cut.write_bytes(files[0].read_bytes()[:300])
    unknown = laptop_bundle(team, tmp_path / "a1-halabja.majlis", 99, on_roster=False, name="Halabja laptop")
    chosen = [cut, unknown, *files]
    window = main_window(manager, team.centre, qtbot, "en")
    page = sync_page(window)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths(chosen)
    qtbot.waitUntil(lambda: page.progress.value() >= 3, timeout=60_000)
    window.close()
    assert [o.status for o in page.last_outcomes[:2]] == ["refused", "held"]

    second = main_window(manager, team.centre, qtbot, "en")
    again = sync_page(second)
    qtbot.waitUntil(lambda: again.is_loaded() and again.import_summary.isVisible(), timeout=30_000)
    said = again.import_summary.text()
    assert "held for approval: 1, refused: 1." in said, said
    assert LISTED not in said and said.endswith(AGAIN), said
    assert again.results.count() == 1  # the summary alone: no file is listed

    assert again.import_paths(chosen)  # chosen again: which ones, said per file
    qtbot.waitUntil(lambda: again._token is None and len(again.last_outcomes) == len(chosen), timeout=120_000)
    lines = [again.results.item(i).text() for i in range(again.results.count())]
    assert lines[1].startswith("Import finished.")  # under the closed run's summary, the new run's
    assert lines[2].startswith("\u2066a0-cut.majlis\u2069: refused: ") and "a1-halabja.majlis" in lines[3], lines
    assert again.import_summary.text().endswith(LISTED)
    second.close()
