"""The centre hands the team key to a second coordinator from the app, not only with `majlis-cli team key
export`: the Sync page's **Export team key…** (at the centre only) asks where, then the key file's own
passphrase twice (masked; too short or differing: one line, asked again), writes the file protected
(never in plain text, never over a file), and its line says how the second coordinator's laptop takes
part. The second coordinator's Sync page then opens the file with that passphrase and merges a field
laptop's bundle with it. Real stores, real age encryption, the real writer and importer."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.sync.errors import WrongKeyPassphraseError
from desktop.sync.keys import is_protected_identity_file, load_protected_identity_file, recipient_of
from desktop.sync.team import team_identities
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.team_key_export import KeyFilePassphraseDialog
from desktop.ui.widgets.save_files import shown_path
from tests.readonly_folder import read_only
from tests.sync_helpers import Team
from tests.sync_key_helpers import choose_key
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_second_coordinator import codes, field_bundle, lines, roster_arrives

team = team_fixture(devices=2, roles=("coordinator", "field"))

KEY_PASSPHRASE = "a key passphrase said by phone"


def _choose(page: SyncPage, target: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    """Export team key… clicked and ``target`` chosen; back once the folder has been tried (off the UI thread)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    button = page.team_updates.key_export.button
    assert button.isVisibleTo(page) and button.isEnabled()
    button.click()
    qtbot.waitUntil(button.isEnabled, timeout=30_000)


def _export(page: SyncPage, target: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> KeyFilePassphraseDialog:
    _choose(page, target, monkeypatch, qtbot)
    dialog = page.findChild(KeyFilePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type(dialog: KeyFilePassphraseDialog, first: str, second: str) -> str:
    new = dialog.findChild(QLineEdit, "key_file_passphrase")
    again = dialog.findChild(QLineEdit, "key_file_passphrase_again")
    assert new.echoMode() == again.echoMode() == QLineEdit.EchoMode.Password  # masked
    new.setText(first)
    again.setText(second)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.error.text() if dialog.isVisible() else ""


def test_the_centre_exports_the_key_and_a_second_coordinator_merges_with_it(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "team.age"
    centre_page = open_page(make_ctx(team.centre), qtbot)
    dialog = _export(centre_page, target, monkeypatch, qtbot)
    assert _type(dialog, "short", "short") == ("The passphrase is too weak: use at least 8 characters. Nothing was "
                                               "written.")
    assert _type(dialog, KEY_PASSPHRASE, KEY_PASSPHRASE + "x") == "The two passphrases differ. Nothing was written."
    assert not target.exists()
    assert _type(dialog, KEY_PASSPHRASE, KEY_PASSPHRASE) == ""
    qtbot.waitUntil(lambda: target.exists() and not centre_page.team_updates.key_export.writing, timeout=30_000)
    said = lines(centre_page)[-1]
    # The whole path, as every export's line names it (it named the file only: on which stick, nobody could tell).
    assert said.startswith(f"Team key written, protected by its passphrase: {shown_path(target)}. For a second "
                           "coordinator:"), said
    assert str(target) in said
    assert "never a copy of this database" in said
    assert is_protected_identity_file(target)
    assert KEY_PASSPHRASE.encode() not in target.read_bytes()
    assert b"AGE-SECRET-KEY" not in target.read_bytes()  # never in plain text
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    opened = load_protected_identity_file(target, KEY_PASSPHRASE)
    assert [recipient_of(i) for i in opened] == [recipient_of(i) for i in team_identities(team.centre)]
    with pytest.raises(WrongKeyPassphraseError):
        load_protected_identity_file(target, "not the passphrase")

    # The second coordinator's laptop: the roster says what it is, the key file opens with the passphrase.
    second_page = open_page(make_ctx(team.devices[0]), qtbot)
    assert not second_page.team_updates.key_export.button.isVisibleTo(second_page)  # the centre's alone
    roster_arrives(second_page, team, tmp_path, qtbot)
    assert not second_page.team_updates.key_export.button.isVisibleTo(second_page)
    assert choose_key(second_page, target, [KEY_PASSPHRASE], monkeypatch, qtbot)[0]
    bundle = field_bundle(team, tmp_path)
    assert second_page.import_paths([bundle])
    qtbot.waitUntil(lambda: len(second_page.last_outcomes) == 1 and second_page.is_loaded(), timeout=30_000)
    assert [o.status for o in second_page.last_outcomes] == ["imported"]
    assert codes(team.devices[0]) == ["BAS-P11"]


def test_an_existing_file_is_refused_before_a_passphrase_is_asked(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """As `majlis-cli team key export`: the name and the folder are tried first. A coordinator no longer makes
    up a passphrase and types it twice to learn that the name was taken."""
    target = tmp_path / "kept.age"
    target.write_bytes(b"another team's key, not handed out yet")
    page = open_page(make_ctx(team.centre), qtbot)
    _choose(page, target, monkeypatch, qtbot)
    assert page.findChild(KeyFilePassphraseDialog) is None  # no passphrase asked
    assert lines(page)[-1] == "Failed: A file of that name is already there. Choose another name."
    assert target.read_bytes() == b"another team's key, not handed out yet"


def test_a_write_protected_stick_is_refused_before_a_passphrase_is_asked(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    page = open_page(make_ctx(team.centre), qtbot)
    with read_only(stick):
        _choose(page, stick / "team.age", monkeypatch, qtbot)
    assert page.findChild(KeyFilePassphraseDialog) is None
    assert lines(page)[-1] == ("Failed: This folder cannot be written to (a read-only or write-protected USB stick?). "
                               "Choose another place.")
    assert list(stick.iterdir()) == []
    assert not page.team_updates.key_export.writing


def test_a_file_that_appears_while_the_passphrase_is_typed_is_never_replaced(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kept.age"
    page = open_page(make_ctx(team.centre), qtbot)
    dialog = _export(page, target, monkeypatch, qtbot)  # the name was free when tried
    target.write_bytes(b"another team's key, not handed out yet")
    assert _type(dialog, KEY_PASSPHRASE, KEY_PASSPHRASE) == ""
    qtbot.waitUntil(lambda: not page.team_updates.key_export.writing and bool(lines(page)), timeout=30_000)
    assert lines(page)[-1] == "Failed: A file of that name is already there. Choose another name."
    assert target.read_bytes() == b"another team's key, not handed out yet"


def test_a_field_laptop_has_no_such_button(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path) -> None:
    page = open_page(make_ctx(team.devices[1]), qtbot)
    roster_arrives(page, team, tmp_path, qtbot)
    assert not page.team_updates.key_export.button.isVisibleTo(page)
