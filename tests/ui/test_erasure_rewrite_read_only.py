"""Rewrite the local backups… into a backups folder that cannot be written to (a read-only or
write-protected disk) says so, not "wrong passphrase".

The erasure report's rewrite said "The backups were not rewritten: wrong passphrase, or a backup cannot
be opened." for a read-only backups folder, and the coordinator typed the passphrase again and again;
an OSError past the core went up as a traceback. Now the disk's or folder's own reason is said, in the
interface language, and the button can be pressed again.

OK (or Enter) on the passphrase prompt before typing anything did nothing and said nothing; now one
translated line says nothing was rewritten and what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.environment_words import environment_reason
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.erasure_page_helpers import withdraw_all_on_consent_page
from tests.readonly_folder import read_only


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_read_only_backups_folder_is_said(lang: str, qtbot: QtBot, ctx: AppContext,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)
    _page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    report = opened[0]
    qtbot.addWidget(report)
    ctx.language.set_language(lang)
    folder = backups.backup_dir(ctx.store.path)
    with read_only(folder):
        report.rewrite_backups(PASSPHRASE)
        qtbot.waitUntil(report.rewrite.isEnabled, timeout=20_000)
    said = report.status.text()
    wrong = QCoreApplication.translate(
        "ErasureReportDialog", "The backups were not rewritten: wrong passphrase, or a backup cannot be opened.")
    assert said != wrong
    reason = environment_reason("read_only")
    assert said == QCoreApplication.translate(
        "ErasureReportDialog", "The backups were not all rewritten: %1").replace("%1", reason)
    assert report.items.count() == 1  # the backup still holds the words: still named


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_empty_passphrase_is_said(lang: str, qtbot: QtBot, ctx: AppContext,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    made = backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)
    _page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    report = opened[0]
    qtbot.addWidget(report)
    ctx.language.set_language(lang)
    before = made.read_bytes()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    qtbot.mouseClick(report.rewrite, Qt.MouseButton.LeftButton)
    said = report.status.text()
    assert said and "\n" not in said and ("no passphrase was typed" in said) == (lang == "en"), said
    assert report.rewrite.isEnabled() and report.items.count() == 1  # the backup, still named
    assert made.read_bytes() == before  # untouched
