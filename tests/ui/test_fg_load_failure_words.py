"""A focus group that cannot be opened says why in the interface's language.

The editor reads the session on the DB worker after it is shown. When that failed (the session deleted
meanwhile by an import or a team update, the database held by another program) the status line put
the exception's own text after a translated start: "ئەم دانیشتنە نەکرایەوە: the session does not
exist", English on a Kurdish screen. Each reason is now a sentence of the language.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_deleted_focus_group_says_so_in_the_language(lang: str, ctx: AppContext, store: Store,
                                                       manager: LanguageManager, qtbot: QtBot) -> None:
    manager.set_language(lang)
    session_id = sessions.create_session(store, "focus_group", title="گروپی فۆکەس", governorate="basra")
    with store.transaction() as s:
        row = s.get(Session, session_id)
        assert row is not None
        row.deleted = True  # gone between the list and the editor's reading
    editor = FocusGroupEditor(ctx, session_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.load_error is not None, timeout=10_000)
    settle()
    said = editor.status_line.text()
    expected = QApplication.translate("FocusGroupEditor", "This session is no longer in the database.")
    assert said == expected != "This session is no longer in the database.", said
    assert not any("a" <= ch.lower() <= "z" for ch in said), said
