"""A coordinator working in Arabic takes a stolen laptop off the roster on the Sync page.

Revoke… asks first (No by default), naming the device by the centre's label and its key fingerprint;
No changes nothing; Yes revokes it: the roster line says so, Revoke… is greyed for it, and the laptop's
bundle dropped on the page afterwards is refused in one line, nothing applied. The centre's own line
cannot be revoked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync import keys, revocations, roster
from desktop.sync.errors import RevokedKeyError
from desktop.sync.export import export_bundle
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.roster_revoke import revoked_mark
from tests.question_answers import answer_as_message_box
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page, team_fixture
from tests.trust_helpers import laptop_key
from tests.ui.test_trust_roster_panel import _participants

team = team_fixture(devices=1)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _asked(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[tuple[str, Any]]:
    asked: list[tuple[str, Any]] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    answer_as_message_box(monkeypatch)  # the long questions (question_dialog.ask_yes_no) too
    return asked


def test_revoke_asks_then_refuses_the_stolen_laptops_bundles(team: Team, qtbot: QtBot, make_ctx: Any,
                                                             language: LanguageManager, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BAS-FG01-P01"))
    made = export_bundle(laptop, tmp_path / "after-the-theft.majlis")
    assert made is not None
    fingerprint = keys.key_fingerprint(keys.public_key_b64(laptop_key(laptop)))
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2, timeout=30_000)
    button = panel.revoke_button
    panel.roster_list.setCurrentRow(0)  # the centre itself
    assert not button.isEnabled() and button.revoke_selected() is False
    panel.roster_list.setCurrentRow(1)
    assert button.isEnabled() and button.text() == QCoreApplication.translate("RosterPanel", "Revoke…")

    asked = _asked(monkeypatch, QMessageBox.StandardButton.No)
    assert button.revoke_selected() is False
    (text, default), = asked
    assert default == QMessageBox.StandardButton.No
    assert "field laptop 1" in text and fingerprint.replace(" ", "\u00a0") in text
    assert not any(e.revoked for e in roster.roster(team.centre))

    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert button.revoke_selected() is True
    qtbot.waitUntil(lambda: revoked_mark() in panel.roster_list.item(1).text(), timeout=30_000)
    assert panel.roster_list.currentRow() == 1 and not button.isEnabled()  # revoked: nothing more to do
    assert "field laptop 1" in panel.result_label.text()
    (entry,) = [e for e in roster.roster(team.centre) if e.device_id == laptop.device_id]
    assert entry.revoked

    drop(page, [made.path])
    refused = QCoreApplication.translate("BundleError", RevokedKeyError.default_message)
    qtbot.waitUntil(lambda: any(refused in page.results.item(i).text() for i in range(page.results.count())),
                    timeout=30_000)
    assert _participants(team) == 0 and roster.pending(team.centre) == []


def test_the_posted_bundle_is_taken_by_name_after_a_question(team: Team, qtbot: QtBot, make_ctx: Any,
                                                             language: LanguageManager, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle the laptop wrote before it was lost, posted on a USB stick: refused like everything
    signed with the revoked key; the coordinator, in Arabic, picks the revoked laptop and takes that
    file (asked first, No by default); it is applied, and the roster still lists the laptop as revoked."""
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BAS-FG01-P01"))
    made = export_bundle(laptop, tmp_path / "posted.majlis")
    assert made is not None
    roster_entry = revocations.revoke(team.centre, laptop.device_id)
    assert roster_entry.device_id == laptop.device_id
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2, timeout=30_000)
    take = panel.take_button
    panel.roster_list.setCurrentRow(0)  # the centre: nothing revoked, nothing to take
    assert take.isHidden() and take.take(made.path) is False
    panel.roster_list.setCurrentRow(1)
    assert not take.isHidden() and not panel.revoke_button.isEnabled()

    asked = _asked(monkeypatch, QMessageBox.StandardButton.No)
    assert take.take(made.path) is False
    (text, default), = asked
    assert default == QMessageBox.StandardButton.No and "posted.majlis" in text and "field laptop 1" in text
    assert _participants(team) == 0

    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert take.take(made.path) is True
    qtbot.waitUntil(lambda: _participants(team) == 1 and not take.taking, timeout=30_000)
    imported = QCoreApplication.translate("SyncTexts", "{file}: imported (new changes: {changes}, conflicts: {conflicts})")
    assert imported.split("{file}")[1].split("{changes}")[0] in panel.result_label.text()
    (entry,) = [e for e in roster.roster(team.centre) if e.device_id == laptop.device_id]
    assert entry.revoked  # taking one file changes nothing on the roster
