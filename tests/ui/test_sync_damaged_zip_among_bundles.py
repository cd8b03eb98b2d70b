"""A damaged ZIP among the bundles a coordinator imports: a workbook on the USB stick, or a team
update, whose directory says a ZIP version Python's zipfile does not read (one byte altered on a
worn stick). Python raises NotImplementedError for it, which telling the files apart did not expect:
the whole import failed with "Something went wrong; nothing was changed", and none of the bundles
beside it was imported. Now the damaged file is told apart like any other (a team update's by its
first member, any other ZIP passed over in a folder or refused in one line when chosen), and every
bundle beside it is imported."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.sync import sniff
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)


def damaged_zip(path: Path, first: str) -> Path:
    """A real ZIP whose central directory asks for ZIP version 25.5 (the byte altered)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(first, "<workbook/>")
        archive.writestr("other.xml", "<sheet/>")
    data = bytearray(path.read_bytes())
    directory = data.index(b"PK\x01\x02")
    data[directory + 6] = 0xFF  # "version needed to extract"
    path.write_bytes(bytes(data))
    return path


def test_the_damaged_zip_is_told_apart_not_raised(tmp_path: Path) -> None:
    workbook = damaged_zip(tmp_path / "report.xlsx", "xl/workbook.xml")
    update = damaged_zip(tmp_path / "update.majlis", "manifest.json")
    assert not sniff.is_team_update_file(workbook) and not sniff.is_signed_majlis_zip(workbook)
    assert sniff.is_team_update_file(update) and sniff.is_signed_majlis_zip(update)  # by its first member
    assert sniff.found_in_folder(workbook)  # a ZIP that cannot be read: the importer says what is wrong
    assert sniff.kind_of(update.read_bytes()) == "team_update"


def test_a_stick_with_a_damaged_workbook_imports_its_bundles(team: Team, qtbot: QtBot, make_ctx: Any,
                                                             tmp_path: Path) -> None:
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    for n in range(4):
        laptop_bundle(team, stick / f"b{n}.majlis", n)
    damaged_zip(stick / "report.xlsx", "xl/workbook.xml")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert drag_and_drop(page, [stick])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    got = {Path(o.source).name: o.status for o in page.last_outcomes}
    assert got == {"b0.majlis": "imported", "b1.majlis": "imported", "b2.majlis": "imported",
                   "b3.majlis": "imported", "report.xlsx": "refused"}, got
    assert "Something went wrong" not in page.import_summary.text()


def test_chosen_files_with_a_damaged_zip_in_the_middle(team: Team, qtbot: QtBot, make_ctx: Any,
                                                      tmp_path: Path) -> None:
    bundles = [laptop_bundle(team, tmp_path / f"b{n}.majlis", n) for n in range(4)]
    workbook = damaged_zip(tmp_path / "report.xlsx", "xl/workbook.xml")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert page.import_paths(bundles[:2] + [workbook] + bundles[2:])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported", "imported", "refused", "imported", "imported"]
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    refused = [line for line in lines if line.startswith(shown_path("report.xlsx"))]
    assert len(refused) == 1 and "refused: " in refused[0] and "Traceback" not in refused[0], lines
    assert page.import_summary.text().startswith("Import finished. Files: 5. Imported: 4,")
