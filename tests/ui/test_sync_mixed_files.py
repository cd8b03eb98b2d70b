"""Team updates and bundles of changes chosen or dropped together: each file goes by what it is (its
first bytes), one line each. A laptop applies the team update with no team key asked for, and says the
bundle is not for it; the centre imports the bundle and does not apply a team update (its own, from a
stick: applying it would set its update number back). Changed in session 35: the centre's own update is
skipped in a neutral line and not counted (it was refused and counted), as majlis-cli bundle import does."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook, demo
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import code_names, drag_and_drop, open_page, team_fixture

NEW_CODE = "طرق التواصل مع المجلس"

team = team_fixture(devices=2)


def _files(team: Team, tmp_path: Path) -> tuple[Path, Path]:
    """A real team update (renamed: content decides) and a real bundle from the second laptop."""
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar=NEW_CODE)
    update = write_team_update(team.centre, tmp_path / "update.bin").path
    demo.generate(team.devices[1], sessions=1, seed=7)
    bundle = export_bundle(team.devices[1], tmp_path / "changes.majlis")
    assert bundle is not None
    return update, bundle.path


def _count_dialogs(monkeypatch: pytest.MonkeyPatch, chosen: list[Path]) -> list[str]:
    """The import dialog gives ``chosen``; a team key question is counted and given no answer."""
    asked: list[str] = []

    def key(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append("key")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", key)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in chosen], ""))
    return asked


def test_a_laptop_applies_the_update_dropped_with_a_bundle(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    update, bundle = _files(team, tmp_path)
    asked = _count_dialogs(monkeypatch, [])
    laptop = team.devices[0]
    page = open_page(make_ctx(laptop), qtbot)
    language.set_language("ar")
    assert drag_and_drop(page, [bundle, update])
    qtbot.waitUntil(lambda: page.results.count() == 2, timeout=30_000)
    applied, refused = page.results.item(0).text(), page.results.item(1).text()
    assert f"{shown_path('update.bin')}: " in applied and "تحديث" in applied, applied  # the team update, in Arabic
    assert f"{shown_path('changes.majlis')}: " in refused and "update.bin" not in refused, refused
    for line in (applied, refused):
        assert not any("a" <= ch <= "z" for ch in line.split(": ", 1)[1]), line  # no English left
    assert NEW_CODE in code_names(laptop)
    assert asked == []  # no team key asked for


def test_the_centre_imports_the_bundle_and_skips_its_own_update(team: Team, qtbot: QtBot, make_ctx: Any,
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    update, bundle = _files(team, tmp_path)
    asked = _count_dialogs(monkeypatch, [bundle, update])
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.is_coordinator_view()
    page.import_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 3, timeout=30_000)
    lines = [page.results.item(i).text() for i in range(3)]
    # Its own update is no refusal, nor one of the files (test_sync_folder_team_update.py).
    assert lines[0].startswith("Import finished. Files: 1.") and "refused: 0." in lines[0], lines
    assert lines[1] == (f"{shown_path('update.bin')}: skipped: this centre's own team update, written here for "
                        "the laptops (the centre does not apply team updates)."), lines
    assert lines[2].startswith(f"{shown_path('changes.majlis')}: imported (new changes: "), lines
    assert [o.status for o in page.last_outcomes] == ["imported"]
    assert asked == []  # the centre keeps the team key in its database
    # Its number was not set back: the next update is number 2, not a second number 1.
    assert write_team_update(team.centre, tmp_path / "next.majlis").sequence == 2


def test_a_team_file_in_a_dropped_folder_is_passed_over_as_the_cli_does(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A USB stick holds the team file beside the laptops' bundles (it is how the laptops joined).
    `majlis-cli bundle import STICK` passes it over; the Sync page counted it as one more file and
    refused it as a bundle. Now it passes it over too; a stick holding nothing else has no bundle."""
    stick = tmp_path / "stick"
    stick.mkdir()
    demo.generate(team.devices[1], sessions=1, seed=7)
    bundle = export_bundle(team.devices[1], stick / "changes.majlis")
    assert bundle is not None
    shutil.copyfile(team.team_file, stick / team.team_file.name)
    _count_dialogs(monkeypatch, [])
    page = open_page(make_ctx(team.centre), qtbot)
    assert drag_and_drop(page, [stick])
    qtbot.waitUntil(lambda: page.last_outcomes != [], timeout=30_000)
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert [o.status for o in page.last_outcomes] == ["imported"], lines
    assert lines[0].startswith("Import finished. Files: 1.") and "refused: 0." in lines[0], lines
    assert not any(team.team_file.name in line for line in lines), lines
    only_team_file = tmp_path / "team stick"
    only_team_file.mkdir()
    shutil.copyfile(team.team_file, only_team_file / team.team_file.name)
    page.results.clear()
    assert drag_and_drop(page, [only_team_file])
    qtbot.waitUntil(lambda: page.results.count() > 0 and not page.progress_row.isVisible(), timeout=30_000)
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert lines == ["No bundle files were found in the folder."], lines
