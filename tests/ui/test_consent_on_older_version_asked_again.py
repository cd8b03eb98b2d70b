"""Version 2 of the consent form reached this laptop in Arabic only (its Kurdish text not ready). A
Kurdish participant, never asked before, signs version 1 in Kurdish: the form says "version 2 is in
Arabic only ... or the participant will be asked again". They were not: the register and the workbook
showed them consented on the current form with no "re-consent needed", while the centre marked them
when the laptop's bundle arrived (late_consents). A consent recorded on an older version than the newest
one on this device now marks its participant, as the centre does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant
from desktop.ui.context import AppContext
from tests.consent_helpers import focus_group, template_texts
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import make_dialog, user_name  # noqa: F401  (fixture)


def _needs_reconsent(store: Store, participant_id: str) -> bool:
    with store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None
        return person.reconsent_needed


def test_a_consent_signed_on_the_older_version_is_asked_again(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    consent.publish_version(store, "session-consent", {"ar": template_texts()["ar"]})  # version 2, Arabic only
    group = focus_group(store, 2, language="ckb")
    first, second = group.participants
    dialog = make_dialog(ctx, qtbot, first, group.session_id)
    settle()
    assert dialog.older_note.isVisible()  # "... or the participant will be asked again"
    for row in dialog.clause_rows:
        row.set_answer(True)
    dialog.method_buttons.button(1).click()  # on paper
    dialog.facilitator_edit.setText("F1")
    dialog.save_button.click()
    settle()
    assert dialog.record_id is not None, dialog.error.text()
    with store.session() as s:
        record = s.get(ConsentRecord, dialog.record_id)
        assert record is not None
        tpl = s.get(ConsentTemplate, record.template_id)
        assert tpl is not None and tpl.version == 1 and tpl.language == "ckb"  # kept on what they signed
    assert _needs_reconsent(store, first)

    newer = make_dialog(ctx, qtbot, first, group.session_id)  # asked again, on the newest version
    newer.form_language.setCurrentIndex(newer.form_language.findData("ar"))
    settle()
    for row in newer.clause_rows:
        row.set_answer(True)
    newer.method_buttons.button(1).click()
    newer.facilitator_edit.setText("F1")
    newer.save_button.click()
    settle()
    assert newer.record_id is not None, newer.error.text()
    assert not _needs_reconsent(store, first)
    assert not _needs_reconsent(store, second)  # never asked: nothing to ask again
