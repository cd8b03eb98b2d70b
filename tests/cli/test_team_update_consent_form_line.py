"""`majlis-cli team update import` on a laptop with two consents taken on version 1 of the form, when the
update brings version 2: the CLI said only "team update 2 applied (N rows changed)". One line now says
that new consents use the new version, the consents taken keep theirs, and how many participants to ask
again, as the Sync page's line does (tests/ui/test_sync_new_consent_form_said.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import consent
from desktop.sync.team import write_team_update
from tests.cli_run import run
from tests.consent_helpers import audio_clause_reworded, consents_taken_on_form_1
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("cli_env")
FORM = consent.TEAM_FORM_KEY


def test_a_new_form_version_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        consents_taken_on_form_1(centre, laptop, tmp_path)
        consent.publish_version(centre, FORM, audio_clause_reworded(" X"))
        second = write_team_update(centre, tmp_path / "u2.majlis").path
        third = write_team_update(centre, tmp_path / "u3.majlis").path  # nothing new in the form
    finally:
        team.close()
    db = tmp_path / "field0.db"
    code, out, err = run(capsys, "team", "update", "import", "--db", db, second)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("team update 2 applied ("), out
    assert lines[1:] == ["a new version of the consent form: new consents use it; consents already taken keep the "
                         "version signed; 2 participants to ask again"], out
    code, out, err = run(capsys, "team", "update", "import", "--db", db, third)
    assert code == 0, err
    assert len(out.splitlines()) == 1, out  # no new version: nothing more said
