"""The help pages against the real screens they describe, in each language.

F1 in the wizard and on the Settings page opens "first-run". That page named wizard steps the wizard
does not have ("Language", "Passphrase"), told the reader to compare the team key's fingerprint in
the wizard when it showed none, left out the Settings page's Backups box, and gave the idle lock no
number. Now the wizard shows the fingerprint as the Sync page's Join a team… does, and the page says
how to confirm it there. These tests drive the real wizard and Settings page and read the page as
the help window shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QTabWidget
from pytestqt.qtbot import QtBot

from desktop.i18n.languages import SUPPORTED
from desktop.sync.devices import preregister
from desktop.sync.keys import public_key_b64
from desktop.sync.team import create_team, device_signing_key, join_team
from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.help import topics
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from desktop.ui.settings_store import IDLE_LOCK_MINUTES
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_page_helpers import open_page
from tests.ui.test_help_words import in_context, plain, quotes


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the compiled translations


def bold_in_order(topic: str, lang: str, wanted: list[str]) -> list[str]:
    """``wanted`` that the page does not quote in bold in this order."""
    pieces, at, missing = [p.casefold() for p in quotes(topic, lang)], 0, []
    for word in wanted:
        try:
            at = pieces.index(word.casefold(), at) + 1
        except ValueError:
            missing.append(word)
    return missing


@pytest.mark.parametrize("lang", SUPPORTED)
def test_first_run_names_the_wizard_steps_in_order(lang: str, language: LanguageManager, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    language.set_language(lang)
    wizard = FirstRunWizard(language, tmp_path / "data")
    qtbot.addWidget(wizard)
    titles = [plain(wizard.page(i).title()) for i in wizard.pageIds()]
    assert len(titles) == 4
    assert bold_in_order("first-run", lang, titles) == []
    # "Work alone for now", then the Sync page's Join a team… later.
    assert plain(wizard.start_page.alone.text()).split(" (")[0].casefold() in {q.casefold() for q in
                                                                                 quotes("first-run", lang)}


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    """A team file a centre made, for the join windows to load."""
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "Centre")
    try:
        create_team(centre, name="Team", team_file=tmp_path / "t.majlis-team", identity_file=tmp_path / "t.key")
    finally:
        centre.close()
    return tmp_path / "t.majlis-team"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_first_run_names_the_join_window_as_it_reads(lang: str, ctx: AppContext, qtbot: QtBot,
                                                     team_file: Path) -> None:
    ctx.language.set_language(lang)
    join = JoinTeamDialog(ctx)
    qtbot.addWidget(join)
    assert join.load(team_file)
    assert join.fingerprint.text()  # shown before joining
    words = [plain(join.browse.text()), plain(join.fingerprint_label.text()).rstrip(":"), plain(join.join_button.text())]
    assert bold_in_order("first-run", lang, words) == []


@pytest.mark.parametrize("lang", SUPPORTED)
def test_first_run_names_the_wizards_join_step_as_it_reads(lang: str, language: LanguageManager, qtbot: QtBot,
                                                           tmp_path: Path, team_file: Path) -> None:
    """The wizard's Join a team: choose the file, compare the fingerprint, tick that it matches."""
    language.set_language(lang)
    wizard = FirstRunWizard(language, tmp_path / "data")
    qtbot.addWidget(wizard)
    page = wizard.start_page
    assert page.load_team_file(team_file)
    view, confirm = page.key_view, page.key_view.confirm
    assert confirm is not None and view.fingerprint.text()
    words = [plain(page.join.text()).split(" (")[0], plain(page.browse.text()),
             plain(view.fingerprint_label.text()).rstrip(":"), plain(confirm.text())]
    assert bold_in_order("first-run", lang, words) == []


@pytest.mark.parametrize("lang", SUPPORTED)
def test_first_run_names_every_box_of_the_settings_page(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language(lang)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    boxes = [plain(box.title()) for box in page.findChildren(QGroupBox) if box.title()]
    assert len(boxes) >= 6  # You, Language and display, Security, Passphrase, Backups, Your data
    named = {p.casefold() for p in quotes("first-run", lang)}
    assert [b for b in boxes if b.casefold() not in named] == []
    # the idle lock: its number, and the label of the box that sets it
    label = plain(page.idle_label.text()).rstrip(":")
    assert label.casefold() in named
    text = (Path(__file__).resolve().parents[2] / "desktop/resources/help" / lang / "first-run.html").read_text(
        encoding="utf-8")
    assert re.search(rf"\b{IDLE_LOCK_MINUTES.default}\b", text), "the idle lock's minutes"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_pages_without_a_topic_of_their_own_are_described_in_the_contents(lang: str, ctx: AppContext,
                                                                          qtbot: QtBot) -> None:
    """F1 on Reports, Organisations and Recommendations opens the contents: it said nothing of them."""
    ctx.language.set_language(lang)
    named = {p.casefold() for p in quotes(topics.INDEX, lang)}
    for key, cls in registry.available_pages():
        if topics.topic_for_page(key) != topics.INDEX:
            continue
        page = cls(ctx)
        qtbot.addWidget(page)
        words = [plain(page.title())]
        for tabs in page.findChildren(QTabWidget):
            words += [plain(tabs.tabText(i)) for i in range(tabs.count())]
        assert [w for w in words if w.casefold() not in named] == [], key
    ctx.tasks.drain(10_000)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_importing_says_where_bundles_are_imported(lang: str, language: LanguageManager,
                                                    make_ctx: Callable[..., AppContext], qtbot: QtBot,
                                                    tmp_path: Path) -> None:
    """Importing told 'another coordinator's laptop' to choose the team key with Team key file…: a laptop
    that joined the team, approved as a coordinator, has no Receive and merge on its Sync page until a
    team update has told it its role (tests/ui/test_sync_second_coordinator.py; the page's last section
    says so). The page names Start a team before Receive and merge, and the centre's two key lines
    before Team key file…."""
    language.set_language(lang)
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "Centre")
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "Second coordinator")
    try:
        create_team(centre, name="Team", team_file=tmp_path / "own.majlis-team", identity_file=None)
        join_team(laptop, tmp_path / "own.majlis-team")
        preregister(centre, laptop.device_id, public_key_b64(device_signing_key(laptop)[0]), "", role="coordinator")
        pages = {}
        for name, store in (("centre", centre), ("laptop", laptop)):
            pages[name] = open_page(make_ctx(store), qtbot)
        assert pages["centre"].is_coordinator_view() and not pages["laptop"].is_coordinator_view()
        wizard = FirstRunWizard(language, tmp_path / "data")
        qtbot.addWidget(wizard)
        centre_page = pages["centre"]
        words = [plain(wizard.start_page.start.text()).split(" (")[0], plain(centre_page.receive_box.title()),
                 plain(centre_page.key_label.text()),
                 plain(in_context(lang, "SyncPage", "Team key: none chosen (needed to import)")),
                 plain(centre_page.key_button.text())]
        assert bold_in_order("importing", lang, words) == []
        assert "another coordinator" not in (Path(__file__).resolve().parents[2] / "desktop/resources/help/en"
                                             / "importing.html").read_text(encoding="utf-8")
    finally:
        centre.close()
        laptop.close()
