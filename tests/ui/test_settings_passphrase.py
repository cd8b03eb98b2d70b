"""Settings → Change passphrase…. A field user who feared their passphrase was known had no way to
change it but a facilitator's ``majlis-cli passwd``. The dialog asks the current passphrase and the
new one twice (the first-run wizard's rule), changes it on the DB worker with the busy look, and the
open window goes on with the new key: the database reopens with the new passphrase only, and the
idle lock takes it. A wrong current passphrase, two that differ, one too weak, or a backups folder
that cannot be written to is one translated line, and the database still opens with the current
passphrase (ar, ckb, en)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.db import open_store
from desktop.core.errors import WrongPassphrase
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest, opens_with
from tests.readonly_folder import read_only
from tests.ui_helpers import language_fixture, passphrases_typed, settings_in_window, settings_page

NEW = "ڕستەیەکی نوێ بۆ قفڵ 2026"  # Sorani words and digits: strong by the wizard's rule


language = language_fixture("en")  # the compiled translations


def change(page: SettingsPage, qtbot: QtBot, current: str, new: str, again: str | None = None) -> ChangePassphraseDialog:
    dialog = passphrases_typed(page, qtbot, current, new, again)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
    return dialog


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_changed_then_reopened_with_the_new_passphrase_only(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    dialog = passphrases_typed(page, qtbot, PASSPHRASE, NEW)
    dialog.submit()
    assert dialog.working and dialog.busy.pending and not dialog.new.isEnabled()  # on the worker, busy look
    qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
    assert not dialog.isVisible() and dialog.new.text() == ""  # closed, nothing typed kept
    said = page.passphrase_box.status.text()
    assert said and "\n" not in said and ("Passphrase changed" in said) == (lang == "en"), said
    (made,) = backups.list_backups(ctx.store.path)
    assert made.name in said and opens_with(made, NEW)
    assert ("1 backup" in page.backups_box.summary.text()) == (lang == "en")  # the Backups box counts it
    with ctx.store.transaction() as s:  # the open store writes on, no restart
        s.add(Session(kind="roundtable", title="بعد التغيير", governorate="basra", language="ar"))
    ctx.store.close()
    again = open_store(ctx.store.path, NEW)
    again.close()
    with pytest.raises(WrongPassphrase):
        open_store(ctx.store.path, PASSPHRASE)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_wrong_current_passphrase_changes_nothing(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    before = digest(ctx.store.path)
    dialog = change(page, qtbot, PASSPHRASE + " typed wrong", NEW)
    said = dialog.error.error()
    assert said and "\n" not in said and dialog.isVisible(), said
    assert ("current passphrase is wrong" in said) == (lang == "en"), said
    assert digest(ctx.store.path) == before and backups.list_backups(ctx.store.path) == []
    assert page.passphrase_box.status.text() == ""
    assert opens_with(ctx.store.path, PASSPHRASE) and not opens_with(ctx.store.path, NEW)


@pytest.mark.parametrize(("new", "again", "english"), [
    (NEW, NEW + "x", "differ"),
    ("short", "short", "too weak"),
    (PASSPHRASE, PASSPHRASE, "same as the current"),
    # pasted with a NUL: SQLCipher's key statement cannot take it, and the database could never be
    # backed up again (nor its passphrase changed)
    ("long enough\x00pasted", "long enough\x00pasted", "no passphrase can hold"),
], ids=["differ", "too-weak", "same", "nul"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_refused_before_any_work(ctx: AppContext, qtbot: QtBot, lang: str, new: str, again: str,
                                 english: str) -> None:
    page = settings_page(ctx, qtbot, lang)
    before = digest(ctx.store.path)
    dialog = change(page, qtbot, PASSPHRASE, new, again)
    said = dialog.error.error()
    assert said and "\n" not in said and (english in said) == (lang == "en"), said
    assert not ctx.tasks.busy and dialog.isVisible()
    assert digest(ctx.store.path) == before and backups.list_backups(ctx.store.path) == []


def test_the_wizard_rule_is_shown_as_it_is_typed(ctx: AppContext, qtbot: QtBot) -> None:
    page = settings_page(ctx, qtbot, "en")
    dialog = page.passphrase_box.open_dialog()
    dialog.new.setText("short")
    assert dialog.strength.text() == "Too short: use at least 8 characters."
    dialog.new.setText(NEW)
    dialog.again.setText("something else")
    assert dialog.strength.text() == "Strength: strong." and dialog.mismatch.error() == "The two passphrases differ."


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_backups_folder_that_cannot_be_written_to_changes_nothing(ctx: AppContext, qtbot: QtBot,
                                                                    lang: str) -> None:
    """The backup under the new passphrase comes first; without it nothing is changed."""
    page = settings_page(ctx, qtbot, lang)
    first = backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)
    with read_only(backups.backup_dir(ctx.store.path)):
        dialog = change(page, qtbot, PASSPHRASE, NEW)
    said = dialog.error.error()
    assert said and "\n" not in said and dialog.isVisible(), said
    assert ("backups folder" in said and "still opens with the current passphrase" in said) == (lang == "en"), said
    assert backups.list_backups(ctx.store.path) == [first]
    with ctx.store.transaction() as s:  # the window goes on with the key the file has
        s.add(Session(kind="roundtable", title="ما زال يكتب", governorate="basra", language="ar"))
    ctx.store.close()
    assert opens_with(ctx.store.path, PASSPHRASE) and not opens_with(ctx.store.path, NEW)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_file_where_the_backups_folder_goes_changes_nothing(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    """A file of the backups folder's name: the line said "The disk is full or reported an error."."""
    page = settings_page(ctx, qtbot, lang)
    there = backups.backup_dir(ctx.store.path)
    there.write_text("notes", encoding="utf-8")
    dialog = change(page, qtbot, PASSPHRASE, NEW)
    said = dialog.error.error()
    assert said and "\n" not in said and dialog.isVisible(), said
    assert ("Move or rename that file" in said and "still opens with the current passphrase" in said) == (
        lang == "en"), said
    assert "disk" not in said and there.read_text(encoding="utf-8") == "notes"
    ctx.store.close()
    assert opens_with(ctx.store.path, PASSPHRASE) and not opens_with(ctx.store.path, NEW)


def test_the_idle_lock_then_takes_the_new_passphrase(manager: LanguageManager, ctx: AppContext,
                                                     qtbot: QtBot) -> None:
    window, page = settings_in_window(manager, ctx.store, qtbot, "ckb")
    dialog = change(page, qtbot, PASSPHRASE, NEW)
    assert not dialog.isVisible() and dialog.error.error() == ""
    window.ctx.tasks.drain()
    window.lock()
    screen = window.lock_screen
    for typed in (PASSPHRASE, NEW):
        screen.passphrase.setText(typed)
        screen.submit()
        qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
        assert window.is_locked() == (typed == PASSPHRASE), screen.error.error()
    assert not window.store_lost
    window.ctx.tasks.drain()


def test_not_offered_for_the_demo(ctx: AppContext, qtbot: QtBot) -> None:
    """The demo's key is random and asked of nobody: there is no current passphrase to type. Nor a
    backup to make: Back up now… asked that passphrase, and the demo's folder is thrown away when
    the app closes, backups with it (tests/ui/test_demo_offers_only_what_works.py)."""
    ctx.demo = True
    page = settings_page(ctx, qtbot, "en")
    assert page.passphrase_box.isHidden() and page.backups_box.isHidden()
