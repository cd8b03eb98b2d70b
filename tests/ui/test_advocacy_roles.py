"""A facilitator's laptop reads the recommendations the centre sent and links evidence to them; the
texts and statuses are the coordinators' (controls disabled, with a translated explanation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.models import Code, EvidenceLink
from desktop.sync.team import export_team_update, import_team_update
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def _page(team: Team, qtbot: QtBot, qapp: Any, tmp_path: Path) -> tuple[RecommendationsPage, AppContext, str]:
    with team.centre.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "البطاقة البايومترية", "title_en": "Biometric cards"},
                                     date=dt.date(2022, 11, 1))
        rec_id = rec.id
    export_team_update(team.centre, tmp_path / "update.majlis")
    field = team.devices[0]
    import_team_update(field, tmp_path / "update.majlis")
    with field.transaction() as s:
        s.add(Code(name_ar="البطاقة", name_en="Cards"))  # the laptop's own in-vivo code
    ctx = AppContext(store=field, language=LanguageManager(qapp), tasks=TaskRunner())
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.selectRow(0)
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    return page, ctx, rec_id


def test_a_facilitator_reads_recommendations_and_links_evidence(team: Team, qtbot: QtBot, qapp: Any,
                                                                tmp_path: Path) -> None:
    page, ctx, rec_id = _page(team, qtbot, qapp, tmp_path)
    try:
        view = page.view
        assert not page.new_button.isEnabled() and not view.save_button.isEnabled()
        assert not view.add_status_button.isEnabled() and not view.remove_status_button.isEnabled()
        assert not view.status_combo.isEnabled()
        assert all(edit.isReadOnly() for edit in view.fields.values())
        assert view.fields["title_ar"].text() == "البطاقة البايومترية"
        assert view.role_note.isVisible() and "coordinators" in view.role_note.text()
        assert view.save_button.toolTip() == view.role_note.text()
        # Evidence stays the laptop's to add.
        assert view.link_code_button.isEnabled()
        with ctx.store.session() as s:
            code_id = s.scalars(select(Code.id)).one()
        view.code_combo.setCurrentIndex(view.code_combo.findData(code_id))
        qtbot.mouseClick(view.link_code_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.current is not None and len(view.current.links) == 1, timeout=10_000)
        with ctx.store.session() as s:
            assert s.scalars(select(EvidenceLink.recommendation_id)).all() == [rec_id]
        # The explanation speaks the interface's language.
        english = view.role_note.text()
        for lang in ("ar", "ckb"):
            ctx.language.set_language(lang)
            qtbot.waitUntil(lambda: view.role_note.text() != english, timeout=5_000)
            assert view.save_button.toolTip() == view.role_note.text() == page.new_button.toolTip()
    finally:
        ctx.language.set_language("en")
        assert ctx.tasks.drain(10_000)


def test_the_centre_edits_them(ctx: AppContext, qtbot: QtBot) -> None:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    assert page.new_button.isEnabled() and page.view.save_button.isEnabled()
    assert page.view.role_note.isHidden()
    assert not page.view.fields["title_ar"].isReadOnly()


def test_recommendations_drafted_alone_are_kept_as_local_drafts_when_joining(tmp_path: Path, qtbot: QtBot,
                                                                              make_ctx: Any) -> None:
    """The join dialog says so before joining; afterwards the list and the view mark the draft."""
    from desktop.sync.team import create_team
    from desktop.ui.sync.join_dialog import JoinTeamDialog
    from tests.conftest import PASSPHRASE
    from tests.stores import fresh_store

    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "Basra laptop")
    team_file = tmp_path / "team.majlis-team"
    create_team(centre, name="Elections law cohort", team_file=team_file, identity_file=tmp_path / "team.key")
    try:
        with laptop.transaction() as s:
            draft_id = recommendations.create(s, {"title_ar": "مسودّة البصرة"}, date=dt.date(2023, 2, 1)).id
        ctx = make_ctx(laptop)
        dialog = JoinTeamDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.drafts.isVisible() and "local drafts" in dialog.drafts.text()
        assert dialog.load(team_file)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.join_button.click()
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        status = page.list_model.data(page.list_model.index(0, 2))
        assert status == "local draft (not sent)"
        page.list.selectRow(0)
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
        view = page.view
        assert view.current is not None and view.current.id == draft_id and view.current.local_draft
        assert view.role_note.isVisible() and "local draft" in view.role_note.text()
        assert not view.link_code_button.isEnabled() and not view.link_segment_button.isEnabled()
        said = [view.role_note.text()]
        for lang in ("ar", "ckb"):  # the explanation speaks the interface's language
            ctx.language.set_language(lang)
            qtbot.waitUntil(lambda: view.role_note.text() not in ("", *said), timeout=5_000)
            said.append(view.role_note.text())
        ctx.language.set_language("en")
        assert ctx.tasks.drain(10_000)
    finally:
        laptop.close()
        centre.close()
