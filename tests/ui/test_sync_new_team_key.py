"""A coordinator whose exported team key file was lost on a USB stick makes a new team key on the centre's
Sync page: **New team key…** sits under Export team key… (not on a laptop), asks first (No by default,
saying what happens: the laptops encrypt to the new key from the next team update, the old bundles still
open, a second coordinator needs the key again); No changes nothing; Yes keeps a second key in the database
and the results list says to publish a team update. A laptop's page then applies the update and says the
new key arrived. Real SQLCipher stores, real age keys, real widgets; the question looked at in ar, ckb, en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.sync.team import team_identities, write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.team_key_rotate import question_words
from desktop.ui.widgets.question_dialog import QuestionDialog
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page, team_fixture
from tests.ui.test_sync_roster_revoke import _asked

team = team_fixture(devices=1)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


def _lines(page: Any) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_the_centre_makes_a_new_key_after_asking(team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop_page = open_page(make_ctx(team.devices[0], user_name="facilitator"), qtbot, shown=False)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    button = page.team_updates.new_key
    qtbot.waitUntil(lambda: button.isVisible(), timeout=30_000)
    assert page.team_updates.key_export.button.isVisible()  # beside Export team key…
    assert laptop_page.team_updates.new_key.isHidden()  # a laptop keeps no team key

    asked = _asked(monkeypatch, QMessageBox.StandardButton.No)
    assert button.ask_and_make() is False
    (text, default), = asked
    assert default == QMessageBox.StandardButton.No and "next team update" in text and "second coordinator" in text
    assert len(team_identities(team.centre)) == 1

    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert button.ask_and_make() is True
    qtbot.waitUntil(lambda: any(line.startswith("New team key made.") for line in _lines(page)), timeout=30_000)
    assert len(team_identities(team.centre)) == 2 and button.isEnabled()

    update = write_team_update(team.centre, tmp_path / "u1.majlis").path
    lines = imported_lines(laptop_page, qtbot, [update])
    assert any("The centre made a new team key: this laptop's next bundles are encrypted to it." in line
               for line in lines), lines


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_question_reads_whole(team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager,
                                  tmp_path: Path, lang: str) -> None:
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot)
    qtbot.waitUntil(lambda: page.team_updates.new_key.isVisible() and page.is_loaded(), timeout=30_000)
    qtbot.wait(200)
    title, text = question_words()
    box = QuestionDialog(page, title)  # as question_dialog.ask_yes_no asks it
    box.setText(text)
    box.addButton(QDialogButtonBox.StandardButton.Yes)
    no = box.addButton(QDialogButtonBox.StandardButton.No)
    box.setDefaultButton(no)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.text() == text and box.width() <= 1366
    box.grab().save(str(shots_folder(tmp_path, "MAJLIS_SHOTS") / f"new-team-key-question-{lang}.png"))
    page.grab().save(str(shots_folder(tmp_path, "MAJLIS_SHOTS") / f"new-team-key-page-{lang}.png"))


def test_a_team_holding_more_recipients_than_laptops_take_is_said_in_one_line(
        team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """A team made before the bound with more recipients than a laptop takes (key_rotation.RECIPIENTS_MAX):
    the page makes no new key and says why in one line (TooManyRecipientsError), nothing changed."""
    from sqlalchemy import select

    from desktop.core.models import Team as TeamRow
    from desktop.sync import keys
    from desktop.sync.errors import TooManyRecipientsError
    from desktop.sync.key_rotation import RECIPIENTS_MAX

    with team.centre.transaction(replicating=True) as s:
        row = s.scalars(select(TeamRow)).one()
        row.recipients = [*row.recipients,
                          *(keys.recipient_of(keys.generate_identity()) for _ in range(RECIPIENTS_MAX))]
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    button = page.team_updates.new_key
    qtbot.waitUntil(lambda: button.isVisible(), timeout=30_000)
    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert button.ask_and_make() is True
    qtbot.waitUntil(lambda: any(line.startswith("No new team key was made") for line in _lines(page)), timeout=30_000)
    said, = [line for line in _lines(page) if line.startswith("No new team key was made")]
    assert TooManyRecipientsError.default_message in said and "\n" not in said, said
    assert len(team_identities(team.centre)) == 1 and button.isEnabled()
