"""A waiting device decided in one Sync page (another Majlis window on the same database, or
``majlis-cli``) and then decided again in a second page that still listed it.

Before, the second Approve of a device rejected meanwhile approved it after all (the coordinator's
rejection silently undone); a second Approve or Reject after an approval said "This device no longer
waits for approval.", as if something had failed; and two approvals at the same moment failed one of
them on the roster's unique id ("Failed: …"), or approved and rejected the same device at once. Now
the decision holds the database's write lock from its first read: the second one finds the device
decided and says so in one translated line, and the held bundles are applied once.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Device, Participant
from desktop.sync import rejections, roster
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from desktop.ui.context import AppContext
from desktop.ui.sync.page import SyncPage
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page
from tests.team_copies import team_copy_fixture
from tests.ui.test_trust_roster_panel import _answer

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

BUNDLES = 2


@pytest.fixture(autouse=True)
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)


def one_device_two_bundles(team: Team, tmp_path: Path) -> list[Path]:
    """An outsider laptop (not on the roster) that sent two bundles, one person each."""
    store = fresh_store(tmp_path / "kirkuk.db", PASSPHRASE, "Kirkuk laptop")
    try:
        join_team(store, team.team_file)
        paths = []
        for n in range(BUNDLES):
            with store.transaction() as s:
                s.add(Participant(code=f"KRK-FG01-P0{n + 1}"))
            made = export_bundle(store, tmp_path / f"kirkuk{n}.majlis")
            assert made is not None
            paths.append(made.path)
        return paths
    finally:
        store.close()


# The team and the outsider's two bundles (a laptop made, joined, two exports signed and encrypted)
# are made once per test process; each test gets a copy of every file (tests/team_copies.py) at the
# same places in its own folder: the centre, the bundles at tmp_path/kirkuk0.majlis and kirkuk1.majlis.
def _with_two_bundles(made: Team) -> None:
    one_device_two_bundles(made, made.folder)


team = team_copy_fixture(devices=0, made=_with_two_bundles)


def two_pages(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx, lang: str) -> tuple[SyncPage, SyncPage]:  # type: ignore[no-untyped-def]
    """Two Sync pages on the centre's database, each with its own database worker (two windows), both
    listing the device that waits."""
    contexts: list[AppContext] = [make_ctx(team.centre, user_name="coordinator") for _ in range(2)]
    contexts[0].language.set_language(lang)
    pages = [open_page(ctx, qtbot, identity=team.identity_file) for ctx in contexts]
    drop(pages[0], [tmp_path / f"kirkuk{n}.majlis" for n in range(BUNDLES)])  # one_device_two_bundles
    for panel in (page.roster_panel for page in pages):
        panel.refresh()
        qtbot.waitUntil(partial(lambda p: p.waiting_list.count() == 1, panel), timeout=30_000)
        panel.waiting_list.setCurrentRow(0)
    return pages[0], pages[1]


def decide(page: SyncPage, how: str) -> None:
    panel = page.roster_panel
    assert (panel.approve_selected() if how == "approve" else panel.reject_selected()) is True


def settled(page: SyncPage) -> str:
    assert page.ctx.tasks.drain(30_000)  # an exception raised here fails the test (pytest-qt)
    return page.roster_panel.result_label.text()


def people(team: Team) -> int:
    with team.centre.session() as s:
        return len(s.execute(select(Participant.id)).all())


def outsider_on_roster(team: Team) -> bool:
    with team.centre.session() as s:
        return s.execute(select(Device.id).where(Device.name == "Kirkuk laptop")).first() is not None


def already() -> str:
    return QCoreApplication.translate("RosterPanel", "This device was already approved or rejected (in another "
                                                     "window?): nothing more was done.")


def on_the_roster() -> str:
    return QCoreApplication.translate("RosterPanel", "{name} is on the roster.").split("{name}")[-1]


@pytest.mark.parametrize("first, second", [("approve", "approve"), ("approve", "reject"), ("reject", "approve"),
                                           ("reject", "reject")])
@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_second_page_says_it_was_decided(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                             lang: str, first: str, second: str) -> None:
    one, other = two_pages(team, tmp_path, qtbot, make_ctx, lang)
    decide(one, first)
    first_said = settled(one)
    assert already() not in first_said
    decide(other, second)  # its list was read before the first page decided
    assert settled(other) == already()
    approved = first == "approve"
    assert people(team) == (BUNDLES if approved else 0)  # applied once, or not at all
    assert outsider_on_roster(team) is approved  # a rejection is not undone by the stale Approve
    assert len(rejections.listing(team.centre)) == (0 if approved else 1)
    assert roster.pending(team.centre) == []
    qtbot.waitUntil(lambda: other.roster_panel.waiting_list.count() == 0, timeout=10_000)  # read again


@pytest.mark.parametrize("second", ["approve", "reject"])
def test_two_pages_deciding_at_the_same_moment(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                               second: str) -> None:
    one, other = two_pages(team, tmp_path, qtbot, make_ctx, "ar")
    decide(one, "approve")
    decide(other, second)  # both on their workers at once
    said = [settled(one), settled(other)]
    assert sorted(line == already() for line in said) == [False, True], said
    decided = next(line for line in said if line != already())
    if decided.split("\n")[0].endswith(on_the_roster()):
        assert people(team) == BUNDLES and outsider_on_roster(team) and rejections.listing(team.centre) == []
    else:  # the rejection was first
        assert people(team) == 0 and not outsider_on_roster(team) and len(rejections.listing(team.centre)) == 1
    assert roster.pending(team.centre) == []
