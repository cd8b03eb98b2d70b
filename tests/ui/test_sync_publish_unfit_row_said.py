"""The centre's Sync page refuses to publish a team update carrying a row every laptop would refuse.

A row of the centre's own database that does not fit its field (here a code's name longer than its column,
written behind the app's back) was signed and sent: every laptop then refused the update, blaming the file.
Publishing now says it at the centre, in one line in the interface's language naming the field (in its own
direction, as ``code.name_en`` stays Latin in an Arabic or Kurdish line), never the value; no file is
written and no update number used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import REAL_NAME

team = team_fixture(devices=1)
FIELD = "\u2068code.name_en\u2069"  # isolated: its own direction in a right-to-left line


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_an_unfit_row_is_said_in_one_line_and_nothing_is_written(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                 language: Any, tmp_path: Path, lang: str) -> None:
    with team.centre.transaction() as s:
        code = codebook.create_code(s, name_ar="الماء", name_en="Water")
        code_id = code.id
    with team.centre.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE code SET name_en = ? WHERE id = ?", (REAL_NAME * 10, code_id))
    page = open_page(make_ctx(team.centre), qtbot)
    language.set_language(lang)
    out = tmp_path / "update.majlis"
    assert page.team_updates.publish_to(out)
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    qtbot.waitUntil(page.publish_button.isEnabled)
    line = page.results.item(0).text()
    assert FIELD in line and "\n" not in line and REAL_NAME not in line and "Traceback" not in line, line
    assert lang == "en" or not any("a" <= ch <= "z" for ch in line.replace(FIELD, "")), line  # translated
    assert not out.exists()
    with team.centre.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE code SET name_en = 'Water' WHERE id = ?", (code_id,))
    language.set_language("en")
    assert page.team_updates.publish_to(out)
    qtbot.waitUntil(lambda: page.results.count() == 2, timeout=30_000)
    assert page.results.item(1).text() == f"Team update 1 written: {shown_path(out)}"  # number 1 was not used
