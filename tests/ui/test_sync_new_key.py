"""A facilitator in Kurdish whose restored laptop's key the centre revoked makes a new one on the Sync page.

New signing key… is there on a laptop in a team (not at the centre); it asks first (No by default), No
changes nothing; Yes gives the laptop a new key: the results list says its fingerprint (to read to the
coordinator), the panel shows it, and the next bundle carries everything again, signed with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync import keys, revocations
from desktop.sync.bundle_reader import open_bundle
from desktop.sync.export import export_bundle
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import laptop_key
from tests.ui.test_sync_roster_revoke import _asked

team = team_fixture(devices=1)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager


def _fingerprint(team: Team) -> str:
    return keys.key_fingerprint(keys.public_key_b64(laptop_key(team.devices[0])))


def test_a_new_key_is_asked_for_made_and_said(team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BAS-FG01-P01"))
    assert export_bundle(laptop, tmp_path / "sent.majlis") is not None  # sent before: the position moved
    centre_page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, shown=False)
    assert centre_page.outbox.new_key_button.isHidden()  # the centre sends no bundles
    ctx = make_ctx(laptop, user_name="facilitator")
    ctx.language.set_language("ckb")
    page = open_page(ctx, qtbot)
    button = page.outbox.new_key_button
    qtbot.waitUntil(lambda: button.isVisible(), timeout=30_000)
    old = _fingerprint(team)

    asked = _asked(monkeypatch, QMessageBox.StandardButton.No)
    assert button.ask_and_make() is False
    assert asked[0][1] == QMessageBox.StandardButton.No and _fingerprint(team) == old

    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert button.ask_and_make() is True
    qtbot.waitUntil(lambda: _fingerprint(team) != old, timeout=30_000)
    new = _fingerprint(team).replace(" ", "\u00a0")
    qtbot.waitUntil(lambda: any(new in page.results.item(i).text() for i in range(page.results.count())),
                    timeout=30_000)
    qtbot.waitUntil(lambda: new in page.outbox.key_label.text(), timeout=30_000)
    made = export_bundle(laptop, tmp_path / "again.majlis")  # everything again, signed with the new key
    assert made is not None and made.seq_from == 1
    opened = open_bundle(made.path.read_bytes(), team.identities, expected_team_id=None)
    try:
        assert keys.same_public_key(opened.manifest.device_public_key, keys.public_key_b64(laptop_key(laptop)))
    finally:
        opened.close()


def test_the_laptop_is_told_its_key_was_revoked_until_it_makes_a_new_one(
        team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The centre's team update says which keys it revoked: the restored laptop's Sync page says in
    Arabic why its bundles are refused and what to do, and says nothing once it signs with a new key."""
    laptop = team.devices[0]
    revocations.revoke(team.centre, laptop.device_id)
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "update.majlis").path)
    ctx = make_ctx(laptop, user_name="facilitator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot)
    said = page.outbox.revoked_label
    qtbot.waitUntil(lambda: said.isVisible(), timeout=30_000)
    assert said.text() == QCoreApplication.translate(
        "OutboxPanel", "The centre revoked this key (a lost or stolen laptop's): your bundles are refused there. "
        "Make a new one with New signing key…, read its fingerprint to your coordinator, then export a bundle.")
    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.outbox.new_key_button.ask_and_make() is True
    qtbot.waitUntil(lambda: not said.isVisible(), timeout=30_000)
    assert said.text() == ""
