"""An editor closed while its change is still on the database worker is not called back.

Add participant runs on the worker; a facilitator who closed the focus group (or the app) before it
came back got "Internal C++ object (SessionParticipantsModel) already deleted" raised on the UI
thread: the result reached a model whose window was gone (found as a teardown error in CI). The
person is still made and seated; only the words for the closed window are dropped.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.ui_helpers import main_window


def codes(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(s.scalars(select(Participant.code)))


def delete_now(widget: QObject) -> None:
    """Deleted as Qt deletes a closed window, before any queued result is delivered."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_focus_group_closed_while_adding_is_not_called_back(manager: LanguageManager, store: Store,
                                                               qtbot: QtBot) -> None:
    session_id = sessions.create_session(store, "focus_group", title="گروپی فۆکەس", governorate="basra")
    window = main_window(manager, store, qtbot, "ckb")
    editor = window.open_session(session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.add_button.click()
    assert window.close_editor()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(editor)
    assert window.ctx.tasks.drain(10_000)  # an exception raised here fails the test (pytest-qt)
    assert len(codes(store)) == 1 and codes(store)[0].startswith("BSR-FG")


def test_a_roundtable_closed_while_adding_is_not_called_back(manager: LanguageManager, store: Store,
                                                              qtbot: QtBot) -> None:
    session_id = sessions.create_session(store, "roundtable", title="مێزی گفتوگۆ", governorate="basra")
    window = main_window(manager, store, qtbot, "ar")
    editor = window.open_session(session_id)
    assert isinstance(editor, RoundtableEditor)
    editor.new_person_button.click()
    assert window.close_editor()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(editor)
    assert window.ctx.tasks.drain(10_000)
    assert len(codes(store)) == 1 and codes(store)[0].startswith("BSR-RT")


class Listener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[object] = []

    def hear(self, value: object) -> None:
        self.heard.append(value)


def test_a_method_of_a_deleted_object_is_not_called_back(manager: LanguageManager, store: Store,
                                                         qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, "en")
    alive, gone = Listener(), Listener()
    for listener in (alive, gone):
        QueryOp(window.ctx, lambda s: 1, listener.hear).run_in_background()
        CollectionOp(window.ctx, lambda s: 2).success(listener.hear).run_in_background()
    delete_now(gone)
    assert window.ctx.tasks.drain(10_000)
    assert alive.heard == [1, 2] and gone.heard == []
    assert not window.ctx.tasks.busy


def test_an_explicit_owner_drops_a_closure(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, "en")
    owner = QObject()
    heard: list[int] = []
    CollectionOp(window.ctx, lambda s: 3).success(heard.append).owned_by(owner).run_in_background()
    delete_now(owner)
    kept = QObject()
    CollectionOp(window.ctx, lambda s: 4).success(heard.append).owned_by(kept).run_in_background()
    assert window.ctx.tasks.drain(10_000)
    assert heard == [4]
