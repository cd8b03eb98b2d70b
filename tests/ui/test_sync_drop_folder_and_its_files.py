"""A coordinator drags a USB stick's folder onto the Sync page together with some of the files inside
it (selected in the file manager beside the folder): each file is imported and counted once, not
once as itself and again as found in the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync.sniff import bundles_in
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)


@pytest.fixture
def page(team: Team, qtbot, make_ctx) -> SyncPage:  # type: ignore[no-untyped-def]
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))


def test_a_folder_and_its_files_found_once(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    (stick / "day2").mkdir(parents=True)
    files = [stick / "a.majlis", stick / "day2" / "b.majlis"]
    for f in files:
        f.write_bytes(b"age-encryption.org/v1\n-> X25519 somebody\n")
    found = bundles_in([files[1], stick, files[0], stick / "day2" / ".." / "a.majlis"])
    assert sorted(found) == sorted(files) and len(found) == 2


def test_dropped_folder_with_files_inside_counted_once(page: SyncPage, team: Team, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    bundles = [laptop_bundle(team, stick / f"b{n}.majlis", n) for n in range(3)]
    assert drag_and_drop(page, [stick, bundles[0], bundles[2]])
    qtbot.waitUntil(lambda: page.import_summary.isVisible() and page.is_loaded(), timeout=60_000)
    said = page.import_summary.text()
    assert "Files: 3." in said, said
    assert "Imported: 3, already present: 0," in said, said
    assert len(page.last_outcomes) == 3 and {o.status for o in page.last_outcomes} == {"imported"}


def test_a_team_update_dropped_with_its_folder_said_once(page: SyncPage, team: Team, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         qtbot) -> None:
    stick = tmp_path / "stick"
    (stick / "updates").mkdir(parents=True)
    laptop_bundle(team, stick / "b0.majlis", 0)
    update = write_team_update(team.centre, stick / "updates" / "update.bin").path
    assert drag_and_drop(page, [update, stick])
    qtbot.waitUntil(lambda: page.import_summary.isVisible() and page.is_loaded(), timeout=60_000)
    said = page.import_summary.text()
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert sum("update.bin" in line for line in lines) == 1, lines
    # The centre's own update, skipped, is not counted (session 35; it was "Files: 2. … refused: 1.").
    assert "Files: 1." in said and "refused: 0." in said, said
