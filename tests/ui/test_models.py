"""Every item model of the interface passes Qt's model tester, with real rows and while they change.

Models already checked where their page is tested (the session editors' tables, the codebook tree
and picker, the participants list, the organisations list) are checked there; this file covers the
rest, so that each model class is checked somewhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core import sessions as svc
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.models.column_table import Column, ColumnTableModel
from desktop.ui.sessions.list_model import SessionListModel
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.session_dialogs import AuditDialog
from tests.consent_helpers import focus_group, template_texts


def test_consent_page_models(ctx: AppContext, qtbot: QtBot, model_validator) -> None:  # type: ignore[no-untyped-def]
    consent.publish_version(ctx.store, "session-consent", template_texts())
    group = focus_group(ctx.store, 3)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    for model in (page.templates, page.register, page.turns):
        model_validator.set_model(model)
    qtbot.waitUntil(lambda: page.templates.rowCount() == 3, timeout=5000)  # the form in ar, ckb, en
    assert page.register.rowCount() == 0 and len(group.participants) == 3  # nobody has consented yet


def test_clauses_model_while_editing(ctx: AppContext, qtbot: QtBot, model_validator) -> None:  # type: ignore[no-untyped-def]
    consent.publish_version(ctx.store, "session-consent", template_texts())
    editor = TemplateEditorDialog(ctx, "session-consent")
    qtbot.addWidget(editor)
    tab = editor.current()
    model_validator.set_model(tab.model)
    before = tab.model.rowCount()
    assert before >= 1
    tab.model.setData(tab.model.index(0, 1), "أوافق على المشاركة.")
    assert tab.model.data(tab.model.index(0, 1)) == "أوافق على المشاركة."


def test_sync_page_models(ctx: AppContext, qtbot: QtBot, model_validator) -> None:  # type: ignore[no-untyped-def]
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    model_validator.set_model(page.devices_model)
    model_validator.set_model(page.conflicts_model)
    page.refresh()
    ctx.tasks.drain()  # the model tester checked every reset the refresh made
    assert page.conflicts_model.rowCount() == 0


def test_audit_model(ctx: AppContext, qtbot: QtBot, model_validator) -> None:  # type: ignore[no-untyped-def]
    sid = svc.create_session(ctx.store, "roundtable", title="جلسة", governorate="basra", date=dt.date(2023, 1, 5),
                             start_time="10:00", end_time="12:00", venue="x", facilitator="F", note_taker="N")
    svc.unlock(ctx.store, sid, "تصحيح التاريخ", "Huda")
    dialog = AuditDialog.open_for(ctx, sid)
    qtbot.addWidget(dialog)
    model_validator.set_model(dialog.model)
    assert dialog.model.rowCount() >= 1


def test_sessions_list_model(ctx: AppContext, model_validator) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        svc.create_session(ctx.store, "roundtable", title=f"جلسة {n}", date=dt.date(2023, 1, n + 1))
    model = model_validator.set_model(SessionListModel(ctx))
    model.reload()
    assert model.rowCount() == 3
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == "جلسة 0"


def test_column_table_model_edits(model_validator) -> None:  # type: ignore[no-untyped-def]
    model = ColumnTableModel([Column.field("text", lambda: "Decision"), Column(lambda: "n", lambda r: len(r["text"]))],
                             {"text": ""})
    model_validator.set_model(model)
    model.set_rows([{"id": "a", "text": "أ"}])
    row = model.add(text="ب")
    assert model.setData(model.index(row, 0), "قرار")
    assert not model.setData(model.index(row, 1), "5")  # a computed column is not editable
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["1", "4"]
    model.remove(0)
    assert model.rowCount() == 1 and model.rows[0]["text"] == "قرار"
