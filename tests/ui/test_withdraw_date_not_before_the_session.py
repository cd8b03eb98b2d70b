"""Withdraw…: the date box does not go back past the session where consent was given.

A withdrawal dated before the participant's first session is refused ("The withdrawal date is before
the session where consent was given; nothing was changed"), but the dialog let any past date be
chosen: a facilitator who slipped a year (2022 for 2023) filled in the reason, ticked "I understand"
and pressed OK, and learned only afterwards, on the page, that nothing was done and all of it had to
be given again. The date box now starts at that session's day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent import withdrawal_flow
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import all_yes, focus_group, template_texts

SESSION_DAY = QDate(2023, 1, 15)  # tests/consent_helpers.focus_group


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_earliest_date_offered_is_the_sessions(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                                   manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language=lang)
    with store.session() as s:
        template = consent.template_for(s, "session-consent", lang)
        assert template is not None
        template_id = template.id
    consent.record_consent(store, group.participants[0], group.session_id, template_id,
                           all_yes(template_id, store), "paper", facilitator="F1")
    manager.set_language(lang)
    shown: list[WithdrawDialog] = []

    def exec_(dialog: WithdrawDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(WithdrawDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[Any] = []
    assert withdrawal_flow.start(ctx, parent, group.participants[0], group.codes[0], said.append) is False
    (dialog,) = shown
    assert dialog.date.minimumDate() == SESSION_DAY
    dialog.date.setDate(QDate(2022, 1, 15))  # a year slipped
    assert dialog.date.date() == SESSION_DAY
    assert dialog.values().on == dt.date(2023, 1, 15)
