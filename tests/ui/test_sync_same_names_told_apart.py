"""Files of the same name in different folders of a USB stick: a folder per laptop, each laptop's
export saved as "export.majlis". Results said "export.majlis: refused: …" beside two
"export.majlis: imported" lines, and the coordinator could not tell which laptop's file to ask for
again. Now a name that two files of the run share is shown with as many of its folders as tell them
apart ("Erbil/export.majlis"); a name no other file has is shown alone, as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.ui.sync.import_report import distinct_names
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)


def test_only_shared_names_get_their_folders() -> None:
    shown = distinct_names(["/s/Basra/export.majlis", "/s/Erbil/export.majlis", "/s/b1.majlis",
                            "/s/week1/Basra/x.majlis", "/s/week2/Basra/x.majlis", "/s/b1.majlis"])
    assert shown == {"/s/Basra/export.majlis": str(Path("Basra", "export.majlis")),
                     "/s/Erbil/export.majlis": str(Path("Erbil", "export.majlis")),
                     "/s/b1.majlis": "b1.majlis",  # the same file twice: one name
                     "/s/week1/Basra/x.majlis": str(Path("week1", "Basra", "x.majlis")),
                     "/s/week2/Basra/x.majlis": str(Path("week2", "Basra", "x.majlis"))}


def test_the_refused_one_of_two_same_names_is_told_by_its_folder(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                 tmp_path: Path) -> None:
    stick = tmp_path / "KINGSTON"
    for n, laptop in enumerate(["Basra", "Erbil", "Duhok"]):
        (stick / laptop).mkdir(parents=True)
        laptop_bundle(team, stick / laptop / "export.majlis", n)
    cut = stick / "Erbil" / "export.majlis"
    cut.write_bytes(cut.read_bytes()[:300])  # pulled out mid-copy
    laptop_bundle(team, stick / "Duhok" / "b9.majlis", 9)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert drag_and_drop(page, [stick])
    qtbot.waitUntil(lambda: page._token is None and len(page.last_outcomes) == 4 and page.is_loaded(), timeout=60_000)
    lines = [page.results.item(i).text() for i in range(1, page.results.count())]
    erbil = shown_path(Path("Erbil", "export.majlis"))
    assert lines[0].startswith(f"{erbil}: refused: "), lines  # which laptop's file to ask for again
    assert sorted(line.split(": ")[0] for line in lines[1:]) == sorted(
        [shown_path(Path("Basra", "export.majlis")), shown_path(Path("Duhok", "export.majlis")),
         shown_path("b9.majlis")]), lines
