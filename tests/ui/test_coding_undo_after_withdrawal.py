"""Ctrl+Z in the coding window after the speaker withdrew: the coding removed before is not brought back,
and the line says why in words that are true.

A coder removed a coding; the participant then withdrew everything (the Participants page, on the
database worker) and their turn became […]. Undo refused, rightly, but said "the words were edited since":
the coder looked for an edit no one made, and could take it for a colleague's. The refusal now says the
words were erased because their speaker withdrew; nothing of them comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent_rules, withdrawal
from desktop.core.models import CodedSegment
from desktop.ui.coding.undo import ERASED, MOVED
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, shown_window
from tests.erasure_helpers import SPEECH, make_study
from tests.i18n_allowlist import english_words

ctx = coder_context_fixture()


def test_undo_of_a_removal_says_the_words_were_erased(ctx: AppContext, qtbot: QtBot) -> None:
    store = ctx.store
    study = make_study(store)
    ws = shown_window(ctx, qtbot, study.session_id)
    ws.remove_segment(study.segment)
    qtbot.waitUntil(lambda: bool(ws.undo_steps), timeout=10_000)

    CollectionOp.on_store(ctx, lambda st: withdrawal.withdraw_participant(
        st, participant_id=study.withdrawn, scope="all", on="2026-11-30")).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: ws.blocks[0].doc.text == consent_rules.REDACTED, timeout=10_000)

    ws.undo()
    erased = QCoreApplication.translate("CodingError", ERASED)
    qtbot.waitUntil(lambda: ws.status.text() == erased, timeout=10_000)
    assert QCoreApplication.translate("CodingError", MOVED) != ws.status.text()
    assert ctx.language.language == "en" or english_words(ws.status.text()) == []
    with store.session() as s:  # nothing brought back: no live coding, no quote of the words
        assert [seg.id for seg in s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False)))] == []
    assert SPEECH not in ws.view.toPlainText()
