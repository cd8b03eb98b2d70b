"""Opening a session that was deleted since the sessions list was read (by an import or a team update).

The kind of a session no longer there was taken as a roundtable, whose editor read its minutes in its
constructor and raised SessionNotFound out of the click: nothing opened and nothing was said (an entry
in crash.log only). The status bar now says that the session is no longer in the database, in the
interface's language, and the list is read again.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

SOURCE = "This session is no longer in the database."


@pytest.mark.parametrize("lang", ["ckb", "ar"])
@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_deleted_session_is_said_not_raised(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                              kind: str) -> None:
    session_id = sessions.create_session(store, kind, title="سڕاوە", governorate="basra")
    window = main_window(manager, store, qtbot, lang)
    window.ctx.tasks.drain()
    with store.transaction() as s:
        row = s.get(Session, session_id)
        assert row is not None
        row.deleted = True
    editor = window.open_session(session_id)
    settle()
    if kind == "roundtable":
        assert editor is None and window.editor is None
        said = QApplication.translate("MainWindow", SOURCE)
        assert said != SOURCE and window.statusBar().currentMessage() == said
    else:  # the focus group editor reads on the worker and says it in its own status line
        assert editor is not None
        qtbot.waitUntil(lambda: editor.load_error is not None, timeout=10_000)  # type: ignore[attr-defined]
    assert window.ctx.tasks.drain(10_000)
