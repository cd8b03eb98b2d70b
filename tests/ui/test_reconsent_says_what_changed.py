"""The centre publishes a new version of the consent form; the laptop marks the participants who
consented on the older one "re-consent needed". The facilitator who then records their consent again
was shown the whole new form and no word of what had changed, and re-read it all without knowing what
to explain. The consent dialog now says, in the interface language, which version the participant
agreed to, and the clauses new, removed, reworded or made required since, with what the participant
answered to each before (a reworded clause with its earlier words). A first consent says nothing of it.
Real widgets, real databases, the versions reaching the laptop in real team updates; in ckb and ar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup, all_yes, focus_group, template_texts, template_texts_without
from tests.i18n_allowlist import english_words
from tests.shots import shots_folder
from tests.sync_helpers import Team, make_team
from tests.ui.test_reconsent_shown import consent_cell

FORM = consent.TEAM_FORM_KEY
REWORDED = " (بێ ناو)"  # added to the audio clause in version 2, in every language
# What the facilitator reads, in the interface language: the clause names and the earlier answer.
WORDS = {
    "ckb": {"audio": "دەنگ", "photo": "وێنە", "contact": "پەیوەندی", "no": "نەخێر", "yes": "بەڵێ"},
    "ar": {"audio": "الصوت", "photo": "الصور", "contact": "التواصل", "no": "لا", "yes": "نعم"},
}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _version_2() -> dict[str, consent.TemplateText]:
    """The audio clause reworded, the photo clause gone, the contact clause new."""
    return {lang: consent.TemplateText(t.title, t.body, t.signature_meaning, [
        consent.ClauseSpec(c.clause_key, c.text + REWORDED if c.clause_key == "audio" else c.text, c.required)
        for c in t.clauses if c.clause_key != "photo"]) for lang, t in template_texts().items()}


def _dialog(ctx: AppContext, qtbot: QtBot, participant: str, session: str) -> ConsentDialog:
    dialog = ConsentDialog(ctx, participant, session, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _agreed_to_version_1(team: Team, tmp_path: Path, lang: str) -> FocusGroup:
    """The laptop's first participant consented on version 1 (No to the recording); version 2 arrived since."""
    centre, laptop = team.centre, team.devices[0]
    consent.publish_version(centre, FORM, template_texts_without("contact"))
    import_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path)
    group = focus_group(laptop, 2, language=lang)
    with laptop.session() as s:
        form = consent.template_for(s, FORM, lang)
        assert form is not None and form.version == 1
        form_1 = form.id
    consent.record_consent(laptop, group.participants[0], group.session_id, form_1, all_yes(form_1, laptop, audio=False),
                           "paper", facilitator="F1")
    consent.publish_version(centre, FORM, _version_2())
    import_team_update(laptop, write_team_update(centre, tmp_path / "u2.majlis").path)
    return group


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_re_consent_says_which_clauses_changed_since_the_version_agreed_to(
        lang: str, team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: object, manager: LanguageManager) -> None:
    laptop = team.devices[0]
    group = _agreed_to_version_1(team, tmp_path, lang)
    asked, new = group.participants
    manager.set_language(lang)
    ctx = make_ctx(laptop, lang=manager)  # type: ignore[operator]
    dialog = _dialog(ctx, qtbot, asked, group.session_id)
    note = dialog.findChild(QLabel, "reconsent_changes")
    assert note is not None and note.isVisible()
    said = note.text()
    words = WORDS[lang]
    lines = said.splitlines()
    assert "١" in lines[0] and "٢" in lines[0] or "1" in lines[0] and "2" in lines[0], said  # versions 1 and 2
    audio = next(line for line in lines if words["audio"] in line)
    assert words["no"] + ")" in audio, said  # they said No to the recording before
    old_audio = next(c.text for c in template_texts()[lang].clauses if c.clause_key == "audio")
    assert old_audio in audio and REWORDED not in audio, said  # its earlier words, to explain the change
    photo = next(line for line in lines if words["photo"] in line)
    assert words["yes"] + ")" in photo, said
    assert any(words["contact"] in line for line in lines if line not in (audio, photo)), said
    assert len([line for line in lines if line.startswith("\u2022")]) == 3, said  # the unchanged ones not listed
    assert english_words(said.replace(old_audio, "")) == [], said
    assert note.width() >= note.sizeHint().width() or note.wordWrap()
    shots = shots_folder(tmp_path, "MAJLIS_RECONSENT_SHOTS")
    dialog.grab().save(str(shots / f"reconsent-{lang}.png"))
    dialog.close()

    first = _dialog(ctx, qtbot, new, group.session_id)  # never consented: a first consent, nothing to compare
    shown = first.findChild(QLabel, "reconsent_changes")
    assert shown is None or not shown.isVisible()
    first.close()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_participants_page_says_what_changed_for_whom_needs_re_consent(
        lang: str, team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: object, manager: LanguageManager) -> None:
    """Where the list says "re-consent needed", its tooltip says what changed since their version."""
    laptop = team.devices[0]
    group = _agreed_to_version_1(team, tmp_path, lang)
    manager.set_language(lang)
    page = ParticipantsPage(make_ctx(laptop, lang=manager))  # type: ignore[operator]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    column = list(page.model.columns).index("consent")

    def tip(code: str) -> object:
        row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).code == code)
        return page.model.data(page.model.index(row, column), Qt.ItemDataRole.ToolTipRole)

    said = tip(group.codes[0])
    assert isinstance(said, str) and consent_cell(page, group.codes[0]) != consent_cell(page, group.codes[1])
    words = WORDS[lang]
    audio = next(line for line in said.splitlines() if words["audio"] in line)
    assert words["no"] + ")" in audio, said
    assert any(words["contact"] in line for line in said.splitlines()), said
    old_audio = next(c.text for c in template_texts()[lang].clauses if c.clause_key == "audio")
    assert english_words(said.replace(old_audio, "")) == [], said
    assert not tip(group.codes[1])  # never consented: no re-consent, nothing to explain
