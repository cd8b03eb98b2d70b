"""The centre's team key in Sync page tests: exported by the real ``majlis-cli team key export``
(passphrase-protected, its default), chosen with Team key file…, its passphrase dialog answered.

The page reads a chosen key file on the DB worker and asks a protected one's passphrase after that
read, so the dialog is answered when it is up, not at once (an answer sent at once met no dialog, and
the dialog that came later waited for ever)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.sync.key_passphrase import KeyPassphraseDialog
from desktop.ui.sync.page import SyncPage
from tests.cli_run import run
from tests.conftest import PASSPHRASE as DB_PASSPHRASE


def exported_key(centre_db: Path, folder: Path, key_passphrase: str, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """``folder``/stick/centre.key as the real CLI writes it for a second coordinator, and what it printed."""
    monkeypatch.setenv("MAJLIS_PASSPHRASE", DB_PASSPHRASE)
    secret = folder / "key-passphrase.txt"
    secret.write_text(key_passphrase + "\n", encoding="utf-8")
    key = folder / "stick" / "centre.key"
    key.parent.mkdir()
    code, out, err = run(capsys, "team", "key", "export", "--db", centre_db, "--out", key,
                         "--key-passphrase-file", secret)
    assert code == 0, err
    secret.unlink()
    return key, out


def answer_passphrase(steps: list[str], seen: list[str]) -> None:
    """Type each of ``steps`` into the modal key passphrase dialog and press OK ("" presses Cancel),
    noting what its error line says after each."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, KeyPassphraseDialog), dialog
    field = dialog.findChild(QLineEdit, "key_passphrase")
    error = dialog.findChild(QLabel, "key_passphrase_error")
    buttons = dialog.findChild(QDialogButtonBox)
    assert field.echoMode() == QLineEdit.EchoMode.Password  # masked
    for step in steps:
        if not step:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        field.setText(step)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(error.text() if not error.isHidden() else "")
        if not dialog.isVisible():
            return
        assert field.text() == ""  # a wrong passphrase is not left in the field


def when_asked(page: SyncPage, steps: list[str], seen: list[str]) -> None:
    """``answer_passphrase`` run once the passphrase dialog is up (after the key file, or the files of
    an import, were read on the DB worker)."""
    def check() -> None:
        if isinstance(QApplication.activeModalWidget(), KeyPassphraseDialog):
            timer.stop()
            answer_passphrase(steps, seen)

    timer = QTimer(page)
    timer.setInterval(20)
    timer.timeout.connect(check)
    timer.start()


def choose_key(page: SyncPage, key: Path, steps: list[str], monkeypatch: pytest.MonkeyPatch,
               qtbot: QtBot) -> tuple[bool, list[str]]:
    """Team key file… given ``key``, a protected one's passphrase dialog answered with ``steps`` (none: a
    plain key file asks nothing). Whether ``key`` became the page's key file once its read on the DB
    worker and the dialog are over, and the dialog's error line after each step."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(key), "")))
    seen: list[str] = []
    if steps:
        when_asked(page, steps, seen)
    assert page.choose_key()  # a file was chosen
    qtbot.waitUntil(lambda: (bool(seen) or not steps) and QApplication.activeModalWidget() is None
                    and page._token is None, timeout=30_000)
    return page.identity_path == key, seen
