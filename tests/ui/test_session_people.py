"""The people who ran a session are named, not the laptop: consent taker, coder, new sessions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import builtin_consent
from desktop.core.db import Store, open_store
from desktop.core.models import Session
from desktop.ui.coding.coder import coder_for
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import PERSON_NAME_STATE
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.consent_helpers import focus_group


def test_consent_is_obtained_by_the_sessions_facilitator_not_the_laptop(store: Store, qtbot: QtBot, make_ctx: Any) -> None:
    builtin_consent.install(store)
    fg = focus_group(store, n=1)
    with store.transaction() as s:
        session = s.get(Session, fg.session_id)
        assert session is not None
        session.facilitator, session.note_taker = "شیلان", "Ahmed"
    dialog = ConsentDialog(make_ctx(store, user_name=""), fg.participants[0], fg.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    assert dialog.facilitator_edit.text() == "شیلان"
    assert "laptop" not in dialog.facilitator_edit.text()


def test_coder_is_the_person_or_the_sessions_people(store: Store) -> None:
    fg = focus_group(store, n=1)
    with store.transaction() as s:
        session = s.get(Session, fg.session_id)
        assert session is not None
        session.note_taker = "Nour"
    with store.session() as s:
        assert coder_for(s, fg.session_id, "") == "Nour"
        assert coder_for(s, fg.session_id, " Sara ") == "Sara"


def test_wizard_keeps_the_person_apart_from_the_device(tmp_path: Path, qtbot: QtBot, qapp: Any) -> None:
    wizard = FirstRunWizard(LanguageManager(qapp), tmp_path)
    qtbot.addWidget(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.device_page.name.setText("Basra laptop 2")
    wizard.device_page.person.setText("Shilan")
    store, demo = wizard.create_database()
    try:
        assert not demo
        assert store.get_state(PERSON_NAME_STATE) == "Shilan"
        path = store.path
    finally:
        store.close()
    again = open_store(path, PASSPHRASE)
    try:
        from desktop.ui.app import make_context

        assert make_context(again, LanguageManager(qapp)).user_name == "Shilan"
    finally:
        again.close()
