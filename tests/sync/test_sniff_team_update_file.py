"""sniff.is_team_update_file: a team update by its content, whatever its name; the team file, a
workbook, a bundle of changes, a folder or a file that is not there are not one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.sync.sniff import is_team_update_file
from desktop.sync.team import write_team_update
from tests.sync_helpers import make_team


def test_a_team_update_is_known_by_its_content(tmp_path: Path) -> None:
    (tmp_path / "team").mkdir()
    team = make_team(tmp_path / "team", devices=1)
    try:
        update = write_team_update(team.centre, tmp_path / "update.majlis").path
        renamed = update.rename(tmp_path / "update (1).bin")
        demo.generate(team.devices[0], sessions=1, seed=3)
        bundle = export_bundle(team.devices[0], tmp_path / "changes.majlis")
        assert bundle is not None
    finally:
        team.close()
    book = Workbook()
    book.active.append(["report"])
    book.save(tmp_path / "report.xlsx")
    cut = tmp_path / "cut.majlis"
    cut.write_bytes(renamed.read_bytes()[:40])  # a ZIP's first bytes, its directory cut off

    assert is_team_update_file(renamed)
    for other in (team.team_file, tmp_path / "report.xlsx", bundle.path, cut, tmp_path, tmp_path / "gone.majlis"):
        assert not is_team_update_file(other), other
