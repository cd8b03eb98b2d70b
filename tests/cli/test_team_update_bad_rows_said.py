"""majlis-cli team update import of updates signed with the central key whose rows are not what the centre
writes: a consent form version too large for the database (it stopped the command with OverflowError's
traceback), and an emptying of a withdrawal whose time is not an HLC (it was applied). Each is refused in
one line, [malformed], exit 1, the laptop's database file as it was; the real next update then imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import consent
from desktop.core.db import open_store
from desktop.core.models import ConsentRecord
from desktop.sync import withdrawal_sync
from desktop.sync.team import write_team_update
from desktop.sync.team_snapshot import snapshot
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.consent_helpers import template_texts
from tests.trust_helpers import file_digest, forged_team_update

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def test_rows_that_are_not_the_centres_are_refused_in_one_line(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    laptop_db, centre_db = tmp_path / "field0.db", tmp_path / "centre.db"
    centre = open_store(centre_db, PASSPHRASE)
    try:
        consent.publish_version(centre, consent.TEAM_FORM_KEY, template_texts())
        with centre.session() as s:
            forms = snapshot(s, ("consent_template",))["consent_template"]
        for row in forms:
            row["data"]["version"] = 10**20
        huge = forged_team_update(centre, [{"entity": "consent_template", "row": r} for r in forms],
                                  tmp_path / "huge.majlis")
        # The id of a consent record the laptop may hold: what matters is the time, refused before any lookup.
        emptying = {"id": ConsentRecord.__tablename__, "emptied": "zzzz"}
        never = forged_team_update(centre, [{"entity": withdrawal_sync.EMPTIED_KEY, "row": emptying}],
                                   tmp_path / "never.majlis")
        real = write_team_update(centre, tmp_path / "u1.majlis").path
    finally:
        centre.close()
    for forged in (huge, never):
        before = file_digest(laptop_db)
        code, out, err = run(capsys, "team", "update", "import", "--db", laptop_db, forged)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and err.startswith("majlis-cli: [malformed] "), err
        assert "Traceback" not in err
        assert file_digest(laptop_db) == before
    assert run(capsys, "team", "update", "import", "--db", laptop_db, real)[0] == 0
