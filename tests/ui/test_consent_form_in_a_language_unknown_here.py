"""A team update from a newer centre brings version 2 of the consent form in a language this Majlis has
no words for (Kurmanji, "kmr"): beside Arabic, or alone. The update applies (the form is the centre's),
but the facilitator's consent form then failed to open for every participant on the laptop
(native_name raised on the unknown code: the language list, the older-version note). It opens now: the
languages it can show a form in are offered, and the note names the one it cannot by its code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.consent_helpers import focus_group, template_texts
from tests.sync_helpers import Team, make_team

FORM = consent.TEAM_FORM_KEY


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


@pytest.mark.parametrize("second", [("ar", "kmr"), ("kmr",)])
def test_the_form_opens_when_a_version_came_in_a_language_unknown_here(
        team: Team, qtbot: QtBot, manager: LanguageManager, tmp_path: Path, second: tuple[str, ...]) -> None:
    manager.set_language("ar")
    centre, laptop = team.centre, team.devices[0]
    texts = template_texts()
    consent.publish_version(centre, FORM, texts)
    import_team_update(laptop, write_team_update(centre, tmp_path / "first.majlis").path)
    consent.publish_version(centre, FORM, {lang: texts["ar" if lang == "ar" else "en"] for lang in second})
    import_team_update(laptop, write_team_update(centre, tmp_path / "second.majlis").path)
    group = focus_group(laptop, 1, language="ar")

    ctx = AppContext(store=laptop, language=manager, tasks=TaskRunner(), user_name="F1")
    try:
        dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
        qtbot.addWidget(dialog)
        dialog.show()
        offered = [dialog.form_language.itemData(i) for i in range(dialog.form_language.count())]
        assert offered == ["ar", "ckb", "en"]
        assert dialog.lang == "ar"
        if second == ("kmr",):  # the Arabic form shown is version 1: the note names version 2's language
            assert dialog.older_note.isVisible() and "kmr" in dialog.older_note.text()
        else:
            assert not dialog.older_note.isVisible()
    finally:
        assert ctx.tasks.drain(10_000)
