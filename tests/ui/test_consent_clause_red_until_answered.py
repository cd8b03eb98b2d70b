"""A clause marked red by Save consent (no Yes or No given) stops being red once it is answered.

Save consent pressed with clauses unanswered marks them red; answered afterwards, they stayed red until
the next Save, so the facilitator still saw answered clauses flagged as if something were missing
from them. A clause's red now goes as soon as it is answered (the error line beside Save already did).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, user_name  # noqa: F401  (fixtures)

RED = QColor("#b00020")


def red(row: object) -> bool:
    label = row.label  # type: ignore[attr-defined]
    return bool(label.property("missing")) or label.palette().color(QPalette.ColorRole.WindowText) == RED


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_answering_a_red_clause_takes_its_red_away(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                                   manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    rows = dlg.clause_rows
    rows[0].set_answer(True)
    dlg.save_button.click()
    settle()
    assert not red(rows[0]) and all(red(row) for row in rows[1:])
    rows[1].no.click()
    rows[2].set_answer(True)
    settle()
    assert not red(rows[1]) and not red(rows[2]), "an answered clause is still marked as missing"
    assert all(red(row) for row in rows[3:])
    dlg.reject()
