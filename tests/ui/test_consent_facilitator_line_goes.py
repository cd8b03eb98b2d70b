"""The refusal "Enter the name of the person who obtained consent." goes once a name is typed.

Save consent with the "Consent obtained by" field empty said so beside Save; the line stayed there after
the facilitator typed their name, until the next Save, as if the name were still missing (a clause's
answer, the witness's name and the signature pad already took their refusal away).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.consent.form_parts import refusal_text
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, records, type_text, user_name  # noqa: F401  (fixtures)


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_typing_the_name_takes_the_refusal_away(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                                manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    for row in dlg.clause_rows:
        row.set_answer(True)
    dlg.method_buttons.button(2).setChecked(True)  # verbal, with a witness
    dlg.witness_edit.setText("أم علي")
    dlg.facilitator_edit.clear()
    dlg.save_button.click()
    settle()
    wanted = refusal_text("facilitator_required")
    assert dlg.error.text() == wanted and wanted != "Enter the name of the person who obtained consent."
    assert records(ctx.store) == []
    type_text(dlg.facilitator_edit, "ئاوات")  # by keys, as typed
    settle()
    assert dlg.error.text() == "", "the refusal stayed after the name was typed"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == 1
    assert [r.facilitator for r in records(ctx.store)] == ["ئاوات"]
