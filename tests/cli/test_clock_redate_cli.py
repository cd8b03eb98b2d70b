"""``majlis-cli clock redate``: asks with both dates, re-dates the waiting work in one go, and
refuses in one line (nothing changed) when nothing waits, when not confirmed, or while another
program has the database open. Real stores and bundles; the laptop's date set a year ahead."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.clock import system_ms, utc_day
from desktop.core.db import open_store
from desktop.sync.importer import import_files
from tests.clock_helpers import YEAR_MS, recorded_a_year_ahead
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, full_digest, make_team


class Answer(io.StringIO):
    """A terminal where the person types ``text``."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Team]:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    made = make_team(tmp_path, devices=1)
    made.devices[0].close()
    recorded_a_year_ahead(made.devices[0].path, occupation="teacher")  # a typing mistake
    made.devices = []
    yield made
    made.close()


def digest(path: Path) -> str:
    store = open_store(path, PASSPHRASE)
    try:
        return full_digest(store)
    finally:
        store.close()


def test_redate_with_yes_then_the_bundle_goes_and_is_imported(team: Team, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field0.db"
    code = main(["clock", "redate", "--db", str(db), "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    today, then = utc_day(system_ms()), utc_day(system_ms() + YEAR_MS)
    assert out.splitlines()[:2] == [f"this computer's clock: {today}",
                                    f"waiting work: 1 unsent change dated up to {then}"]
    assert out.splitlines()[-1].startswith("re-dated 1 change (it was dated up to") and "Traceback" not in err
    assert "clock redate" in err  # the warning printed on opening names the way out
    code = main(["bundle", "export", "--db", str(db), "--out", str(tmp_path / "redated.majlis")])
    out, err = capsys.readouterr()
    assert code == 0 and "bundle written" in out and err == "", (out, err)
    (outcome,) = import_files(team.centre, [tmp_path / "redated.majlis"], team.identities)
    assert outcome.status == "imported", outcome.message
    code = main(["clock", "redate", "--db", str(db), "--yes"])  # nothing waits now
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert err.startswith("majlis-cli: [nothing_to_redate] ")


def test_it_asks_and_a_no_changes_nothing(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "field0.db"
    before = digest(db)
    monkeypatch.setattr("sys.stdin", Answer("n\n"))
    code = main(["clock", "redate", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 1 and "Re-date 1 change? [y/N]" in out and "only if this computer's date is right now" in out
    assert err.splitlines()[-1] == "majlis-cli: not re-dated; nothing was changed"
    assert digest(db) == before
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal, no --yes: never re-dated unasked
    assert main(["clock", "redate", "--db", str(db)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert digest(db) == before
    monkeypatch.setattr("sys.stdin", Answer("y\n"))
    assert main(["clock", "redate", "--db", str(db)]) == 0
    assert "[y/N] re-dated 1 change (it was dated up to" in capsys.readouterr().out
    assert digest(db) != before


def test_refused_while_another_program_has_it_open(team: Team, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field0.db"
    before = digest(db)
    other = open_store(db, PASSPHRASE)
    try:
        code = main(["clock", "redate", "--db", str(db), "--yes"])
        out, err = capsys.readouterr()
        assert code == 4 and "another program" in err.splitlines()[-1] and "Traceback" not in err
    finally:
        other.close()
    assert digest(db) == before


def test_the_export_refusal_names_the_way_out(team: Team, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    # Found walking the README: the [clock_behind] line said only "wait, tell your coordinator".
    db = tmp_path / "field0.db"
    code = main(["bundle", "export", "--db", str(db), "--out", str(tmp_path / "x.majlis")])
    out, err = capsys.readouterr()
    refusal = err.splitlines()[-1]
    assert code == 1 and out == "" and refusal.startswith("majlis-cli: [clock_behind] ")
    assert "`majlis-cli clock redate`" in refusal and "Traceback" not in err
    assert not (tmp_path / "x.majlis").exists()
    assert main(["clock", "redate", "--db", str(db), "--yes"]) == 0
    assert main(["bundle", "export", "--db", str(db), "--out", str(tmp_path / "x.majlis")]) == 0
