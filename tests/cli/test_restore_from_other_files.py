"""``majlis-cli restore --from`` given a file of another kind (a bundle, a workbook, a PDF: the centre's
stick holds them beside the backups) said ``wrong passphrase for FILE: a backup made before a
passphrase change opens only with the passphrase the database had then`` (exit 2), sending the
coordinator after an old passphrase for a file that was never a database; README: a file that is not
a Majlis database is refused with exit 3. Such a file, known by its first bytes, is now named for
what it is (exit 3, nothing changed); ``--db`` given one says the same rather than "wrong passphrase"."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def stick(tmp_path: Path) -> dict[str, Path]:
    """A bundle, a workbook and a PDF, as they lie on the coordinator's stick."""
    team = make_team(tmp_path, devices=1)
    try:
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        made = export_bundle(team.devices[0], tmp_path / "laptop.majlis")
        assert made is not None
    finally:
        team.close()
    book = Workbook()
    book.active.append(["report"])
    book.save(tmp_path / "analysis.xlsx")
    (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n%%EOF\n")
    return {"a bundle": made.path, "a ZIP file": tmp_path / "analysis.xlsx", "a PDF": tmp_path / "minutes.pdf"}


@pytest.mark.parametrize("kind", ["a bundle", "a ZIP file", "a PDF"])
def test_restore_from_another_kind_of_file_names_it(
        stick: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    centre = tmp_path / "centre.db"
    before = centre.read_bytes()
    code, out, err = run(capsys, "restore", "--db", centre, "--from", stick[kind])
    assert code == 3 and out == "" and err.count("\n") == 1, (code, out, err)
    assert err.startswith(f"majlis-cli: {stick[kind]} is {kind}"), err
    assert "not a Majlis database" in err and "passphrase" not in err, err
    assert centre.read_bytes() == before  # nothing changed, no new epoch
    assert not list(tmp_path.glob("centre.db.backups/*before-restore*"))


def test_a_bundle_given_as_the_database_is_named(stick: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "status", "--db", stick["a bundle"])
    assert code == 3 and out == "", (code, out, err)
    assert err == f"majlis-cli: {stick['a bundle']} is a bundle (an age-encrypted file), not a Majlis database\n", err


def test_a_team_file_or_update_given_as_the_database_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--db team.majlis-team`` and ``restore --from`` a team update (cut short on the stick too) name the
    file as desktop.core.file_kinds does, as the Sync page would; before, each was "a ZIP file (a workbook,
    a REFI-QDA project, a team file or a team update)", the cut one "not a Majlis database: it is shorter
    than a database's first page"."""
    from desktop.sync.team import write_team_update

    team = make_team(tmp_path, devices=0)
    try:
        update = write_team_update(team.centre, tmp_path / "update.majlis").path
    finally:
        team.close()
    code, out, err = run(capsys, "status", "--db", team.team_file)
    assert (code, out, err) == (3, "", f"majlis-cli: {team.team_file} is a team file, not a Majlis database\n")
    cut = tmp_path / "update-cut.majlis"
    cut.write_bytes(update.read_bytes()[:300])
    centre = tmp_path / "centre.db"
    before = centre.read_bytes()
    for given in (update, cut):
        code, out, err = run(capsys, "restore", "--db", centre, "--from", given)
        assert (code, out, err) == (3, "", f"majlis-cli: {given} is a team update, not a Majlis database\n")
    assert centre.read_bytes() == before
