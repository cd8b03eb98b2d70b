"""A participant who answered No to being quoted on the consent form is shown so in the focus group's
Participants list ("consent given, not to be quoted", in red as other limits are), as one who withdrew
consent to quotes is. The list said "consent given" as for everyone else: the facilitator about to code
the session (and pick quotes for the brief) could not see whose words may not be quoted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.participants import session_participants
from desktop.ui.context import AppContext
from desktop.ui.labels import demographics
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup, all_yes, focus_group, template_texts
from tests.ui.test_recording_fg_editor import open_editor


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_refusal_to_be_quoted_is_shown(ctx: AppContext, manager: LanguageManager, qtbot: QtBot, lang: str) -> None:
    store = ctx.store
    group: FocusGroup = focus_group(store, 3)
    consent.publish_version(store, consent.TEAM_FORM_KEY, template_texts())
    with store.session() as s:
        form = consent.template_for(s, consent.TEAM_FORM_KEY, "ar")
        assert form is not None
        template_id = form.id
    for n, participant_id in enumerate(group.participants):
        answers = all_yes(template_id, store, quote=n != 1)  # the second says No to being quoted
        consent.record_consent(store, participant_id, group.session_id, template_id, answers, "verbal_witness",
                               witness="أم علي", facilitator="زينب")
    with store.session() as s:
        words = [p.consent for p in session_participants(s, group.session_id)]
    assert words == ["given", "quotes_refused", "given"]

    manager.set_language(lang)
    ctx.language = manager
    editor = open_editor(ctx, qtbot, group.session_id)
    column = next(c for c in range(editor.people.columnCount())
                  if editor.people.headerData(c, Qt.Orientation.Horizontal) == editor.people.column_title("consent"))
    shown = [editor.people.index(row, column).data() for row in range(3)]
    given = demographics.consent("given")
    refused = demographics.consent("quotes_refused")
    assert shown == [given, refused, given]
    assert refused != given
    if lang == "en":
        assert refused == "consent given, not to be quoted"
    assert editor.people.index(1, column).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert all(p.can_speak for p in editor.people.rows)  # they take part all the same
