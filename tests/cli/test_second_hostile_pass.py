"""What a second hostile pass over the command line found, each now one line with nothing changed:
a 10,000-character ``--actor`` recorded a change the centre refuses (and every later bundle of that
laptop with it); a byte that is not UTF-8 in ``--out`` wrote an export and then failed to record it
(``erasure report`` never named it) with a traceback, and in ``--participant`` was a traceback; an id
past SQLite's integers was an OverflowError traceback; ``--date 2024-01-015`` or ``20240101`` was
taken, and a withdrawal dated years before the session where consent was given; an empty ``--recommendation`` wrote
every brief, an empty ``--session`` was said to be a consent record; a file name holding a line break
split its ``wrote`` line and its line of the erasure report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.db import open_store
from desktop.core.models import AuditEvent
from tests.cli.test_cli_slips import session_summary_conflict
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy

pytestmark = pytest.mark.usefixtures("env_passphrase")

HUGE = "99999999999999999999999"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """What ``majlis-cli demo --db demo.db --sessions 3`` makes (its device name, seed 1, advocacy), as a
    copy of one made once per process (tests/demo_stores.py): the commands run on it are under test here."""
    path = tmp_path / "demo.db"
    demo_copy(path, PASSPHRASE, "demo laptop", sessions=3).close()
    return path


def one_line(err: str) -> str:
    assert err.startswith("majlis-cli: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def first_participant(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, str]:
    """The first participant with a consent record: its id and its consent state."""
    code, out, err = run(capsys, "participants", "list", "--db", db, "--json")
    assert code == 0, err
    people: list[dict[str, object]] = json.loads(out)
    person = next(p for p in people if p["consent_records"])
    return {"id": str(person["id"]), "consent": str(person["consent"])}


def test_an_argument_that_is_not_utf8_is_refused_before_anything_is_done(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "w") + "\udcff.xlsx"  # the byte 0xFF as Python hands it over from argv
    code, stdout, err = run(capsys, "export", "xlsx", "--db", demo, "--out", out)
    assert code == 64 and stdout == ""
    assert "is not UTF-8 text" in one_line(err) and "\\xff" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("w")) == []
    code, _stdout, err = run(capsys, "consent", "withdraw", "--db", demo, "--participant", "ANB\udcff",
                             "--scope", "quotes")
    assert code == 64 and "is not UTF-8 text" in one_line(err)


@pytest.mark.parametrize("argv", [("device", "approve"), ("device", "reject"),
                                  ("conflicts", "resolve", "--keep", "a")])
def test_an_id_past_any_row_number_is_not_there(demo: Path, capsys: pytest.CaptureFixture[str],
                                                argv: tuple[str, ...]) -> None:
    command, action, *rest = argv
    code, out, err = run(capsys, command, action, "--db", demo, HUGE, *rest)
    assert code == 3 and out == ""
    assert HUGE in one_line(err) and "nothing was changed" in err


@pytest.mark.parametrize("date", ["2024-01-015", "20240101", "2024-W01-1", "2024-01-01 is when she called",
                                  "2024-02-30"])
def test_a_withdrawal_date_is_exactly_a_day(demo: Path, capsys: pytest.CaptureFixture[str], date: str) -> None:
    person = first_participant(capsys, demo)
    code, out, err = run(capsys, "consent", "withdraw", "--db", demo, "--participant", person["id"],
                         "--scope", "quotes", "--date", date)
    assert code == 1 and out == ""
    assert "not a date (YYYY-MM-DD)" in one_line(err)
    assert first_participant(capsys, demo)["consent"] == "given"


def test_a_withdrawal_is_never_dated_before_its_session(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = first_participant(capsys, demo)
    code, out, err = run(capsys, "consent", "withdraw", "--db", demo, "--participant", person["id"],
                         "--scope", "quotes", "--date", "2000-01-01")
    assert code == 1 and out == ""
    assert "before the session where consent was given" in one_line(err)
    assert first_participant(capsys, demo)["consent"] == "given"
    code, out, err = run(capsys, "consent", "withdraw", "--db", demo, "--participant", person["id"],
                         "--scope", "quotes", "--date", "2025-06-01")
    assert code == 0, err


def test_an_empty_id_names_nothing(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "brief.pdf"
    code, out, err = run(capsys, "export", "brief", "--db", demo, "--out", brief, "--recommendation", "")
    assert code == 3 and out == "" and "no recommendation with that id" in one_line(err)
    code, out, err = run(capsys, "export", "pdf", "--db", demo, "--out", brief, "--session", " ")
    assert code == 3 and out == "" and "no session with that id" in one_line(err)
    assert not brief.exists()


def test_an_actor_longer_than_its_field_is_never_recorded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre_db, _laptop, _sid = session_summary_conflict(tmp_path, capsys, "جلسة")
    (conflict,) = json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--json")[1])
    code, out, err = run(capsys, "conflicts", "resolve", "--db", centre_db, str(conflict["id"]), "--keep", "a",
                         "--actor", "ئ" * 10_000)
    assert code == 1 and out == ""
    assert one_line(err) == ("majlis-cli: the actor is longer than 200 characters, more than Majlis keeps or sends; "
                             "nothing was saved\n")
    assert len(json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--json")[1])) == 1  # still open
    store = open_store(centre_db, PASSPHRASE)
    try:
        with store.session() as s:
            assert not [a for a in s.query(AuditEvent).all() if len(a.actor) > 200]
    finally:
        store.close()
    code, out, err = run(capsys, "conflicts", "resolve", "--db", centre_db, str(conflict["id"]), "--keep", "a",
                         "--actor", "ئ" * 200)
    assert code == 0, err


def test_a_file_name_with_a_line_break_stays_on_its_line(demo: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "w ب\nx.xlsx"
    code, stdout, err = run(capsys, "export", "xlsx", "--db", demo, "--out", out)
    assert code == 0, err
    assert stdout.count("\n") == 1 and "w ب\\nx.xlsx" in stdout, stdout
    person = first_participant(capsys, demo)
    code, _stdout, err = run(capsys, "consent", "withdraw", "--db", demo, "--participant", person["id"],
                             "--scope", "all")
    assert code == 0, err
    code, report, err = run(capsys, "erasure", "report", "--db", demo)
    assert code == 0, err
    lines = [line for line in report.splitlines() if "x.xlsx" in line]
    assert len(lines) == 1 and "w ب\\nx.xlsx" in lines[0], report
