"""A field laptop's consent register after the centre published version 2 of the team's form (a team
update): who in it is to be asked again. Shared by the register's tests (on screen, PDF, workbook)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core import consent
from desktop.core.db import Store
from desktop.sync.team import import_team_update, write_team_update
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.sync_helpers import Team

FORM = consent.TEAM_FORM_KEY


@dataclass
class Register:
    laptop: Store
    session_id: str
    asked_again: str  # consented on version 1: re-consent needed
    on_v2: str  # consented on version 2 already
    refused: str  # refused on version 1: nothing to ask again
    reconsented: str  # consented on version 1 in the session, again on version 2 since


def _form_id(store: Store) -> str:
    with store.session() as s:
        form = consent.template_for(s, FORM, "ar")
        assert form is not None
        return form.id


def register_after_version_2(team: Team, folder: Path, language: str = "ar") -> Register:
    """Four participants of one focus group on the team's laptop, their language ``language``; the centre's
    version 1 and then version 2 reach the laptop by team updates, each in ar, ckb and en."""
    laptop = team.devices[0]
    folder.mkdir(exist_ok=True)
    consent.publish_version(team.centre, FORM, template_texts())
    import_team_update(laptop, write_team_update(team.centre, folder).path)
    group = focus_group(laptop, 4, language=language)
    v1 = _form_id(laptop)
    asked_again, on_v2, refused, reconsented = group.participants
    answers = all_yes(v1, laptop)
    for pid, said in ((asked_again, answers), (refused, {**answers, "participate": False}), (reconsented, answers)):
        consent.record_consent(laptop, pid, group.session_id, v1, said, "paper", facilitator="F1",
                               recorded_at="2026-11-20T10:00:00+03:00")
    consent.publish_version(team.centre, FORM, template_texts())
    import_team_update(laptop, write_team_update(team.centre, folder).path)  # version 2 reaches the laptop
    v2 = _form_id(laptop)
    assert v2 != v1
    consent.record_consent(laptop, on_v2, group.session_id, v2, answers, "paper", facilitator="F1",
                           recorded_at="2026-11-21T10:00:00+03:00")
    consent.record_consent(laptop, reconsented, None, v2, answers, "paper", facilitator="F1",
                           recorded_at="2026-11-22T10:00:00+03:00")
    return Register(laptop, group.session_id, *group.codes)
