"""A field laptop given the USB stick the coordinator brought back: the team update is on it, beside
the bundles this laptop exported to it and the team file. Dropped on the Sync page, the stick was not
taken (a laptop took team update files only), and nothing said why: the facilitator had to open the
stick and find the one file. Now the laptop takes a folder: the team updates in it (and its subfolders,
found by content, oldest number first) are applied, each with its line; the team file is passed over, and
each bundle of changes on it is said in one line: this laptop's own (it exported it) as sent from here with
nothing to do, unmarked (tests/ui/test_sync_field_laptop_own_bundles.py), a colleague's as not merged here,
as `majlis-cli bundle import` says it (tests/ui/test_sync_field_laptop_folder_agree.py). A folder holding no
team update says so in one line, in the interface language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team, laptop_turn
from tests.sync_page_helpers import code_names, drag_and_drop, open_page, team_fixture

team = team_fixture(devices=1)


def _sent() -> str:
    """What is said of this laptop's own bundle (after its name)."""
    return QCoreApplication.translate(
        "SyncTexts", "{file}: sent from this laptop, for the centre to merge; nothing to do here.").split(": ", 1)[1]


def _lines(page: SyncPage, qtbot: QtBot, count: int) -> list[str]:
    qtbot.waitUntil(lambda: page.results.count() >= count and page._token is None, timeout=30_000)
    return [page.results.item(i).text() for i in range(page.results.count())]


def _own_unmarked(page: SyncPage, lines: list[str]) -> None:
    """This laptop's own bundle is said without the red mark of a refusal."""
    own = [i for i, line in enumerate(lines) if line.lstrip("\u200f").startswith(f"{shown_path('sent.majlis')}: ")]
    assert len(own) == 1 and lines[own[0]].endswith(_sent()), lines
    assert page.results.item(own[0]).icon().isNull(), lines


def _stick(team: Team, tmp_path: Path, names: tuple[str, ...]) -> Path:
    """The stick: this laptop's bundle, the team file, and a team update per name in ``names`` (each after a
    new code at the centre) in a subfolder; published in that order."""
    stick = tmp_path / "stick"
    (stick / "from the centre").mkdir(parents=True)
    laptop_turn(team.devices[0], "الكهرباء تنقطع كل يوم")
    assert export_bundle(team.devices[0], stick / "sent.majlis") is not None
    (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
    for n, name in enumerate(names):
        with team.centre.transaction() as s:
            codebook.create_code(s, name_ar=f"رمز {n + 1}")
        write_team_update(team.centre, stick / "from the centre" / name)
    return stick


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_laptop_applies_the_team_updates_on_a_dropped_stick(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                              tmp_path: Path, lang: str) -> None:
    # Published as update 2 and update 10 would be named: "10" before "2" by name, applied by number.
    stick = _stick(team, tmp_path, ("update-2.majlis", "update-10.majlis"))
    laptop = team.devices[0]
    page = open_page(make_ctx(laptop), qtbot)
    assert not page.is_coordinator_view()
    language.set_language(lang)
    assert drag_and_drop(page, [stick])
    lines = _lines(page, qtbot, 3)
    assert len(lines) == 3, lines  # the two updates, the bundle said; the team file passed over
    assert lines[0].lstrip("\u200f").startswith(f"{shown_path('update-2.majlis')}: "), lines
    assert lines[1].lstrip("\u200f").startswith(f"{shown_path('update-10.majlis')}: "), lines
    assert lines[2].lstrip("\u200f").startswith(f"{shown_path('sent.majlis')}: "), lines
    _own_unmarked(page, lines)
    assert not any("team.majlis-team" in line for line in lines), lines
    assert {"رمز 1", "رمز 2"} <= set(code_names(laptop))
    if lang == "en":
        assert lines[0].endswith("team update 1 applied (rows changed: 1)"), lines
        assert lines[1].endswith("team update 2 applied (rows changed: 1)"), lines
    else:
        assert all(english_words(line.split(": ", 1)[1]) == [] for line in lines), lines


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_stick_without_a_team_update_is_said(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                               tmp_path: Path, lang: str) -> None:
    stick = _stick(team, tmp_path, ())
    laptop = team.devices[0]
    page = open_page(make_ctx(laptop), qtbot)
    language.set_language(lang)
    assert drag_and_drop(page, [stick])
    lines = _lines(page, qtbot, 2)
    assert len(lines) == 2, lines  # this laptop's own bundle said, then the folder without a team update
    assert lines[0].lstrip("\u200f").startswith(f"{shown_path('sent.majlis')}: "), lines
    _own_unmarked(page, lines)
    assert lines[1].lstrip("\u200f").startswith(f"{shown_path('stick')}: "), lines
    if lang == "en":
        assert lines[1].endswith(": no team update in this folder or its subfolders; nothing was changed."), lines
    else:
        assert english_words(lines[1].split(": ", 1)[1]) == [], lines
