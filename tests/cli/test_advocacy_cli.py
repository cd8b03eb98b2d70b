"""majlis-cli survey import, recommendations list and the demo's advocacy data."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core import support
from desktop.core.db import open_store
from desktop.core.models import Survey
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.kobo_export import write_kobo_xlsx, write_odk_csv

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture(scope="module")
def made_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``majlis-cli demo --sessions 12`` run once per module (seconds of CPU); each test takes a copy."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as env, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        env.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
        env.setenv("MAJLIS_STATE_DIR", str(db.parent / "state"))
        code = main(["demo", "--db", str(db), "--sessions", "12"])
    assert code == 0 and "4 recommendations" in out.getvalue() and "8 outreach records" in out.getvalue(), err.getvalue()
    assert not Path(f"{db}-wal").exists()  # closed: the file alone is the database
    return db


@pytest.fixture
def demo_db(made_demo: Path, tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    shutil.copyfile(made_demo, db)
    return db


def test_recommendations_list_json_matches_the_core(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "recommendations", "list", "--db", str(demo_db), "--json")
    assert code == 0, err
    rows = json.loads(out)
    store = open_store(demo_db, PASSPHRASE)
    try:
        with store.session() as s:
            expected = support.listing(s, "en")
    finally:
        store.close()
    assert [r["id"] for r in rows] == [e.id for e in expected]
    assert [r["status"] for r in rows] == ["adopted", "adopted", "presented", "rejected"]
    assert rows[0]["title"] == "Biometric voter cards only"
    assert rows[0]["support"]["participants"] == expected[0].participants > 0
    code, out, _ = run(capsys, "recommendations", "list", "--db", str(demo_db), "--lang", "ckb")
    assert code == 0 and "کارتی بایۆمەتری" in out and rows[1]["id"] in out


def test_survey_import_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    assert run(capsys, "init", "--db", str(db), "--device-name", "centre")[0] == 0
    gen = write_kobo_xlsx(tmp_path, 30, drop_ckb_choice="no")
    code, out, err = run(capsys, "survey", "import", "--db", str(db), str(gen.data), "--form", str(gen.form))
    assert code == 0, err
    assert "imported 30 responses" in out and "9 identifying columns dropped" in out
    # which ones, by name (never a value): the coordinator can see that the phone column went
    dropped = next(line for line in out.splitlines() if line.startswith("identifying columns dropped: "))
    assert "demographics/phone" in dropped and "demographics/respondent_name" in dropped
    assert "Respondent 1" not in out and "0770" not in out
    assert "1 label missing in Kurdish (choice list 'yes_no')" in out
    # a missing form is one line
    code, out, err = run(capsys, "survey", "import", "--db", str(db), str(gen.data))
    assert code == 1 and out == "" and err.count("\n") == 1 and "XLSForm" in err
    code, _, err = run(capsys, "survey", "import", "--db", str(db), str(tmp_path / "nope.xlsx"), "--form",
                       str(gen.form))
    assert code == 3 and "does not exist" in err  # README: 3 when a file given is not there
    code, _, err = run(capsys, "survey", "import", "--db", str(db))
    assert code == 64


def test_survey_import_keep_identifying(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    assert run(capsys, "init", "--db", str(db), "--device-name", "centre")[0] == 0
    gen = write_kobo_xlsx(tmp_path, 4)
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), str(gen.data), "--form", str(gen.form),
                       "--keep-identifying")
    assert code == 0 and "0 identifying columns dropped" in out


def test_one_column_not_in_the_form_is_named_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"1 columns of answers.xlsx are not in the form" read wrong: one column has its own sentence."""
    from openpyxl import load_workbook

    db = tmp_path / "f.db"
    assert run(capsys, "init", "--db", str(db), "--device-name", "centre")[0] == 0
    gen = write_kobo_xlsx(tmp_path, 3)
    book = load_workbook(gen.data)
    sheet = book.worksheets[0]
    for extra in ("stray_one", "stray_two"):
        sheet.cell(row=1, column=sheet.max_column + 1, value=extra)
        book.save(gen.data)
        code, out, err = run(capsys, "survey", "import", "--db", str(db), str(gen.data), "--form", str(gen.form))
        assert (code, out) == (1, "") and err.count("\n") == 1, err
        if extra == "stray_one":
            assert f"The column stray_one of {gen.data.name} is not in the form." in err, err
        else:
            assert f"2 columns of {gen.data.name} are not in the form (first: stray_one)." in err, err


@pytest.mark.parametrize("kind", ["kobo_xlsx", "odk_csv"])
def test_the_two_files_swapped_are_said_to_be_swapped(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      kind: str) -> None:
    """The XLSForm given as the survey file and the export as the form was refused as "The form
    voter_survey_export.xlsx has no 'survey' sheet: is it an XLSForm?", which does not say the truth:
    the two files are the wrong way round."""
    db = tmp_path / "f.db"
    assert run(capsys, "init", "--db", str(db), "--device-name", "centre")[0] == 0
    gen = write_kobo_xlsx(tmp_path, 5) if kind == "kobo_xlsx" else write_odk_csv(tmp_path, 5)
    code, out, err = run(capsys, "survey", "import", "--db", str(db), str(gen.form), "--form", str(gen.data))
    assert (code, out) == (1, "") and err.count("\n") == 1, err
    assert "wrong way round" in err and gen.form.name in err and gen.data.name in err, err
    assert "'survey' sheet" not in err
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(Survey)) == 0
    finally:
        store.close()
    # the right way round, the same files import
    code, out, err = run(capsys, "survey", "import", "--db", str(db), str(gen.data), "--form", str(gen.form))
    assert code == 0 and "imported 5 responses" in out, err
