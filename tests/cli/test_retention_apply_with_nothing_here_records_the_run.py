"""`majlis-cli retention apply` when due at a centre (or a laptop) whose own rows hold no name: the run is
recorded all the same and the line says where it goes; run again, nothing more is recorded. Found in
session 41 (hp9): it said `due, and nothing is left to erase` and recorded nothing, so no laptop ever
erased. Real stores, real bundles, the real CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import retention
from desktop.core.db import Store, open_store
from desktop.core.models import Attendance, Participant, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

pytestmark = pytest.mark.usefixtures("cli_env")

team = team_copy_fixture(devices=1)

AFTER = "each device erases the identities it holds of the participants recorded before it"


def held_two_years_ago(store: Store) -> None:
    """A focus group held two years ago, its one participant pseudonymous (no name, no phone)."""
    with store.transaction() as s:
        held = Session(kind="focus_group", title="held", date=dt.date.today() - dt.timedelta(days=730),
                       governorate="basra", language="ar", number=1)
        s.add(held)
        s.flush()
        someone = Participant(code="BSR-FG01-P01", governorate="basra", language="ar")
        s.add(someone)
        s.flush()
        s.add(Attendance(session_id=held.id, participant_id=someone.id, role="citizen", seat=1))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _last_run(db: Path) -> str | None:
    store = open_store(db, PASSPHRASE)
    try:
        return retention.last_run(store)
    finally:
        store.close()


def test_at_a_centre_with_no_name_the_run_is_recorded_for_the_laptops(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = team.devices[0]
    held_two_years_ago(laptop)
    made = export_bundle(laptop, tmp_path / "first.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    retention.set_months(team.centre, 12)
    team.centre.close()
    db = str(tmp_path / "centre.db")

    code, out, err = _run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert (code, err) == (0, ""), err
    assert out.endswith("nothing here is left to erase; would record the run, which goes to the laptops with the "
                        f"next team update (team update export): {AFTER}\n"), out
    assert _last_run(tmp_path / "centre.db") is None  # a dry run records nothing

    code, out, err = _run(capsys, "retention", "apply", "--db", db)
    assert (code, err) == (0, ""), err
    assert out.splitlines()[0] == ("due, and nothing here is left to erase: the run is recorded all the same and "
                                   "goes to the laptops with the next team update (team update export), so that "
                                   f"{AFTER}"), out
    assert _last_run(tmp_path / "centre.db") == dt.date.today().isoformat()

    code, out, err = _run(capsys, "retention", "apply", "--db", db)  # again: the run is recorded already
    assert (code, out, err) == (0, "due, and nothing is left to erase\n", "")
    team.centre = open_store(tmp_path / "centre.db", PASSPHRASE)


def test_on_a_laptop_with_no_name_the_run_is_recorded_and_reaches_the_centre(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = team.devices[0]
    held_two_years_ago(laptop)
    retention.set_months(laptop, 12)
    laptop.close()
    db = str(tmp_path / "field0.db")

    code, out, err = _run(capsys, "retention", "apply", "--db", db)
    assert (code, err) == (0, ""), err
    assert out.splitlines()[0] == ("due, and nothing here is left to erase: the run is recorded all the same and "
                                   f"goes to the centre with the next bundle, so that {AFTER}"), out
    team.devices[0] = laptop = open_store(tmp_path / "field0.db", PASSPHRASE)
    made = export_bundle(laptop, tmp_path / "second.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    assert retention.last_run(team.centre) == dt.date.today().isoformat()  # the run travelled
