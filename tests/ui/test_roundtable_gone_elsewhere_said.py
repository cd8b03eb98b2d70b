"""The roundtable editor, when its session was made final or deleted elsewhere meanwhile (another window,
majlis-cli, a team update): its save was refused with nothing said on screen (the refusal went only to
the error log) and it went on trying. Now one translated line says why it is not saved, and the editor
turns read-only with the typed text still on screen to be copied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.models import Session
from desktop.ui.context import AppContext
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.i18n_allowlist import english_words
from tests.ui_helpers import roundtable_editor

FINAL = ("Not saved: this session was made final elsewhere meanwhile, and is read-only now. Copy what you typed "
         "before you leave it.")
GONE = ("Not saved: this session is no longer in the database (it was deleted elsewhere meanwhile). Copy what you "
        "typed before you leave it.")


@pytest.mark.parametrize(("lang", "meanwhile"), [("ar", "final"), ("ckb", "deleted"), ("en", "final")])
def test_a_save_refused_because_the_session_changed_elsewhere_is_said(ctx: AppContext, qtbot: QtBot, lang: str,
                                                                      meanwhile: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    settle()
    venue = editor.edits["venue"]
    venue.setFocus()
    type_text(venue, "قاعة البلدية")
    if meanwhile == "final":  # as a team update or another window does
        with ctx.store.transaction() as s:
            row = s.get(Session, editor.session_id)
            assert row is not None
            row.status = "final"
    else:
        sessions.tombstone_session(ctx.store, editor.session_id)
    editor.flush()
    settle()
    expected = QCoreApplication.translate("SaveFailure", FINAL if meanwhile == "final" else GONE)
    assert editor.save_problem.error() == expected
    assert editor.save_problem.isVisible()
    if lang != "en":
        assert expected not in (FINAL, GONE) and english_words(expected) == []
    assert editor.is_read_only() and venue.isReadOnly() and venue.text() == "قاعة البلدية"  # kept to be copied
    assert not editor.autosave_timer.isActive()  # no more tries
