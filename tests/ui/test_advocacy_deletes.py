"""Delete a recommendation or an outreach record on the Recommendations page: a coordinator who typed
an outreach record twice, or drafted a recommendation by mistake, had no way out in the app.

Real widgets on a real SQLCipher database: the button and the Delete key on each list, a question
naming what goes (No by default; No keeps everything), the rows tombstoned (a recommendation's evidence
links and status history with it, the outreach naming it kept). A field laptop of a team may not delete
a recommendation (disabled, the Delete key says why) nor another device's outreach record (one line,
nothing asked, the row stays), and deletes its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert, select, update

from desktop.core import outreach, recommendations
from desktop.core.db import Store
from desktop.core.models import (
    Code,
    Device,
    EvidenceLink,
    OutreachEvent,
    Recommendation,
    RecommendationStatus,
)
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.sync_helpers import make_team

MET = dt.date(2023, 2, 1)
MEETING: dict[str, Any] = {"kind": "meeting", "title": "لقاء اللجنة القانونية", "date": MET, "reach": 12}
TWICE = "Al-Sumaria interview (typed twice)"


class Questions:
    """QMessageBox.question answered ``answer``, each question's text kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answer = answer

        def question(_parent: Any, title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
            self.asked.append((title, text))
            return self.answer

        monkeypatch.setattr(QMessageBox, "question", question)


def _live(store: Store, model: Any) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(model.id).where(model.deleted.is_(False))))


def _page(ctx: AppContext, qtbot: QtBot, recs: int) -> RecommendationsPage:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: len(page.listed) == recs, timeout=10_000)
    return page


def _choose(page: RecommendationsPage, qtbot: QtBot, rec_id: str) -> None:
    row = next(n for n, r in enumerate(page.listed) if r.id == rec_id)
    page.list.setCurrentIndex(page.list_model.index(row, 1))
    qtbot.waitUntil(lambda: page.view.current is not None and page.view.current.id == rec_id, timeout=10_000)


def _outreach_tab(page: RecommendationsPage, qtbot: QtBot, rows: int) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outreach_panel.built and len(page.outreach_model.rows) == rows, timeout=10_000)


def _choose_outreach(page: RecommendationsPage, title: str) -> None:
    row = next(n for n, e in enumerate(page.outreach_model.rows) if e.title == title)
    page.outreach_list.setCurrentIndex(page.outreach_model.index(row, 2))


def _press_delete(qtbot: QtBot, table: Any) -> None:
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=5_000)
    qtbot.keyClick(table, Qt.Key.Key_Delete)


@pytest.fixture
def world(ctx: AppContext) -> Iterator[dict[str, str]]:
    """Two recommendations: the first drafted then endorsed, with one evidence link and a meeting naming
    it; and an outreach record typed twice."""
    with ctx.store.transaction() as s:
        code = Code(name_ar="البطاقة", name_en="Cards")
        s.add(code)
        s.flush()
        first = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 11, 1)).id
        recommendations.add_status(s, first, "endorsed", date=dt.date(2022, 11, 20))
        recommendations.link_code(s, first, code.id)
        second = recommendations.create(s, {"title_en": "Observers at every count"}, date=dt.date(2022, 11, 2)).id
        meeting = outreach.create(s, {**MEETING, "recommendation_ids": [first]}).id
        twice = outreach.create(s, {**MEETING, "kind": "media", "title": TWICE}).id
    yield {"first": first, "second": second, "meeting": meeting, "twice": twice}
    ctx.tasks.drain()


def test_a_coordinator_deletes_a_recommendation_after_a_question_naming_what_goes(
        ctx: AppContext, qtbot: QtBot, world: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    questions = Questions(monkeypatch, QMessageBox.StandardButton.Yes)
    page = _page(ctx, qtbot, 2)
    _choose(page, qtbot, world["first"])
    page.view.fields["text_en"].setPlainText("Typed and not saved")
    button = page.deletes.button
    assert button.isEnabled() and button.text() == "Delete recommendation"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ((title, question),) = questions.asked
    assert title == "Delete recommendation"
    assert question.startswith("Delete recommendation 1, “\u2068Biometric cards\u2069”?")
    for line in ("Evidence links, deleted with it: 1", "Entries of its status history, deleted with it: 2",
                 "Outreach records that name it, kept: 1", "What you typed in it and did not save is dropped.",
                 "This cannot be undone."):
        assert line in question.replace("\n\n", "\n").split("\n"), question
    qtbot.waitUntil(lambda: [r.id for r in page.listed] == [world["second"]], timeout=10_000)
    qtbot.waitUntil(lambda: page.deletes.said.text() == "Recommendation 1 deleted.", timeout=10_000)
    assert page.deletes.said.isVisible()
    assert page.view.rec_id is None and page.view.notice.text() == ""  # not "deleted elsewhere"
    assert page.list.hasFocus()  # back on the list, not on whatever followed the disabled button
    assert not page.view.has_typed()  # nothing left to ask about on leaving
    store = ctx.store
    assert _live(store, Recommendation) == {world["second"]}
    with store.session() as s:
        assert recommendations.history(s, world["first"]) == []
        assert recommendations.links(s, world["first"]) == []
        assert s.scalars(select(RecommendationStatus.recommendation_id).where(
            RecommendationStatus.deleted.is_(False))).all() == [world["second"]]
        assert s.scalars(select(EvidenceLink.id).where(EvidenceLink.deleted.is_(False))).all() == []
    assert _live(store, OutreachEvent) == {world["meeting"], world["twice"]}  # the meeting naming it stays


def test_the_delete_key_asks_and_no_keeps_the_recommendation(
        ctx: AppContext, qtbot: QtBot, world: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    page = _page(ctx, qtbot, 2)
    _choose(page, qtbot, world["second"])
    _press_delete(qtbot, page.list)
    ((_title, question),) = questions.asked
    assert question.startswith("Delete recommendation 2, “\u2068Observers at every count\u2069”?")
    assert "Evidence links" not in question and "Outreach records" not in question  # none to name
    questions.answer = QMessageBox.StandardButton.Yes
    page.filter_box.setFocus()
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Delete)  # in the filter box Delete deletes letters
    assert len(questions.asked) == 1
    assert _live(ctx.store, Recommendation) == {world["first"], world["second"]}
    _press_delete(qtbot, page.list)
    qtbot.waitUntil(lambda: [r.id for r in page.listed] == [world["first"]], timeout=10_000)
    assert _live(ctx.store, Recommendation) == {world["first"]}


def test_an_outreach_record_typed_twice_is_deleted_by_button_or_key(
        ctx: AppContext, qtbot: QtBot, world: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    page = _page(ctx, qtbot, 2)
    _outreach_tab(page, qtbot, 2)
    deletes = page.outreach_deletes
    assert not deletes.button.isEnabled()  # none chosen
    _choose_outreach(page, TWICE)
    assert deletes.button.isEnabled() and deletes.button.text() == "Delete outreach record"
    page.outreach_list.setFocus()
    qtbot.waitUntil(page.outreach_list.hasFocus, timeout=5_000)
    qtbot.keyClick(page.outreach_list, Qt.Key.Key_Tab)
    assert deletes.button.hasFocus()  # Tab reads on from the list to its Delete, then the form
    qtbot.keyClick(deletes.button, Qt.Key.Key_Tab)
    assert page.o_kind.hasFocus()
    _press_delete(qtbot, page.outreach_list)
    ((title, question),) = questions.asked
    assert title == "Delete outreach record"
    assert question == f"Delete the outreach record “\u2068{TWICE}\u2069” of {ctx.language.format_date(MET)}?" \
                       "\n\nThis cannot be undone."
    assert _live(ctx.store, OutreachEvent) == {world["meeting"], world["twice"]}
    questions.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(deletes.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [e.title for e in page.outreach_model.rows] == [MEETING["title"]], timeout=10_000)
    qtbot.waitUntil(lambda: deletes.said.text() == "Outreach record deleted.", timeout=10_000)
    assert _live(ctx.store, OutreachEvent) == {world["meeting"]}
    assert not deletes.button.isEnabled()  # the list read again: none chosen
    assert page.outreach_list.hasFocus()


def test_a_field_laptop_deletes_only_its_own_outreach_and_no_recommendation(
        make_ctx: Callable[..., AppContext], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = Questions(monkeypatch, QMessageBox.StandardButton.Yes)
    team = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    try:
        field, other = team.devices
        with team.centre.transaction() as s:
            rec_id = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 11, 1)).id
        export_team_update(team.centre, tmp_path / "update.majlis")
        import_team_update(field, tmp_path / "update.majlis")
        with other.transaction() as s:  # another laptop's record, held here as a bundle brings a row
            theirs = outreach.create(s, {**MEETING, "title": "Their meeting"}).id
        table: Table = OutreachEvent.__table__  # type: ignore[assignment]
        with other.session() as s:
            row = dict(s.execute(select(table).where(table.c.id == theirs)).mappings().one())
        with field.transaction(replicating=True) as s:
            s.execute(insert(table).values(**row))
        with field.transaction() as s:
            mine = outreach.create(s, {**MEETING, "title": "My meeting"}).id
        ctx = make_ctx(field)
        page = _page(ctx, qtbot, 1)
        _choose(page, qtbot, rec_id)
        assert not page.deletes.button.isEnabled()
        assert page.deletes.button.toolTip() == page.new_button.toolTip() != ""
        _press_delete(qtbot, page.list)
        assert page.deletes.said.text() == page.new_button.toolTip() and page.deletes.said.isVisible()
        _outreach_tab(page, qtbot, 2)
        said = page.outreach_deletes.said
        _choose_outreach(page, "Their meeting")
        _press_delete(qtbot, page.outreach_list)
        assert said.text() == ("This outreach record was made on another laptop: only a coordinator, or the "
                               "laptop that made it, may delete it.")
        assert "\n" not in said.text() and said.isVisible()
        assert questions.asked == []  # refused before anything was asked
        _choose_outreach(page, "My meeting")
        assert said.isHidden()  # it spoke of the record chosen before
        _press_delete(qtbot, page.outreach_list)
        assert len(questions.asked) == 1
        qtbot.waitUntil(lambda: [e.title for e in page.outreach_model.rows] == ["Their meeting"], timeout=10_000)
        assert _live(field, OutreachEvent) == {theirs}
        assert _live(field, Recommendation) == {rec_id}
        assert mine not in _live(field, OutreachEvent)
        ctx.tasks.drain()
    finally:
        team.close()


def test_a_deletion_made_on_the_page_travels_to_the_centre(
        make_ctx: Callable[..., AppContext], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A coordinator's laptop deletes on the page; its next bundle carries the deletion and the centre
    applies it (the real bundle writer and importer)."""
    Questions(monkeypatch, QMessageBox.StandardButton.Yes)
    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    try:
        (laptop,) = team.devices
        with laptop.transaction() as s:
            s.execute(update(Device).where(Device.is_self.is_(True)).values(role="coordinator"))
            rec_id = recommendations.create(s, {"title_en": "Biometric cards"}, date=dt.date(2022, 11, 1)).id
            twice = outreach.create(s, {**MEETING, "title": TWICE}).id
        first = export_bundle(laptop, tmp_path / "first.majlis")
        assert first is not None
        assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
        assert _live(team.centre, Recommendation) == {rec_id} and _live(team.centre, OutreachEvent) == {twice}
        ctx = make_ctx(laptop)
        page = _page(ctx, qtbot, 1)
        _choose(page, qtbot, rec_id)
        _press_delete(qtbot, page.list)
        qtbot.waitUntil(lambda: page.listed == [], timeout=10_000)
        _outreach_tab(page, qtbot, 1)
        page.outreach_list.setCurrentIndex(page.outreach_model.index(0, 2))
        _press_delete(qtbot, page.outreach_list)
        qtbot.waitUntil(lambda: page.outreach_model.rows == [], timeout=10_000)
        ctx.tasks.drain()
        second = export_bundle(laptop, tmp_path / "second.majlis")
        assert second is not None
        assert [o.status for o in import_files(team.centre, [second.path], team.identities)] == ["imported"]
        assert _live(team.centre, Recommendation) == set() and _live(team.centre, OutreachEvent) == set()
        assert _live(team.centre, RecommendationStatus) == set()
    finally:
        team.close()
