"""The consent register marks re-consent exactly where the Participants page does. The centre publishes
version 2 of the team's form in Arabic only: a Kurdish reader who signed version 1 in Kurdish is marked
"re-consent needed" on the Participants page (their form has a newer version, to read in Arabic or once
it is translated); the register said nothing for them, as it compared with the newest version in
Kurdish (still 1)."""

from __future__ import annotations

from pathlib import Path

from desktop.core import consent
from desktop.core.models import Participant
from desktop.sync.team import import_team_update, write_team_update
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

FORM = consent.TEAM_FORM_KEY


team = team_copy_fixture(devices=1)


def test_a_kurdish_reader_marked_on_the_participants_page_is_marked_in_the_register(
        team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    consent.publish_version(team.centre, FORM, template_texts())
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "v1").path)
    group = focus_group(laptop, 1, language="ckb")
    (pid,) = group.participants
    with laptop.session() as s:
        v1 = consent.template_for(s, FORM, "ckb")
        assert v1 is not None and v1.language == "ckb"
        v1_id = v1.id
    consent.record_consent(laptop, pid, group.session_id, v1_id, all_yes(v1_id, laptop), "paper",
                           facilitator="F1", language="ckb", recorded_at="2026-11-20T10:00:00+03:00")
    consent.publish_version(team.centre, FORM, {"ar": template_texts()["ar"]})  # version 2, Arabic only
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "v2").path)

    with laptop.session() as s:
        person = s.get(Participant, pid)
        assert person is not None and person.reconsent_needed  # the Participants page's mark
        (row,) = consent.register(s, session_id=group.session_id)
    assert row.version == 1 and row.language == "ckb"
    assert row.reconsent_needed and row.asked_version == 2
