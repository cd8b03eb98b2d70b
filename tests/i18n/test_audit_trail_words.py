"""A session's audit trail names what changed in the interface's words: "Note-taker", "Seat",
"Due date", never the column names ("note_taker", "organisation_id", "session_id") that it showed
in every language."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import demo
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.session_dialogs import AuditDialog
from tests.i18n_allowlist import english_words


def _changes(store: Store, manager: LanguageManager, make_ctx: Any, qtbot: QtBot, lang: str) -> list[str]:
    manager.set_language(lang)
    with store.session() as s:
        sid = s.scalars(select(Session.id).where(Session.kind == "roundtable")).first()
    assert sid is not None
    dialog = AuditDialog.open_for(make_ctx(store, lang=manager), sid)
    qtbot.addWidget(dialog)
    model = dialog.model
    return [model.data(model.index(row, 3)) for row in range(model.rowCount())]


def test_changed_fields_are_named_in_the_interfaces_words(store: Store, manager: LanguageManager, make_ctx: Any,
                                                           qtbot: QtBot) -> None:
    demo.generate(store, sessions=4, seed=2, advocacy=False)
    english = _changes(store, manager, make_ctx, qtbot, "en")
    assert any(line.startswith("session: ") and "Note-taker" in line for line in english)
    assert any(line.startswith("attendance: ") and "Seat" in line for line in english)
    assert not [line for line in english if "_" in line or "session_id" in line]
    for lang in ("ar", "ckb"):
        lines = _changes(store, manager, make_ctx, qtbot, lang)
        assert QApplication.translate("labels", "Note-taker") != "Note-taker"
        assert any(QApplication.translate("labels", "Note-taker") in line for line in lines)
        left = sorted({w for line in lines for w in english_words(line)})
        assert left == [], (lang, left)
        assert not [line for line in lines if ", " in line]  # the Arabic comma between the fields
