"""The centre publishes a new version of the consent form; a facilitator's laptop applies the team
update. The laptop marked the participants who consented on the older version "re-consent needed",
but no screen said so: the Participants page showed them as "consent given", so nobody knew whom to
ask again before the next session. The page's consent column now says it (in ar, ckb, en), until
consent on the new version is recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.models import Participant
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import arabic_form
from tests.sync_helpers import Team, make_team

FORM = consent.TEAM_FORM_KEY
SHOWN = {"en": "re-consent needed", "ar": "تجديد الموافقة", "ckb": "ڕەزامەندی نوێ"}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _publish(team: Team, title: str, folder: Path) -> Path:
    consent.publish_version(team.centre, FORM, arabic_form(title))
    return write_team_update(team.centre, folder).path


def _consent_on_newest(team: Team, participant_id: str) -> None:
    laptop = team.devices[0]
    with laptop.session() as s:
        form = consent.template_for(s, FORM, "ar")
        assert form is not None
        form_id = form.id
    consent.record_consent(laptop, participant_id, None, form_id, {"participate": True}, "paper", facilitator="F1")


def consent_cell(page: ParticipantsPage, code: str) -> str:
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).code == code)
    column = list(page.model.columns).index("consent")
    return str(page.model.data(page.model.index(row, column)))


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_participants_page_says_who_needs_re_consent(
        lang: str, team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Callable[..., AppContext],
        manager: LanguageManager) -> None:
    laptop, stick = team.devices[0], tmp_path / "stick"
    stick.mkdir()
    import_team_update(laptop, _publish(team, "النموذج ١", stick))
    with laptop.transaction() as s:
        asked, new = Participant(code="BSR-FG01-P01"), Participant(code="BSR-FG01-P02")
        s.add_all([asked, new])
    _consent_on_newest(team, asked.id)
    import_team_update(laptop, _publish(team, "النموذج ٢", stick))  # version 2 reaches the laptop
    _consent_on_newest(team, new.id)  # consented on version 2 already

    manager.set_language(lang)
    page = ParticipantsPage(make_ctx(laptop, lang=manager))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert SHOWN[lang] in consent_cell(page, "BSR-FG01-P01")
    assert SHOWN[lang] not in consent_cell(page, "BSR-FG01-P02")

    # Asked again on the new version: the list says consent given, as for the other.
    loads = page.loads
    _consent_on_newest(team, asked.id)
    page.refresh()
    qtbot.waitUntil(lambda: page.loads > loads, timeout=5000)
    assert consent_cell(page, "BSR-FG01-P01") == consent_cell(page, "BSR-FG01-P02")
