"""A laptop applies the centre's team update on the Sync page: no team key asked for (the file is
signed, not encrypted), one translated line per file, the new codebook entry in the laptop's store
and announced to the views; the same file again changes nothing; a bundle of changes is still the
centre's to import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook, demo
from desktop.sync.errors import NotMergedHereError
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team, write_team_update
from desktop.ui.context import AppContext
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import code_names, drag_and_drop, open_page, team_fixture

NEW_CODE = "طرق التواصل مع المجلس"


team = team_fixture(devices=2)


def _update(team: Team, tmp_path: Path) -> Path:
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar=NEW_CODE)
    return write_team_update(team.centre, tmp_path / "update.bin").path  # renamed: content decides


def _no_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append("dialog")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", refuse)
    return asked


def test_laptop_applies_a_team_update_in_arabic(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _no_dialog(monkeypatch)
    path = _update(team, tmp_path)
    laptop = team.devices[0]
    ctx = make_ctx(laptop)
    page = open_page(ctx, qtbot)
    assert not page.is_coordinator_view() and page.update_button.isVisibleTo(page)
    language.set_language("ar")
    announced: list[set[str]] = []
    ctx.events.changed.connect(announced.append)
    assert NEW_CODE not in code_names(laptop)

    assert page.import_paths([path])
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    line = page.results.item(0).text()
    assert f"{shown_path('update.bin')}: " in line and "تحديث" in line, line
    assert not any("a" <= ch <= "z" for ch in line.replace("update.bin", "")), line  # no English left
    assert NEW_CODE in code_names(laptop)
    assert any("code" in tables for tables in announced)  # the codebook page reloads
    assert asked == []  # no team key asked for

    before = sorted(code_names(laptop))
    assert page.import_paths([path])
    qtbot.waitUntil(lambda: page.results.count() == 2, timeout=30_000)
    again = page.results.item(1).text()
    assert again != line and not any("a" <= ch <= "z" for ch in again.replace("update.bin", "")), again
    assert sorted(code_names(laptop)) == before
    assert asked == []


def test_the_button_applies_a_chosen_update_in_kurdish(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _update(team, tmp_path)
    laptop = team.devices[1]
    page = open_page(make_ctx(laptop), qtbot)
    language.set_language("ckb")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    page.update_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    line = page.results.item(0).text()
    assert not any("a" <= ch <= "z" for ch in line.replace("update.bin", "")), line
    assert NEW_CODE in code_names(laptop)


def test_a_laptop_bundle_given_to_a_laptop_is_still_refused(team: Team, qtbot: QtBot, make_ctx: Any,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(team.devices[1], sessions=1, seed=3)
    result = export_bundle(team.devices[1], tmp_path / "other.majlis")
    assert result is not None
    asked = _no_dialog(monkeypatch)
    page = open_page(make_ctx(team.devices[0]), qtbot)
    assert page.import_paths([result.path])  # what the file is is read on the DB worker first
    qtbot.waitUntil(lambda: page._token is None and page.results.count() == 1, timeout=30_000)
    # A field laptop merges no bundle: no team key is asked for (it was, and imported with one given:
    # tests/ui/test_sync_field_laptop_merges_nothing.py); one line says where bundles are merged.
    assert asked == []
    assert page.results.item(0).text().endswith(NotMergedHereError.default_message)
    assert "team update" not in page.results.item(0).text()


def test_a_laptop_takes_a_dropped_team_update_only(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path) -> None:
    path = _update(team, tmp_path)
    demo.generate(team.devices[1], sessions=1, seed=4)
    other = export_bundle(team.devices[1], tmp_path / "other.majlis")
    assert other is not None
    laptop = team.devices[0]
    page = open_page(make_ctx(laptop), qtbot)
    assert not drag_and_drop(page, [other.path])  # a bundle of changes is the centre's to import
    assert drag_and_drop(page, [path])
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    assert page.results.item(0).text().startswith(f"{shown_path('update.bin')}: team update 1 applied")
    assert NEW_CODE in code_names(laptop)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_laptop_alone_is_told_to_join_before_applying(team: Team, ctx: AppContext, qtbot: QtBot, language: Any,
                                                        lang: str) -> None:
    """Not in a team, a laptop has no central key to check an update with: the button waits for the
    team file (it used to take the file and refuse it, "not enrolled"), and says why in the language."""
    page = open_page(ctx, qtbot)
    language.set_language(lang)
    button = page.update_button
    assert button.isVisibleTo(page) and not button.isEnabled()
    # Translated once the language change reaches the page (an event), no English left:
    qtbot.waitUntil(lambda: bool(button.toolTip()) and not any("a" <= ch <= "z" for ch in button.toolTip().lower()))
    join_team(ctx.store, team.team_file)
    ctx.events.changed.emit({"team"})
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    assert button.toolTip() == ""
