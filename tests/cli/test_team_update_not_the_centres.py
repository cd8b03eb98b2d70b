"""majlis-cli team update import of a team update that is not the centre's publishing: one signed with a
coordinator laptop's own key, and one signed with the central key that renames the laptop's own code.
Each is refused in one line with its code, exit 1, the laptop's database file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import codebook
from desktop.core.db import open_store
from desktop.sync.keys import generate_signing_key
from desktop.sync.team import write_team_update
from desktop.sync.team_snapshot import snapshot
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.trust_helpers import centre_hlc_ahead, file_digest, forged_team_update

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def _refused(capsys: pytest.CaptureFixture[str], laptop: Path, update: Path) -> str:
    before = file_digest(laptop)
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, update)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert file_digest(laptop) == before
    return err


def test_updates_not_the_centres_are_refused_in_one_line(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    laptop_db, centre_db = tmp_path / "field0.db", tmp_path / "centre.db"
    centre, laptop = open_store(centre_db, PASSPHRASE), open_store(laptop_db, PASSPHRASE)
    try:
        first = write_team_update(centre, tmp_path / "u1.majlis").path
        with laptop.transaction() as s:
            own = codebook.create_code(s, name_ar="الماء", name_en="Water").id
        with laptop.session() as s:
            row = next(r for r in snapshot(s, ("code",))["code"] if r["id"] == own)
        row["data"]["name_en"] = "Renamed elsewhere"
        row["versions"] = {**row["versions"], "name_en": centre_hlc_ahead(centre, 60_000)}
        renames = forged_team_update(centre, [{"entity": "code", "row": row}], tmp_path / "renames.majlis")
        forged = forged_team_update(centre, [], tmp_path / "forged.majlis", generate_signing_key())
    finally:
        centre.close()
        laptop.close()
    assert run(capsys, "team", "update", "import", "--db", laptop_db, first)[0] == 0
    assert _refused(capsys, laptop_db, forged).startswith("majlis-cli: [not_central_key] ")
    assert _refused(capsys, laptop_db, renames).startswith("majlis-cli: [update_changes_own_rows] ")
