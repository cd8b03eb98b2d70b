"""Titles that arrive from other devices reach a terminal in ``sessions list`` and ``recommendations
list``. A bundle's values are checked for control characters (one-line fields hold none), but not for
bidirectional overrides and isolates, which a laptop on the roster can still send (the app tidies them out
of what a person types; a forged bundle keeps them). ``sessions list`` replaced only C0 and C1 controls and
``recommendations list`` printed the title as it was: a U+202E turned the rest of the line around in the
coordinator's terminal (columns, ids and statuses shown in another order). Each is now U+FFFD in the text
lines and its \\u escape in --json (the same value to a JSON reader), as device and team names already are.
Real bundle signed by a rostered laptop's key and imported at the centre; a real team update. The code
names that ``consent withdraw`` and ``erasure report`` list (a laptop's own codes come from its bundles)
likewise.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.db import Store
from desktop.core.models import Code, Recommendation
from desktop.sync.bundle_reader import read_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import apply_team_update, write_team_update
from tests.cli_run import run
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study
from tests.sync_helpers import Team, make_team, published, session_bundle
from tests.trust_helpers import centre_hlc_ahead, change, forge, forged_team_update, laptop_key

pytestmark = pytest.mark.usefixtures("env_passphrase")

TURNED = "Basra \u202e2024-05-01 closed\u202c and \u2066more\u2069 \u200f"
STEERING = set("\u202e\u202c\u2066\u2069\u200f")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _said_plainly(out: str) -> None:
    assert not STEERING & set(out), repr(out)


def test_a_session_title_from_a_laptop_steers_no_terminal(team: Team, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    laptop = team.devices[0]
    made = read_bundle(session_bundle(laptop, tmp_path / "made.majlis", "Roundtable"), team.identities)
    [session] = [c for c in made.changes if c["entity"] == "session"]
    hostile = change("session", "insert", {**session["data"], "title": TURNED}, device=laptop.device_id, seq=1)
    bundle = forge(team, [hostile], device_id=laptop.device_id, key=laptop_key(laptop), name="field laptop 1",
                   out=tmp_path / "turned.majlis")
    [outcome] = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "imported", outcome
    db = team.centre.path
    team.centre.close()
    code, out, err = run(capsys, "sessions", "list", "--db", db)
    assert (code, err) == (0, "")
    _said_plainly(out)
    [line] = out.splitlines()
    assert line.split("\t")[3] == "Basra \ufffd2024-05-01 closed\ufffd and \ufffdmore\ufffd \ufffd"
    code, out, err = run(capsys, "sessions", "list", "--db", db, "--json")
    assert (code, err) == (0, "")
    _said_plainly(out)
    assert json.loads(out)[0]["title"] == TURNED  # the value itself, escaped only on the way to the terminal


def test_a_recommendation_title_from_the_centre_steers_no_terminal(team: Team, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    laptop = team.devices[0]
    with team.centre.transaction() as s:
        s.add(Recommendation(number=1, title_en="Biometric voter cards only"))
    apply_team_update(laptop, write_team_update(team.centre, tmp_path / "u1.majlis").path)
    [row] = published(team, "recommendation")
    row["data"]["title_en"] = TURNED
    row["versions"] = {**row["versions"], "title_en": centre_hlc_ahead(team.centre, 60_000)}
    apply_team_update(laptop, forged_team_update(team.centre, [{"entity": "recommendation", "row": row}],
                                                 tmp_path / "u2.majlis"))
    db = laptop.path
    laptop.close()
    code, out, err = run(capsys, "recommendations", "list", "--db", db)
    assert (code, err) == (0, "")
    _said_plainly(out)
    assert out.rstrip("\n").endswith("  Basra \ufffd2024-05-01 closed\ufffd and \ufffdmore\ufffd \ufffd")


def test_a_code_name_in_the_erasure_lines_steers_no_terminal(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """``consent withdraw`` and ``erasure report`` name the codes to read: a laptop's own code (its name
    from its bundle, as sent: written here under the app's tidying) printed as it was."""
    study = make_study(store)
    codes_around(store, study)
    with store.engine.begin() as conn:
        conn.execute(update(Code).where(Code.name_en == "fear").values(name_en=TURNED))
    store.close()
    code, out, err = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                         "--scope", "all", "--date", "2026-11-30")
    assert (code, err) == (0, "")
    _said_plainly(out)
    assert "  code\tBasra \ufffd2024-05-01 closed\ufffd and \ufffdmore\ufffd \ufffd\texamples" in out.splitlines()
    code, out, _ = run(capsys, "erasure", "report", "--db", str(store.path))
    assert code == 0
    _said_plainly(out)
