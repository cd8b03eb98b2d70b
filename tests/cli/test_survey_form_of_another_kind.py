"""``majlis-cli survey import`` (and the app's survey import, the same core) given one of Majlis' own
files where the XLSForm is asked (``--form``), or a team file or a team update as the survey export:
named as what it is, in one line, exit 1, nothing imported. The form's were all "The form … cannot be
read as an XLSForm workbook (.xlsx): it is damaged, or not a workbook. Download the form again from
KoboToolbox or ODK Central", which sent a coordinator to download again the team's key file; a team file
or a team update as the export was "damaged or was not wholly downloaded". Real team files, update,
bundle, key and database; the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.sync.team_update import export_team_update
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.kobo_export import write_kobo_xlsx
from tests.sync_helpers import full_digest, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

FORM_LINES = {
    "key": "team.key is the team's key file, not a form (XLSForm): keep it private.",
    "bundle": "b.majlis is a bundle of changes (an encrypted Majlis file), not a form (XLSForm).",
    "pdf": "x.pdf is a PDF, not a form (XLSForm).",
    "database": "field0.db is a database, not a form (XLSForm).",
    "team_file": "team.majlis-team is the team file, not a form (XLSForm).",
    "team_update": "u.majlis-update is a team update, not a form (XLSForm).",
}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "t").mkdir()
    team = make_team(tmp_path / "t", devices=1)
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BAS-FG02-P01"))
    made = export_bundle(laptop, tmp_path / "b.majlis")
    assert made is not None
    export_team_update(team.centre, tmp_path / "u.majlis-update")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.7\n" + bytes(300))
    team.close()
    return {"key": team.identity_file, "bundle": made.path, "pdf": tmp_path / "x.pdf", "database": laptop.path,
            "team_file": team.team_file, "team_update": tmp_path / "u.majlis-update"}


def test_a_majlis_file_given_as_the_form_is_named(tmp_path: Path, files: dict[str, Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    db = tmp_path / "t" / "centre.db"
    before = full_digest_of(db)
    for kind, path in files.items():
        code, out, err = run(capsys, "survey", "import", "--db", db, gen.data, "--form", path)
        assert (code, out, err) == (1, "", f"majlis-cli: {FORM_LINES[kind]}\n"), kind
    assert full_digest_of(db) == before


def test_a_team_file_or_update_given_as_the_export_is_named(tmp_path: Path, files: dict[str, Path],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    gen = write_kobo_xlsx(tmp_path, 5)
    db = tmp_path / "t" / "centre.db"
    code, out, err = run(capsys, "survey", "import", "--db", db, files["team_file"], "--form", gen.form)
    assert (code, out, err) == (1, "", "majlis-cli: team.majlis-team is the team file, not a survey export.\n")
    code, out, err = run(capsys, "survey", "import", "--db", db, files["team_update"], "--form", gen.form)
    assert (code, out, err) == (1, "", "majlis-cli: u.majlis-update is a team update, not a survey export.\n")
    code, out, err = run(capsys, "survey", "import", "--db", db, gen.data, "--form", gen.form)
    assert code == 0, err  # the right files still import


def full_digest_of(db: Path) -> str:
    store = open_store(db, PASSPHRASE)
    try:
        return full_digest(store)
    finally:
        store.close()
