"""A file of another kind given as the passphrase file (``status --db pp.txt --passphrase-file
demo.db``: the two paths swapped) was answered ``… is not UTF-8 or UTF-16 text; save it as UTF-8
(Notepad: Save as, Encoding UTF-8)``: advice that, followed, harms a database or a workbook. A plain
team key file, which is text, was even taken for a passphrase (its first line). Each is now named as
what it is, before it is read as text: one line, exit 1 as for every passphrase file refused,
nothing changed. Real files: an SQLCipher database, a team file and key, a bundle, a workbook."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, make_team


def _workbook(path: Path, _team: Team) -> None:
    book = Workbook()
    book.active.append(["session", "governorate"])
    book.save(path)


def _sqlite(path: Path, _team: Team) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()


def _bundle(path: Path, team: Team) -> None:
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    made = export_bundle(team.devices[0], path)
    assert made is not None and made.path == path


def _pdf(path: Path, _team: Team) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


def _copy(source: Callable[[Team], Path]) -> Callable[[Path, Team], None]:
    def make(path: Path, team: Team) -> None:
        path.write_bytes(source(team).read_bytes())
    return make


KINDS: dict[str, tuple[Callable[[Path, Team], None], str]] = {
    "demo.db": (_copy(lambda t: t.devices[0].path), "a Majlis database or backup (an encrypted file)"),
    "plain.sqlite": (_sqlite, "an unencrypted SQLite file"),
    "report.xlsx": (_workbook, "a workbook or another ZIP file (a REFI-QDA project)"),
    "x.majlis": (lambda _p, _t: None, "a bundle (an age-encrypted file)"),  # made by the fixture
    "team.majlis-team": (_copy(lambda t: t.team_file), "a team file"),
    "team.key": (_copy(lambda t: t.identity_file), "a team key file"),
    "minutes.pdf": (_pdf, "a PDF"),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kinds")
    (folder / "given").mkdir()
    team = make_team(folder, devices=1)
    made = {name: folder / "given" / name for name in KINDS}
    try:
        _bundle(made["x.majlis"], team)
    finally:
        team.close()  # the databases as they are at rest, all of them in their files
    for name, (make, _) in KINDS.items():
        if name != "x.majlis":
            make(made[name], team)
    return made


@pytest.mark.parametrize("name", sorted(KINDS))
def test_a_file_of_another_kind_is_named_as_such(files: dict[str, Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre").close()
    given = files[name]
    before = given.read_bytes(), db.read_bytes()
    code, out, err = run(capsys, "status", "--db", db, "--passphrase-file", given)
    assert (code, out) == (1, ""), (name, code, out, err)
    assert err == f"majlis-cli: the passphrase file {given} is {KINDS[name][1]}, not a passphrase file\n"
    assert "UTF-8" not in err
    assert (given.read_bytes(), db.read_bytes()) == before


def test_a_passphrase_file_is_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    db = tmp_path / "centre.db"
    fresh_store(db, "كلمة سر طويلة بما يكفي", "centre").close()
    given = tmp_path / "pp.txt"
    given.write_text("كلمة سر طويلة بما يكفي\r\n", encoding="utf-16")
    code, out, err = run(capsys, "status", "--db", db, "--passphrase-file", given)
    assert code == 0 and out.startswith("sessions: 0\n"), (code, out, err)
