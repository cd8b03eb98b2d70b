"""A team update inside a folder (a USB stick) dropped or chosen at the centre is said as a team update
dropped on its own is: the centre writes team updates and does not apply them (its number is not set
back), not "this is not a bundle". Found by its content, whatever its name; the bundles beside it
are imported; the team file on the same stick is passed over (as `majlis-cli bundle import` passes it
over in a folder), and so is a workbook (any ZIP Majlis does not sign), not reported as refused bundles.

Changed deliberately in session 35 (the new rule): the centre's OWN team update (written here for the
laptops, on the stick that came back) is no refusal. It was a red line and one more "refused" in the
heading, while `majlis-cli bundle import` passed the same stick's update over: the same stick, two
counts. Now it is one neutral line ("skipped: this centre's own team update…"), without the red mark,
counted neither among the files nor among the refused, as the CLI counts it
(tests/cli/test_import_own_team_update.py). Another team update at the centre (forged, another team's)
is still refused and counted (test_sync_refused_update_counted.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from desktop.core import codebook, demo
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture

team = team_fixture(devices=1)


def _stick(team: Team, tmp_path: Path) -> tuple[Path, Path]:
    """A stick as a coordinator carries it back from the field: a laptop's bundle, the centre's own team
    update in a subfolder (renamed: content decides), a workbook exported earlier, the team file.
    Returns the stick and the team update."""
    stick = tmp_path / "stick"
    (stick / "updates").mkdir(parents=True)
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="طرق التواصل مع المجلس")
    update = write_team_update(team.centre, stick / "updates" / "update.bin").path
    demo.generate(team.devices[0], sessions=1, seed=7)
    assert export_bundle(team.devices[0], stick / "changes.majlis") is not None
    book = Workbook()
    book.active.append(["report"])
    book.save(stick / "report.xlsx")
    (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
    return stick, update


def _lines(page: SyncPage, qtbot: QtBot, count: int) -> list[str]:
    qtbot.waitUntil(lambda: page.results.count() == count and page.import_button.isEnabled(), timeout=30_000)
    return [page.results.item(i).text() for i in range(count)]


SKIPPED = "skipped: this centre's own team update, written here for the laptops (the centre does not apply team updates)."


def _marked(page: SyncPage, row: int) -> bool:
    return not page.results.item(row).icon().isNull()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_dropped_folder_says_the_centre_applies_no_team_update(
        team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path, lang: str) -> None:
    stick, update = _stick(team, tmp_path)
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.is_coordinator_view()
    language.set_language(lang)
    # The team update on its own: what the centre says of it.
    assert drag_and_drop(page, [update])
    alone = _lines(page, qtbot, 1)[0]
    assert not _marked(page, 0)  # no red mark: nothing is wrong with it
    # An RLM leads a right-to-left line.
    assert alone.lstrip("\u200f").startswith(f"{shown_path('update.bin')}: "), alone
    # The stick: a heading, then the team update's line (as above), then a line per other file.
    assert drag_and_drop(page, [stick])
    lines = _lines(page, qtbot, 4)[1:]
    assert lines[1] == alone and not _marked(page, 2), lines
    assert sum("update.bin" in line for line in lines) == 1, lines
    # The bundle alone: not the update, nor the workbook, nor the team file
    assert [o.status for o in page.last_outcomes] == ["imported"]
    assert not any("report.xlsx" in line or "team.majlis-team" in line for line in lines), lines
    if lang == "en":
        assert alone == f"{shown_path('update.bin')}: {SKIPPED}", alone
        # The bundle alone, as majlis-cli bundle import counts the stick: before, "Files: 2. … refused: 1."
        assert lines[0] == ("Import finished. Files: 1. Imported: 1, already present: 0, held for approval: 0, "
                            "refused: 0."), lines
        assert page.import_summary.text() == lines[0] and not page.receiving.show_problems.isVisibleTo(page)
    else:
        assert not any("a" <= ch <= "z" for ch in alone.split(": ", 1)[1]), alone  # no English left
    # The centre's number was not set back: the next update is number 2.
    assert write_team_update(team.centre, tmp_path / "next.majlis").sequence == 2


def test_a_chosen_folder_holding_only_a_team_update(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path) -> None:
    stick, update = _stick(team, tmp_path)
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.import_paths([update.parent])  # the folder chosen, as a dropped one
    heading, line = _lines(page, qtbot, 2)
    # No bundle, and nothing refused: before, "Files: 1. Imported: 0, … refused: 1."
    assert heading == "No bundle files were found in the folder.", heading
    assert line == f"{shown_path('update.bin')}: {SKIPPED}", line
    assert not _marked(page, 1)
    assert page.last_outcomes == []
