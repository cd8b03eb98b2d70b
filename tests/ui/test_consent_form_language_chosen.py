"""A Kurdish speaker in an Arabic-language focus group (Kirkuk, Mosul) is shown the consent form in the
session's language: a participant's language is the session's when they are seated, and no screen
changes it, so the facilitator could not show them the Kurdish form the team had published, and they
consented on a form they may not read. The consent form now offers its other languages; the one
chosen is the form signed (its version in that language), shown right to left or left to right as it
reads, and kept as the participant's language for the next form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant
from desktop.ui.consent.clause_widgets import ClauseRow
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup, focus_group, template_texts
from tests.i18n_allowlist import english_words
from tests.ui.test_consent_dialog import answer_all, choose, type_text


@pytest.fixture
def arabic_session(store: Store) -> FocusGroup:
    consent.publish_version(store, "session-consent", template_texts())
    return focus_group(store, 2, language="ar")


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_kurdish_speaker_signs_the_kurdish_form_in_an_arabic_session(
        lang: str, ctx: AppContext, arabic_session: FocusGroup, qtbot: QtBot, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language(lang)
    asked: list[str] = []  # answers given are dropped with the form they were given on: asked first

    def yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    pid = arabic_session.participants[0]
    dialog = ConsentDialog(ctx, pid, arabic_session.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert dialog.lang == "ar" and dialog.form_language.isVisible()
    assert dialog.form_language.count() == 3
    assert lang == "en" or english_words(dialog.form_language_label.text()) == []
    answer_all(dialog, qtbot)  # answered on the Arabic text, then the Kurdish one is chosen

    dialog.form_language.setCurrentIndex(dialog.form_language.findData("ckb"))
    QApplication.processEvents()
    assert len(asked) == 1
    kurdish = template_texts()["ckb"]
    assert dialog.lang == "ckb" and dialog.title_label.text() == kurdish.title
    assert [r.clause_key for r in dialog.clause_rows] == [c.clause_key for c in kurdish.clauses]
    assert all(r.answer() is None for r in dialog.clause_rows)  # answered again, on what they read
    assert dialog.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.clause_rows[0].yes.text() == "بەڵێ"  # the form's own words in Kurdish
    shown = [row for row in dialog.form.findChildren(ClauseRow) if row.isVisible()]
    assert shown == dialog.clause_rows  # the Arabic rows are gone from the screen

    answer_all(dialog, qtbot)
    choose(dialog, "verbal_witness", qtbot)
    witness = dialog.findChild(type(dialog.witness_edit), "witness")
    assert witness is not None
    type_text(witness, "W")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1, dialog.error.text()
    with ctx.store.session() as s:
        record = s.scalars(select(ConsentRecord).where(ConsentRecord.participant_id == pid)).one()
        assert s.get(ConsentTemplate, record.template_id).language == "ckb"
        assert s.get(Participant, pid).language == "ckb"  # the next form opens in Kurdish

    again = ConsentDialog(ctx, pid, arabic_session.session_id, full_screen=False)
    qtbot.addWidget(again)
    assert again.lang == "ckb" and again.form_language.currentData() == "ckb"


def test_the_participants_language_stays_when_no_other_was_chosen(
        ctx: AppContext, arabic_session: FocusGroup, qtbot: QtBot) -> None:
    pid = arabic_session.participants[1]
    with ctx.store.transaction() as s:
        s.get(Participant, pid).language = "tr"  # no form in Turkmen: shown in Arabic
    dialog = ConsentDialog(ctx, pid, arabic_session.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lang == "ar"
    answer_all(dialog, qtbot)
    choose(dialog, "paper", qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    with ctx.store.session() as s:
        assert s.get(Participant, pid).language == "tr"
