"""A participant's cell refused by the database says why in the interface's words. The line put the
core's English sentence inside the translated one: a pseudonym emptied in the focus group's table
showed "لم تُحفظ هذه القيمة: the pseudonym is empty" on an Arabic screen, and a participant erased
meanwhile "…: the participant does not exist"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.ui.context import AppContext
from desktop.ui.focus_group.participants_model import COLUMNS, SessionParticipantsModel
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import focus_group


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _refusal(model: SessionParticipantsModel, column: str, value: str) -> str:
    said: list[object] = []
    model.error.connect(said.append)
    assert not model.setData(model.index(0, COLUMNS.index(column)), value)
    model.error.disconnect()
    assert len(said) == 1
    words = said[0]
    return words() if callable(words) else str(words)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_an_emptied_pseudonym_is_said_in_the_interfaces_words(lang: str, ctx: AppContext, store: Store) -> None:
    ctx.language.set_language(lang)
    group = focus_group(store, 1)
    model = SessionParticipantsModel(ctx, group.session_id)
    model.reload()
    for value in ("", "   "):
        line = _refusal(model, "code", value)
        assert "the pseudonym is empty" not in line, line
        if lang == "en":
            assert line == "This value was not saved: a pseudonym cannot be empty."
    with store.session() as s:
        assert s.scalars(select(Participant.code)).all() == group.codes


def test_a_participant_gone_meanwhile_is_said_so(ctx: AppContext, store: Store) -> None:
    group = focus_group(store, 1)
    model = SessionParticipantsModel(ctx, group.session_id)
    model.reload()
    with store.transaction() as s:  # erased elsewhere (a team update) while the table was on screen
        s.get(Participant, group.participants[0]).deleted = True
    line = _refusal(model, "occupation", "معلّمة")
    assert line == "This value was not saved: the participant is no longer in the database."
