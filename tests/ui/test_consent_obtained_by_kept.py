"""At the door of a hall, fifteen people in a row: who obtained consent is typed once. On a laptop
where nobody is named in Settings and a focus group whose details name no facilitator, the consent
form asked "Consent obtained by" of every person, empty each time; the name typed for the first
person of the session now stands in the next person's form (the person at the keyboard, when named
in Settings, still comes first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from tests.consent_helpers import FocusGroup, focus_group, template_texts
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import make_dialog, records

AT_THE_DOOR = "سارة الموسوي"


@pytest.fixture
def user_name() -> str:
    return ""  # nobody named in Settings


@pytest.fixture
def door(store: Store) -> FocusGroup:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 3, language="ar")
    with store.transaction() as s:
        session = s.get(Session, group.session_id)
        assert session is not None
        session.facilitator = ""  # the details name nobody yet
    return group


def by_keyboard(dlg: ConsentDialog, qtbot: QtBot) -> None:
    """Every clause Yes, the paper form, Enter: what a facilitator does at the door."""
    for row in dlg.clause_rows:
        row.yes.setFocus()
        QTest.keyClick(row.yes, Qt.Key.Key_Space)
    dlg.method_buttons.button(1).setFocus()
    QTest.keyClick(dlg.method_buttons.button(1), Qt.Key.Key_Space)
    settle()
    assert dlg.method() == "paper"


def test_the_name_typed_for_the_first_person_stands_in_the_next_form(
        ctx: AppContext, door: FocusGroup, qtbot: QtBot) -> None:
    first = make_dialog(ctx, qtbot, door.participants[0], door.session_id)
    assert first.facilitator_edit.text() == ""  # nobody to name: typed once
    by_keyboard(first, qtbot)
    QTest.keyClick(first.facilitator_edit, Qt.Key.Key_Return)
    settle()
    assert first.isVisible() and first.error.text() == first.error_text("facilitator_required")
    type_text(first.facilitator_edit, AT_THE_DOOR)
    QTest.keyClick(first.facilitator_edit, Qt.Key.Key_Return)
    settle()
    assert not first.isVisible()

    second = make_dialog(ctx, qtbot, door.participants[1], door.session_id)
    assert second.facilitator_edit.text() == AT_THE_DOOR
    by_keyboard(second, qtbot)
    QTest.keyClick(second.method_buttons.button(1), Qt.Key.Key_Return)  # Save consent: the default button
    settle()
    assert not second.isVisible() and second.error.text() == ""
    assert [r.facilitator for r in records(ctx.store)] == [AT_THE_DOOR, AT_THE_DOOR]

    # Another session: its own details, nothing carried from this one.
    other = focus_group(ctx.store, 1, language="ar", title="جلسة أخرى")
    with ctx.store.transaction() as s:
        session = s.get(Session, other.session_id)
        assert session is not None
        session.facilitator = ""
    elsewhere = make_dialog(ctx, qtbot, other.participants[0], other.session_id)
    assert elsewhere.facilitator_edit.text() == ""
    elsewhere.reject()


def test_the_person_named_in_settings_comes_first(ctx: AppContext, door: FocusGroup, qtbot: QtBot) -> None:
    first = make_dialog(ctx, qtbot, door.participants[0], door.session_id)
    by_keyboard(first, qtbot)
    type_text(first.facilitator_edit, AT_THE_DOOR)
    QTest.keyClick(first.facilitator_edit, Qt.Key.Key_Return)
    settle()
    assert not first.isVisible()
    ctx.user_name = "زينب"
    second = make_dialog(ctx, qtbot, door.participants[1], door.session_id)
    assert second.facilitator_edit.text() == "زينب"
    second.reject()
