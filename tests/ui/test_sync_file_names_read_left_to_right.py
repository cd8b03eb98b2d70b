"""A bundle's file name in the Sync page's results reads left to right as a whole. A field laptop
named in Kurdish exports "هەولێر-laptop-3.majlis"; in a Kurdish or Arabic line the bidi algorithm
laid the name out piece by piece ("laptop-3.majlis-هەولێر", its Kurdish word last), so the
coordinator could not find the file on the stick by its name. The same for a team update file's line.
The lines naming a file the page wrote (a bundle, a team update) and the team key file's name did
the same. Checked on the laid-out lines of the results list's items and of the key's label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import codebook, demo
from desktop.sync.export import export_bundle
from desktop.sync.outbox import LAST_EXPORT_FOLDER
from desktop.sync.team import write_team_update
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui_helpers import pieces_left_to_right

PLACE = "هەولێر"

team = team_fixture(devices=1)


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_file_names_in_the_results_read_left_to_right(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                      language: Any, tmp_path: Path) -> None:
    demo.generate(team.devices[0], sessions=1, seed=5)
    made = export_bundle(team.devices[0], tmp_path / f"{PLACE}-laptop-3.majlis")
    assert made is not None
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="رمز")
    update = write_team_update(team.centre, tmp_path / f"{PLACE}-update-2.bin").path  # the centre refuses it
    language.set_language(lang)
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.results.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.import_paths([made.path, update])
    qtbot.waitUntil(lambda: page.results.count() == 3, timeout=30_000)
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    bundle_line = next(line for line in lines if "laptop-3" in line)
    update_line = next(line for line in lines if "update-2" in line)
    assert pieces_left_to_right(page.results, bundle_line, [PLACE, "laptop-3", ".majlis"]) == [PLACE, "laptop-3", ".majlis"]
    assert pieces_left_to_right(page.results, update_line, [PLACE, "update-2", ".bin"]) == [PLACE, "update-2", ".bin"]


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_written_file_names_read_left_to_right(lang: str, team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                               tmp_path: Path) -> None:
    """The lines that name a file this page wrote: a laptop's bundle, the centre's team update; and
    the team key file named under the Import button."""
    demo.generate(team.devices[0], sessions=1, seed=6)
    language.set_language(lang)
    laptop = open_page(make_ctx(team.devices[0]), qtbot)
    laptop.export_to(tmp_path / f"{PLACE}-laptop-3.majlis")
    qtbot.waitUntil(lambda: laptop.results.count() >= 1, timeout=30_000)
    written = laptop.results.item(0).text()
    assert pieces_left_to_right(laptop.results, written, [PLACE, "laptop-3", ".majlis"]) == [PLACE, "laptop-3", ".majlis"]

    centre = open_page(make_ctx(team.centre), qtbot)
    assert centre.team_updates.publish_to(tmp_path / f"{PLACE}-update-1.majlis")
    qtbot.waitUntil(lambda: centre.results.count() == 1, timeout=30_000)
    published = centre.results.item(0).text()
    assert pieces_left_to_right(centre.results, published, [PLACE, "update-1", ".majlis"]) == [PLACE, "update-1", ".majlis"]

    key = tmp_path / f"{PLACE}-team.key"
    key.write_bytes(team.identity_file.read_bytes())
    centre.set_identity_path(key)
    label = centre.key_label
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert pieces_left_to_right(label, label.text(), [PLACE, "team", ".key"]) == [PLACE, "team", ".key"]



@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_folder_of_the_last_bundle_reads_in_its_order(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                         language: Any, tmp_path: Path) -> None:
    """"Saved in: …/ڕاپۆرتی هەولێر/مركز البصرة": two right-to-left folder names in a row made one
    right-to-left run, the inner folder shown where the outer one stands."""
    stick, inner = "ڕاپۆرتی هەولێر", "مركز البصرة"
    folder = tmp_path / "usb" / stick / inner
    folder.mkdir(parents=True)
    laptop = team.devices[0]
    laptop.set_state(LAST_EXPORT_FOLDER, str(folder))  # where the page's Export bundle… wrote last
    language.set_language(lang)
    page = open_page(make_ctx(laptop), qtbot)
    label = page.outbox.where_label
    qtbot.waitUntil(lambda: stick in label.text(), timeout=30_000)
    assert pieces_left_to_right(label, label.text(), ["usb", stick, inner]) == ["usb", stick, inner], label.text()
