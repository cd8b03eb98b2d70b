"""The roundtable attendance's Consent column follows the data while the editor is open, as the focus
group's Participants tab does (it reloads on every change of consent_record).

It was read when the editor opened and again only after Record consent… or an attendee added here: a
withdrawal made on the Participants page left "consent given" beside the person who had just withdrawn,
and at the centre a laptop's bundle bringing a participant's consent left "no consent" on the screen
until the editor was closed and opened again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.models import Attendance, Participant, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.consent_helpers import all_yes, template_texts
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page
from tests.team_fixture import team_fixture
from tests.ui_helpers import language_fixture

language = language_fixture("ckb")
team = team_fixture(devices=1)


def consent_shown(editor: RoundtableEditor) -> list[str]:
    model = editor.attendance_model
    return [str(model.index(r, 2).data(Qt.ItemDataRole.DisplayRole)) for r in range(model.rowCount())]


def seated_roundtable(store, form: str) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """A roundtable in Basra with one citizen attending: (session id, participant id, form id)."""
    consent.publish_version(store, form, template_texts())
    with store.transaction() as s:
        session = Session(kind="roundtable", title="طاولة البصرة", governorate="basra", date=dt.date(2026, 12, 1))
        person = Participant(code="BSR-RT01-P01", governorate="basra")
        s.add_all([session, person])
        s.flush()
        s.add(Attendance(session_id=session.id, participant_id=person.id, role="citizen", seat=1))
        template = consent.template_for(s, form, "ckb")
        assert template is not None
        return session.id, person.id, template.id


def open_editor(ctx: AppContext, qtbot: QtBot, session_id: str) -> RoundtableEditor:
    editor = RoundtableEditor(ctx, session_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_withdrawal_on_the_participants_page_reaches_the_open_roundtable(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    session_id, pid, form_id = seated_roundtable(ctx.store, "roundtable_form")
    consent.record_consent(ctx.store, pid, session_id, form_id, all_yes(form_id, ctx.store), "paper", facilitator="F1")
    editor = open_editor(ctx, qtbot, session_id)
    assert consent_shown(editor) == [demographics.consent("given")]

    page = ParticipantsPage(ctx)  # the Participants page, beside the open editor
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.view.setCurrentIndex(page.model.index(0, 0))
    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *a, **k: WithdrawAnswer(dt.date(2026, 12, 2), "all")))
    page.withdraw_button.click()
    qtbot.waitUntil(lambda: consent_shown(editor) == [demographics.consent("withdrawn")], timeout=10_000)


def test_a_bundle_bringing_a_consent_reaches_the_open_roundtable(team: Team, make_ctx, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    laptop = team.devices[0]
    session_id, pid, form_id = seated_roundtable(laptop, "laptop_form")
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]

    ctx = make_ctx(team.centre, user_name="coordinator")
    editor = open_editor(ctx, qtbot, session_id)  # the coordinator reads the minutes at the centre
    assert consent_shown(editor) == [demographics.consent("none")]

    consent.record_consent(laptop, pid, session_id, form_id, all_yes(form_id, laptop), "paper", facilitator="F1")
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None
    page = open_page(ctx, qtbot, identity=team.identity_file)
    page.last_outcomes = []
    assert page.import_paths([second.path])
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 1, timeout=30_000)
    assert page.last_outcomes[0].status == "imported"
    qtbot.waitUntil(lambda: consent_shown(editor) == [demographics.consent("given")], timeout=10_000)
