"""The centre publishes a team update from its Sync page: the file a laptop then applies, one
translated line with the update's number; an existing file is never replaced (one refusal line, no
number used); a laptop's page has no such button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.i18n.test_i18n_screens import Screens, switch
from tests.sync_helpers import Team
from tests.sync_page_helpers import code_names, open_page, team_fixture
from tests.ui.test_accessibility import mnemonic_problems

NEW_CODE = "طرق التواصل مع المجلس"


team = team_fixture(devices=1)


def _publish(page: SyncPage, qtbot: QtBot, path: Path) -> str:
    before = page.results.count()
    assert page.team_updates.publish_to(path)
    qtbot.waitUntil(lambda: page.results.count() == before + 1, timeout=30_000)
    qtbot.waitUntil(page.publish_button.isEnabled)
    return page.results.item(before).text()


def test_the_centre_publishes_and_a_laptop_applies_it(team: Team, qtbot: QtBot, make_ctx: Any,
                                                      tmp_path: Path) -> None:
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar=NEW_CODE)
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.is_coordinator_view()
    assert page.publish_button.isVisibleTo(page) and not page.update_button.isVisibleTo(page)
    out = tmp_path / "out" / "team-update.majlis"
    out.parent.mkdir()
    line = _publish(page, qtbot, out)
    assert line == f"Team update 1 written: {shown_path(out)}"  # the whole path, as every export says it
    assert out.is_file()
    laptop = team.devices[0]
    assert NEW_CODE not in code_names(laptop)
    assert import_team_update(laptop, out)[0] == 1
    assert NEW_CODE in code_names(laptop)


def test_an_existing_file_is_refused_and_uses_no_number(team: Team, qtbot: QtBot, make_ctx: Any,
                                                        language: Any, tmp_path: Path) -> None:
    page = open_page(make_ctx(team.centre), qtbot)
    taken = tmp_path / "taken.majlis"
    taken.write_bytes(b"an update not carried to the laptops yet")
    language.set_language("ar")
    page.ctx.language.set_digits("arab")
    refused = _publish(page, qtbot, taken)
    assert taken.read_bytes() == b"an update not carried to the laptops yet"
    assert "Traceback" not in refused and "\n" not in refused
    assert not any("a" <= ch <= "z" for ch in refused), refused  # translated, no English left
    written = _publish(page, qtbot, tmp_path / "first.majlis")
    assert "first.majlis" in written and "١" in written and "٢" not in written, written  # number 1, in Arabic digits
    page.ctx.language.set_digits("latn")
    language.set_language("en")
    assert _publish(page, qtbot, tmp_path / "second.majlis").startswith(
        f"Team update 2 written: {shown_path(tmp_path / 'second.majlis')} \u2014 Nothing changed since team update 1")  # nothing was
    assert import_team_update(team.devices[0], tmp_path / "second.majlis")[0] == 2


def test_the_button_asks_for_a_name_and_adds_the_suffix(team: Team, qtbot: QtBot, make_ctx: Any,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(make_ctx(team.centre), qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-the-stick"), ""))
    page.publish_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    assert page.results.item(0).text() == f"Team update 1 written: {shown_path(tmp_path / 'for-the-stick.majlis')}"
    assert (tmp_path / "for-the-stick.majlis").is_file()


def test_a_laptop_has_no_publish_button(team: Team, qtbot: QtBot, make_ctx: Any) -> None:
    page = open_page(make_ctx(team.devices[0]), qtbot)
    assert not page.is_coordinator_view()
    assert not page.publish_button.isVisibleTo(page) and page.update_button.isVisibleTo(page)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_centre_sync_page_has_distinct_typeable_mnemonics(team: Team, qtbot: QtBot, make_ctx: Any,
                                                              language: Any, lang: str) -> None:
    """The accessibility walk opens a database that is no team's centre, so the centre's Sync page
    (import box, roster, conflicts, Publish team update) is checked here, in the main window (its
    menu bar's letters count too)."""
    screens = Screens(make_ctx(team.centre), qtbot)
    switch(screens, qtbot, lang)
    page = screens.show("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded)
    qtbot.waitUntil(lambda: page.publish_button.isVisible())
    assert "&" in page.publish_button.text()
    assert mnemonic_problems("sync (centre)", screens.window, lang) == []


def test_the_suggested_name_is_the_one_the_cli_gives(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Team and number, as `team update export` names an update written into a folder; the next
    suggestion has the next number."""
    page = open_page(make_ctx(team.centre), qtbot)
    offered: list[str] = []

    def save_dialog(parent: Any, title: str, suggested: str, filters: str, **options: Any) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    page.publish_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    first = Path(offered[0]).name
    assert first.startswith("majlis-team-update-") and first.endswith("-1.majlis"), first
    assert (tmp_path / first).is_file()
    qtbot.waitUntil(lambda: not page.central.reading and page.publish_button.isEnabled())
    page.publish_button.click()
    qtbot.waitUntil(lambda: page.results.count() == 2, timeout=30_000)
    assert Path(offered[1]).name == first.replace("-1.majlis", "-2.majlis")
    folder = tmp_path / "stick"
    folder.mkdir()
    assert write_team_update(team.centre, folder).path.name == first.replace("-1.majlis", "-3.majlis")


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_write_protected_stick_is_said_as_such_and_uses_no_number(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                    language: Any, tmp_path: Path,
                                                                    lang: str) -> None:
    """Publishing onto a read-only (write-protected) stick said "The file cannot be read.": the
    coordinator looked for a damaged file. Now the write failure's own line; no update number used."""
    from PySide6.QtCore import QCoreApplication

    from tests.readonly_folder import read_only

    page = open_page(make_ctx(team.centre), qtbot)
    language.set_language(lang)
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        line = _publish(page, qtbot, stick / "update.majlis")
    protected = QCoreApplication.translate("WriteFailure", "This folder cannot be written to (a read-only or "
                                           "write-protected USB stick?). Choose another place.")
    assert protected in line and "\n" not in line, line
    assert lang == "en" or not any("a" <= ch <= "z" for ch in line), line
    assert list(stick.iterdir()) == []
    language.set_language("en")
    assert _publish(page, qtbot, tmp_path / "first.majlis") == f"Team update 1 written: {shown_path(tmp_path / 'first.majlis')}"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_publishing_with_nothing_changed_is_said(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                 tmp_path: Path, lang: str) -> None:
    """Published again with nothing changed: written, and a second translated line says it brings nothing new."""
    write_team_update(team.centre, tmp_path / "1.majlis")
    page = open_page(make_ctx(team.centre), qtbot)
    language.set_language(lang)
    assert page.team_updates.publish_to(tmp_path / "2.majlis")
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    line = page.results.item(0).text()  # one line: written, and nothing new in it
    said = line.replace(str(tmp_path / "2.majlis"), "")  # the whole path, Latin letters of its own
    assert not any("a" <= ch <= "z" for ch in said) and "\u2014" in said, line
    assert "1" in said and "2" in said, line  # update 2 written, nothing new since update 1


def test_a_restored_centre_s_first_update_names_no_update_of_the_numbering_before(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path) -> None:
    """Restored from a backup made after update 2 (nothing changed since 1), the centre numbers from 1 again:
    its line said "Nothing changed since team update 2", a number of the numbering before the restore."""
    from desktop.core import backups
    from desktop.core.db import open_store
    from tests.conftest import PASSPHRASE

    write_team_update(team.centre, tmp_path / "u1.majlis")
    assert write_team_update(team.centre, tmp_path / "u2.majlis").same_as == 1
    saved = backups.backup(team.centre.engine, team.centre.path, PASSPHRASE, reason="test")
    db = team.centre.path
    team.centre.close()
    backups.restore(saved, db, PASSPHRASE)
    team.centre = open_store(db, PASSPHRASE)
    page = open_page(make_ctx(team.centre), qtbot)
    first = tmp_path / "restored-1.majlis"
    assert _publish(page, qtbot, first) == f"Team update 1 written: {shown_path(first)}"
    second = tmp_path / "restored-2.majlis"
    assert _publish(page, qtbot, second).startswith(
        f"Team update 2 written: {shown_path(second)} \u2014 Nothing changed since team update 1:")
