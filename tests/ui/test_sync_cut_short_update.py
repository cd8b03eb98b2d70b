"""A laptop's Sync page takes a team update cut short (a copy to the stick interrupted) dropped on it,
instead of passing it over in silence, and says in its language that it is incomplete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.sync.errors import TruncatedTeamUpdateError
from desktop.sync.team import write_team_update
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture

team = team_fixture(devices=1)


def _update(team: Team, folder: Path) -> Path:
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="الثقة بالمؤسسات", name_en="Trust in institutions")
    return write_team_update(team.centre, folder / "update.majlis").path


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_laptops_page_takes_it_and_says_so(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                               language: Any, lang: str) -> None:
    whole = _update(team, tmp_path).read_bytes()
    cut = tmp_path / "update (1).majlis"
    cut.write_bytes(whole[: len(whole) // 2])
    page = open_page(make_ctx(team.devices[0]), qtbot)
    language.set_language(lang)
    assert drag_and_drop(page, [cut])  # not passed over in silence
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    said = QCoreApplication.translate("BundleError", TruncatedTeamUpdateError.default_message)
    assert said != TruncatedTeamUpdateError.default_message and said in page.results.item(0).text()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_join_dialog_names_a_team_update_given_for_the_team_file(team: Team, tmp_path: Path, qtbot: QtBot,
                                                                     make_ctx: Any, language: Any, lang: str) -> None:
    from desktop.sync.team_file import _A_TEAM_UPDATE
    from desktop.ui.sync.join_dialog import JoinTeamDialog
    from tests.conftest import PASSPHRASE
    from tests.stores import fresh_store

    update = _update(team, tmp_path)
    newcomer = fresh_store(tmp_path / "new.db", PASSPHRASE, "new laptop")
    try:
        language.set_language(lang)
        dialog = JoinTeamDialog(make_ctx(newcomer))
        qtbot.addWidget(dialog)
        assert not dialog.load(update)
        said = QCoreApplication.translate("BundleError", _A_TEAM_UPDATE)
        assert said != _A_TEAM_UPDATE and dialog.error.text() == said
        assert not dialog.join_button.isEnabled()
    finally:
        newcomer.close()
