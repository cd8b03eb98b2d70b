"""A facilitator's new laptop, in no team yet, given the team's files the way a person gives them: a
colleague's bundle opened with the app (the .majlis file association), a team update and a bundle
dragged onto its Sync page. The page asked for a "Team key file" in a file dialog (a key only a
coordinator holds, a word a facilitator never heard of), and cancelled, said that no team key was
loaded. Now no key is asked for: each file is said in one translated line to need a team joined first
(Join a team… is on the same page), and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync.errors import NotEnrolledError
from desktop.sync.export import export_bundle
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from tests.conftest import PASSPHRASE
from tests.i18n_allowlist import english_words
from tests.stores import fresh_store
from tests.sync_helpers import Team, full_digest
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture

team = team_fixture(devices=1)


@pytest.fixture
def page(tmp_path: Path, qtbot: QtBot, make_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncPage]:
    """The Sync page of a new laptop in no team; a file dialog opened fails the test."""
    new = fresh_store(tmp_path / "new laptop.db", PASSPHRASE, "Basra laptop 4")

    def asked(*_args: object, **_kwargs: object) -> tuple[str, str]:
        raise AssertionError("a file dialog was opened")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(asked))
    try:
        yield open_page(make_ctx(new), qtbot)
    finally:
        new.close()


def _bundle(team: Team, tmp_path: Path) -> Path:
    """A colleague's laptop's bundle, as the real exporter writes it."""
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BAS-P21"))
    made = export_bundle(team.devices[0], tmp_path / "laptop 1.majlis")
    assert made is not None
    return made.path


def _lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_team_update_and_a_bundle_dropped_say_join_a_team_first(lang: str, page: SyncPage, team: Team,
                                                                 qtbot: QtBot, manager: Any, tmp_path: Path) -> None:
    bundle = _bundle(team, tmp_path)
    update = write_team_update(team.centre, tmp_path / "update 1.majlis").path
    manager.set_language(lang)
    before = full_digest(page.ctx.store)
    assert drag_and_drop(page, [update, bundle])
    qtbot.waitUntil(lambda: page.results.count() == 2, timeout=20_000)
    page.ctx.tasks.drain()
    first = QCoreApplication.translate("BundleError", NotEnrolledError.default_message)
    for line, name in zip(_lines(page), ("update 1.majlis", "laptop 1.majlis"), strict=True):
        assert name in line and first in line, line
        assert lang == "en" or english_words(line.replace(name, "")) == [], line
    assert full_digest(page.ctx.store) == before
    assert page.import_button.isEnabled() or not page.is_coordinator_view()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_bundle_opened_with_the_app_says_join_a_team_first(lang: str, page: SyncPage, team: Team,
                                                             qtbot: QtBot, manager: Any, tmp_path: Path) -> None:
    bundle = _bundle(team, tmp_path)
    manager.set_language(lang)
    before = full_digest(page.ctx.store)
    assert page.import_paths([bundle])  # as a bundle opened with the app (its file association)
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=20_000)
    page.ctx.tasks.drain()
    line = _lines(page)[0]
    first = QCoreApplication.translate("BundleError", NotEnrolledError.default_message)
    assert first != NotEnrolledError.default_message and first in line, line
    assert english_words(line.replace("laptop 1.majlis", "")) == [], line
    assert full_digest(page.ctx.store) == before
