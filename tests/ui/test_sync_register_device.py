"""A coordinator working in Arabic registers a laptop on the centre's Sync page before it sends.

A freshly joined laptop has nothing to send, so no bundle waits to approve: Register a device… takes its
id and public key (pasted, with stray spaces), shows the fingerprint large as soon as the key is a key,
and puts it on the roster; a bundle it sent before, held, is applied. A wrong key, or a known id with
another key, is one translated line in the dialog, nothing changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync import devices, keys, revocations, roster
from desktop.sync.devices import DeviceKeyConflict, RevokedKeyConflict
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from desktop.ui import smoke
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.register_device import NotCentre, RegisterDialog, refusal, register
from desktop.ui.sync.roster_panel import RosterPanel
from tests import i18n_allowlist as allowlist
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page, team_fixture
from tests.trust_helpers import laptop_key
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=1)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _open(panel: RosterPanel, qtbot: QtBot) -> RegisterDialog:
    assert panel.register_button.isVisible() and panel.register_button.isEnabled()
    dialog = panel.register_button.open_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_register_a_new_laptop_applies_what_it_sent(team: Team, qtbot: QtBot, make_ctx: Any,
                                                   language: LanguageManager, tmp_path: Path) -> None:
    laptop = fresh_store(tmp_path / "second.db", PASSPHRASE, "second coordinator")
    try:
        join_team(laptop, team.team_file)
        with laptop.transaction() as s:
            s.add(Participant(code="BAS-FG02-P01"))
        made = export_bundle(laptop, tmp_path / "before.majlis")
        assert made is not None
        key = keys.public_key_b64(laptop_key(laptop))
        fingerprint = keys.key_fingerprint(key)
        ctx = make_ctx(team.centre, user_name="coordinator")
        ctx.language.set_language("ar")
        page = open_page(ctx, qtbot, identity=team.identity_file)
        panel = page.roster_panel
        qtbot.waitUntil(lambda: panel.roster_list.count() == 2, timeout=30_000)
        drop(page, [tmp_path / "before.majlis"])
        qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30_000)

        dialog = _open(panel, qtbot)
        dialog.id_box.setText(f"  {laptop.device_id} ")
        assert not dialog.fingerprint_label.isVisibleTo(dialog)
        dialog.key_box.setText(f" {key[:20]} {key[20:]}\n")  # pasted with a break and spaces
        assert dialog.fingerprint_label.text() == fingerprint and dialog.fingerprint_label.isVisibleTo(dialog)
        dialog.name_box.setText("laptop B")
        dialog.role_box.setCurrentIndex(1)
        assert dialog.register() is True
        qtbot.waitUntil(lambda: dialog.done_result is not None, timeout=30_000)
        qtbot.waitUntil(lambda: panel.roster_list.count() == 3, timeout=30_000)
        (entry,) = [e for e in roster.roster(team.centre) if e.device_id == laptop.device_id]
        assert entry.role == "coordinator" and entry.name == "laptop B"
        assert roster.pending(team.centre) == []  # the held bundle was applied
        qtbot.waitUntil(lambda: panel.waiting_list.count() == 0, timeout=30_000)
        with team.centre.session() as s:
            assert s.query(Participant).filter_by(code="BAS-FG02-P01").count() == 1
        assert laptop.device_id[:8] in panel.result_label.text()
    finally:
        laptop.close()


def test_a_wrong_key_and_a_known_id_with_another_key_are_refused(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                language: LanguageManager, tmp_path: Path) -> None:
    known = team.devices[0]
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2, timeout=30_000)
    before = roster.roster(team.centre)

    dialog = _open(panel, qtbot)
    dialog.id_box.setText("a1b2c3d4-new")
    dialog.key_box.setText("not-a-key")
    assert not dialog.fingerprint_label.isVisibleTo(dialog)
    assert dialog.register() is False
    assert dialog.result_label.text() == refusal(ValueError(), "a1b2c3d4-new")

    dialog.id_box.setText(known.device_id)
    dialog.key_box.setText(keys.public_key_b64(Ed25519PrivateKey.generate()))
    assert dialog.register() is True
    expected = refusal(DeviceKeyConflict("already registered with another key"), known.device_id)
    qtbot.waitUntil(lambda: dialog.result_label.text() == expected, timeout=30_000)
    assert dialog.isVisible() and dialog.register_button.isEnabled()
    assert roster.roster(team.centre) == before


def test_only_the_centre_registers(team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager) -> None:
    laptop = team.devices[0]
    ctx = make_ctx(laptop, user_name="facilitator")
    page = open_page(ctx, qtbot)
    assert not page.roster_panel.register_button.isVisibleTo(page)
    key = keys.public_key_b64(Ed25519PrivateKey.generate())
    with pytest.raises(NotCentre):  # the core the dialog calls refuses on a laptop too, nothing written
        register(laptop, "a1b2c3d4-new", key, "", "field")
    assert all(e.device_id != "a1b2c3d4-new" for e in roster.roster(laptop))


def test_the_laptop_shows_its_id_and_key_to_read_out(team: Team, qtbot: QtBot, make_ctx: Any,
                                                     language: LanguageManager) -> None:
    laptop = team.devices[0]
    key = keys.public_key_b64(laptop_key(laptop))
    ctx = make_ctx(laptop, user_name="facilitator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot)
    label, box = page.outbox.id_key_label, page.outbox.key_box
    qtbot.waitUntil(lambda: box.text() == key, timeout=30_000)
    assert laptop.device_id in label.text() and label.isVisibleTo(page) and box.isVisibleTo(page)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert box.cursorPosition() == 0  # read from its start
    assert box.isReadOnly() and box.layoutDirection() == Qt.LayoutDirection.LeftToRight  # copied whole, LTR
    assert f"\u2066{laptop.device_id}\u2069" in label.text()  # left to right in an Arabic line
    # A key is data, not English left untranslated, for the screen checks (in source and frozen).
    assert smoke.english_words(f"\u2066{key}\u2069") == [] == allowlist.english_words(f"\u2066{key}\u2069")

    centre = make_ctx(team.centre, user_name="coordinator")
    at_centre = open_page(centre, qtbot)
    assert not at_centre.outbox.id_key_label.isVisibleTo(at_centre)
    assert not at_centre.outbox.key_box.isVisibleTo(at_centre)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_laptops_key_does_not_push_the_page_sideways_at_20_points(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    window = main_window_on_screen(manager, laptop, qtbot, lang, 20.0, (910, 512), monkeypatch)
    window.go_to("sync")
    page = window.findChild(SyncPage)
    assert page is not None
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    qtbot.waitUntil(lambda: page.outbox.key_box.isVisible(), timeout=30_000)
    for _ in range(5):
        QApplication.processEvents()
    for area in page.findChildren(QScrollArea):
        assert area.horizontalScrollBar().maximum() == 0, lang


def test_a_revoked_key_is_refused_in_one_line(team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager) -> None:
    lost = team.devices[0]
    revocations.revoke(team.centre, lost.device_id)
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 2, timeout=30_000)
    before = roster.roster(team.centre)
    dialog = _open(panel, qtbot)
    dialog.id_box.setText("a1b2c3d4-thief")  # the stolen key under another id
    dialog.key_box.setText(keys.public_key_b64(laptop_key(lost)))
    assert dialog.register() is True
    expected = refusal(RevokedKeyConflict("this key was revoked"), "a1b2c3d4-thief")
    assert expected != refusal(DeviceKeyConflict("already registered with another key"), "a1b2c3d4-thief")
    qtbot.waitUntil(lambda: dialog.result_label.text() == expected, timeout=30_000)
    assert roster.roster(team.centre) == before


def test_a_known_id_ending_in_revoked_is_not_called_a_revoked_key(
        team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager) -> None:
    """The dialog tells a revoked key by the refusal's type, not by the word "revoked" in its English
    text: an id like "a1b2c3d4-revoked" (a device id may end so) registered with one key, then typed
    again with another, is the known-id line; the real revoked key is still the revoked-key line."""
    devices.preregister(team.centre, "a1b2c3d4-revoked", keys.public_key_b64(Ed25519PrivateKey.generate()), "")
    lost = team.devices[0]
    revocations.revoke(team.centre, lost.device_id)
    with pytest.raises(RevokedKeyConflict):  # what the dialog reads: the type, whatever the message says
        devices.preregister(team.centre, "a1b2c3d4-thief", keys.public_key_b64(laptop_key(lost)), "")
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 3, timeout=30_000)
    dialog = _open(panel, qtbot)
    dialog.id_box.setText("a1b2c3d4-revoked")
    dialog.key_box.setText(keys.public_key_b64(Ed25519PrivateKey.generate()))
    assert dialog.register() is True
    known_line = refusal(DeviceKeyConflict("another key"), "a1b2c3d4-revoked")
    revoked_line = refusal(RevokedKeyConflict("another key"), "a1b2c3d4-revoked")
    assert known_line != revoked_line
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert dialog.result_label.text() == known_line
    dialog.key_box.setText(keys.public_key_b64(laptop_key(lost)))
    assert dialog.register() is True
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert dialog.result_label.text() == revoked_line
