"""sniff.is_team_update_file: a team update by its content, whatever its name; the team file, a
workbook, a bundle of changes, a folder or a file that is not there are not one. sniff.bundles_in:
what a searched folder hands the importer."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.sync.sniff import bundles_in, is_team_update_file
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


def test_a_folder_search_passes_over_zips_majlis_does_not_sign(tmp_path: Path) -> None:
    """A stick holds workbooks, REFI-QDA projects and Word files (all ZIPs) beside the bundles: the
    search hands the importer the bundles, however renamed, and what Majlis signs, not the rest."""
    stick = tmp_path / "stick"
    (stick / "sub").mkdir(parents=True)
    book = Workbook()
    book.save(stick / "report.xlsx")
    with zipfile.ZipFile(stick / "project.qdpx", "w") as archive:
        archive.writestr("project.qde", "<Project/>")
    with zipfile.ZipFile(stick / "sub" / "renamed.bin", "w") as archive:  # a team update's names
        archive.writestr("manifest.json", "{}")
        archive.writestr("manifest.sig", "")
    (stick / "bundle (1)").write_bytes(b"age-encryption.org/v1\n-> X25519 x\n")  # renamed by a messenger
    (stick / "cut.majlis").write_bytes(b"")  # cut short to nothing: still reported by its name
    (stick / "half.zip").write_bytes(b"PK\x03\x04 cut short")  # a ZIP that cannot be read: reported
    (stick / "notes.txt").write_text("minutes")
    found = [p.relative_to(stick).as_posix() for p in bundles_in([stick])]
    assert found == ["bundle (1)", "cut.majlis", "half.zip", "sub/renamed.bin"]
    assert bundles_in([stick / "report.xlsx"]) == [stick / "report.xlsx"]  # a file given is never passed over
