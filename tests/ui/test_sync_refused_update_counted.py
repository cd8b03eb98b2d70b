"""A team update refused among the files of an import is counted in the run's heading.

Its line under Results has the red mark of a refused file (test_sync_refused_update_marked.py), but the
heading above it counted the bundles alone: "Import finished. Files: 1. Imported: 1, …, refused: 0.",
and did not say that refused files are listed first. A coordinator reading the heading alone (and the
same words beside the Import button) took the day's stick as all in. Now a refused team update is one of
the files and one of the refused: "Files: 2. … refused: 1." An applied one is said on its own line and
counted as before (not at all).

A real centre, real bundles (age, Ed25519), real team updates: one signed with a key that is not the
centre's (forged) and one cut short on the way. Changed in session 35: these used the centre's own team
update, which is no longer refused (a neutral "skipped" line, not counted: test_sync_folder_team_update.py);
a forged one is refused as the centre's own was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync import keys
from desktop.sync.team import write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import forged_team_update
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=1)

LISTED_FIRST = "The refused and held files are listed first under Results."


def _forged(team: Team, out: Path) -> Path:
    """A team update for this team signed with a stranger's key: no update of this centre's."""
    return forged_team_update(team.centre, [], out, key=keys.generate_signing_key())


def _import(page: SyncPage, qtbot: QtBot, paths: list[Path]) -> list[str]:
    assert page.import_paths(paths)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded() and page.results.count() > 0,
                    timeout=60_000)
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_the_centre_counts_the_team_update_it_refused(team: Team, qtbot: QtBot, make_ctx: Any,
                                                      tmp_path: Path) -> None:
    update = _forged(team, tmp_path / "update.majlis")
    bundle = laptop_bundle(team, tmp_path / "b0.majlis", 0)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)

    lines = _import(page, qtbot, [bundle, update])

    assert [o.status for o in page.last_outcomes] == ["imported"]
    assert lines[1].startswith(f"{shown_path('update.majlis')}: refused: "), lines
    assert lines[0] == ("Import finished. Files: 2. Imported: 1, already present: 0, held for approval: 0, "
                        f"refused: 1. {LISTED_FIRST}"), lines
    assert page.import_summary.text() == lines[0]  # the same words beside the Import button


def test_a_folder_holding_only_a_refused_team_update_counts_it(team: Team, qtbot: QtBot, make_ctx: Any,
                                                               tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _forged(team, stick / "update.bin")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)

    heading, line = _import(page, qtbot, [stick])

    assert line.startswith(f"{shown_path('update.bin')}: refused: "), line
    assert heading == ("Import finished. Files: 1. Imported: 0, already present: 0, held for approval: 0, "
                       f"refused: 1. {LISTED_FIRST}"), heading


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_each_refused_update_is_counted_in_every_language(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                                          manager: LanguageManager, lang: str) -> None:
    own = write_team_update(team.centre, tmp_path / "own.majlis").path
    update = _forged(team, tmp_path / "update.majlis")
    cut = tmp_path / "cut-update.majlis"
    cut.write_bytes(own.read_bytes()[:200])  # the centre's own, cut short on the way: no longer its own
    bundle = laptop_bundle(team, tmp_path / "b0.majlis", 0)
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot)

    lines = _import(page, qtbot, [bundle, cut, update])

    assert [o.status for o in page.last_outcomes] == ["imported"]
    assert len(lines) == 4 and sum(not page.results.item(i).icon().isNull() for i in range(4)) == 2, lines
    fmt = page.ctx.language.format_number
    if lang == "en":
        assert lines[0] == ("Import finished. Files: 3. Imported: 1, already present: 0, held for approval: 0, "
                            f"refused: 2. {LISTED_FIRST}"), lines
    else:  # the same counts in Kurdish, in its digits: three files, two refused
        assert fmt(3) in lines[0] and fmt(2) in lines[0], lines
        assert not any("a" <= ch <= "z" for ch in lines[0]), lines
