"""A team file or team update whose rows hold the same row twice.

The centre's snapshot holds each row once. A team file is public, so anyone can make one (their own key):
one that held a new code twice stopped ``team join`` (and the app's Join a team…) on the database's
IntegrityError, said as "an error not foreseen" (exit 70); a team update doing the same (signed with the
central key) stopped on it too, and one that held a row the laptop has twice applied whichever came last.
Each is now refused whole as malformed, in one line, the laptop's database unchanged, and the next real
update is applied. Real SQLCipher stores, real Ed25519 signatures, the real command line.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.ids import new_id
from desktop.core.models import Code
from desktop.sync import errors, keys
from desktop.sync.team import apply_team_update, write_team_update
from desktop.sync.team_file import make_team_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, published, team_told_a_form_and_a_code
from tests.trust_helpers import centre_hlc_ahead, file_digest, forged_team_update


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = team_told_a_form_and_a_code(tmp_path)
    yield made
    made.close()


def _twice(row: dict[str, Any], name: str, centre_ms: str) -> list[dict[str, Any]]:
    first, second = copy.deepcopy(row), copy.deepcopy(row)
    second["data"]["name_en"] = name
    second["versions"] = {**second["versions"], "name_en": centre_ms}
    return [first, second]


@pytest.mark.parametrize("new", [True, False], ids=["a new code", "the code held"])
def test_an_update_with_a_row_twice_is_refused(team: Team, tmp_path: Path, new: bool) -> None:
    laptop = team.devices[0]
    [row] = published(team, "code")
    if new:
        row["id"] = new_id()
    rows = _twice(row, "Second name", centre_hlc_ahead(team.centre, 1000))
    forged = forged_team_update(team.centre, [{"entity": "code", "row": r} for r in rows], tmp_path / "twice.majlis")
    before = file_digest(laptop.path)
    with pytest.raises(errors.MalformedBundleError) as refused:
        apply_team_update(laptop, forged)
    assert refused.value.code == "malformed" and "\n" not in refused.value.message
    assert file_digest(laptop.path) == before
    with team.centre.transaction() as s:
        s.add(Code(name_ar="الثقة", name_en="Trust"))
    assert apply_team_update(laptop, write_team_update(team.centre, tmp_path / "next.majlis").path).changed >= 1


def test_joining_with_a_team_file_that_holds_a_row_twice_is_one_line(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    [row] = published(team, "code")
    row["id"] = new_id()
    forged = tmp_path / "forged.majlis-team"
    forged.write_bytes(make_team_file(
        team_id="01-another-team", team_name="Elections law cohort", central_signing_key=keys.generate_signing_key(),
        recipients=[keys.recipient_of(keys.generate_identity())], payload={"code": _twice(row, "Second", row["created_at"])}))
    db = tmp_path / "new-laptop.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    before = file_digest(db)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "team", "join", "--db", db, "--team-file", forged)
    assert (code, out) == (1, ""), err
    assert err.count("\n") == 1 and "unexpected" not in err and "not foreseen" not in err, err
    assert file_digest(db) == before
