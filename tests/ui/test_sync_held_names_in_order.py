"""A laptop's Latin name stands whole and in its order in the Sync page's Arabic and Kurdish lines.

The waiting-for-approval list read "(laptop X (26120213: …" in Arabic and Kurdish: the name and the id
were not isolated from the sentence, so the parentheses and the id's digits took the sentence's
direction. The held-file lines of Results put "7 Erbil laptop" as "Erbil laptop 7". The name now
stands in a first-strong isolate and the id in a left-to-right one (tests/bidi_order.shown_order
reads the line as it stands on the screen, left to right)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import device_label
from tests.bidi_order import shown_order
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)
NAMES = ("laptop X", "7 Erbil laptop")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_waiting_and_held_lines_keep_a_latin_name_in_order(team: Team, tmp_path: Path, qtbot: QtBot,
                                                           make_ctx: Any, language: Any, lang: str) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    bundles = [laptop_bundle(team, stick / f"held{n}.majlis", n, on_roster=False, name=name)
               for n, name in enumerate(NAMES)]
    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert page.import_paths(bundles)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: page._token is None and panel.waiting_list.count() == 2 and page.is_loaded(),
                    timeout=60_000)

    for row, waiting in enumerate(panel.waiting):
        shown = shown_order(panel.waiting_list.item(row).text())
        name, short = waiting.name, device_label.short_id(waiting.device_id)
        assert name in shown and short in shown, shown
        # Read right to left: the name first, then its id in parentheses, left of the name.
        assert shown.index(short) < shown.index(name), shown
        assert f"){short}(" in shown, shown  # mirrored on screen: "(id)" around the id, not "(name (id"

    for n, name in enumerate(NAMES):
        (line,) = [page.results.item(i).text() for i in range(page.results.count())
                   if f"held{n}.majlis" in page.results.item(i).text()]
        assert name in shown_order(line), (name, shown_order(line))
