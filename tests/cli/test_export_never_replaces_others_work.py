"""``majlis-cli export xlsx --out FILE`` (and qdpx, qdc, brief, pdf) replaced whatever file was at FILE:
a survey's XLSForm, a colleague's workbook or report that happened to have the name typed was gone,
with ``wrote FILE`` and exit 0. An earlier Majlis export of that name is still replaced as before
(scripts rely on it), and so is an empty file (``mktemp``); any other file (a workbook, PDF, REFI-QDA
project or codebook another program wrote, or a Majlis workbook saved since in Excel, which holds
someone's work) is refused in one line, exit 3, byte for byte as it was and nothing written beside
it, unless ``--overwrite`` is given. Real files (openpyxl, fpdf2, zipfile), a real SQLCipher store,
the real command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from fpdf import FPDF

from desktop.exports.own_file import is_majlis_export
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """What ``majlis-cli demo --db centre.db --sessions 1`` makes (its device name, seed 1, advocacy),
    as a copy of one made once per process (tests/demo_stores.py): the exports are under test here."""
    db = tmp_path / "centre.db"
    demo_copy(db, PASSPHRASE, "demo laptop", sessions=1).close()
    code, out, err = run(capsys, "sessions", "list", "--db", db, "--json")
    assert code == 0, err
    return db, json.loads(out)[0]["id"]


def _xlsform(path: Path) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(["type", "name", "label"])
    sheet.append(["text", "village", "Village"])
    wb.properties.creator = "Layla"
    wb.save(path)
    return path


def _report_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Report for the donor")
    pdf.output(str(path))
    return path


def _others(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "theirs"
    folder.mkdir()
    project = folder / "project.qdpx"
    with zipfile.ZipFile(project, "w") as zf:
        zf.writestr("project.qde", '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" '
                                   'name="Interviews" origin="NVivo 14"></Project>')
    codebook = folder / "codes.qdc"
    codebook.write_text('<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">'
                        "<Codes/></CodeBook>", encoding="utf-8")
    return {"workbook": _xlsform(folder / "form.xlsx"), "pdf": _report_pdf(folder / "report.pdf"),
            "qdpx": project, "qdc": codebook, "notes": _text(folder / "notes.qdc")}


def _text(path: Path) -> Path:
    path.write_text("the codes we agreed on\n", encoding="utf-8")
    return path


def _commands(db: Path, session: str, files: dict[str, Path]) -> list[tuple[list[str | Path], Path]]:
    return [
        (["export", "xlsx", "--db", db], files["workbook"]),
        (["export", "brief", "--db", db], files["workbook"]),
        (["export", "pdf", "--db", db, "--session", session], files["pdf"]),
        (["export", "brief", "--db", db], files["pdf"]),
        (["export", "qdpx", "--db", db], files["qdpx"]),
        (["export", "qdc", "--db", db], files["qdc"]),
        (["export", "qdc", "--db", db], files["notes"]),
    ]


def test_a_file_majlis_did_not_write_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, session = _demo(tmp_path, capsys)
    files = _others(tmp_path)
    before = {path: path.read_bytes() for path in files.values()}
    for command, out in _commands(db, session, files):
        code, printed, err = run(capsys, *command, "--out", out)
        assert (code, printed) == (3, ""), (command, out, code, printed, err)
        assert err == (f"majlis-cli: {out} is a file Majlis did not write, or one changed since it wrote it: an "
                       "export replaces only an earlier Majlis export; give another file name, or add --overwrite "
                       "to replace it; nothing was written\n"), err
        assert "Traceback" not in err
    assert {path: path.read_bytes() for path in files.values()} == before
    assert sorted(p.name for p in (tmp_path / "theirs").iterdir()) == sorted(p.name for p in files.values())


def test_a_majlis_workbook_saved_since_in_another_program_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = _demo(tmp_path, capsys)
    out = tmp_path / "analysis.xlsx"
    assert run(capsys, "export", "xlsx", "--db", db, "--out", out)[0] == 0
    wb = openpyxl.load_workbook(out)
    wb.properties.lastModifiedBy = "Layla"  # as Excel writes it when she saves her notes into it
    wb.save(out)
    kept = out.read_bytes()
    code, _, err = run(capsys, "export", "xlsx", "--db", db, "--out", out)
    assert code == 3 and "add --overwrite" in err, err
    assert out.read_bytes() == kept


def test_overwrite_replaces_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, session = _demo(tmp_path, capsys)
    files = _others(tmp_path)
    for command, out in _commands(db, session, files):
        code, printed, err = run(capsys, *command, "--out", out, "--overwrite")
        assert code == 0, (command, out, err)
        assert printed.startswith(f"wrote {out}"), printed
        assert is_majlis_export(out), out


def test_an_earlier_majlis_export_or_an_empty_file_is_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, session = _demo(tmp_path, capsys)
    made: list[tuple[list[str | Path], Path]] = [
        (["export", "xlsx", "--db", db], tmp_path / "analysis.xlsx"),
        (["export", "brief", "--db", db], tmp_path / "brief.xlsx"),
        (["export", "brief", "--db", db], tmp_path / "brief.pdf"),
        (["export", "pdf", "--db", db, "--session", session], tmp_path / "minutes.pdf"),
        (["export", "qdpx", "--db", db], tmp_path / "project.qdpx"),
        (["export", "qdc", "--db", db], tmp_path / "codebook.qdc"),
    ]
    for command, out in made:
        for _ in range(2):  # the second run replaces the first one's file, as scripts expect
            code, _, err = run(capsys, *command, "--out", out)
            assert code == 0, (command, out, err)
        assert is_majlis_export(out), out
    empty = tmp_path / "tmp.Xy12.xlsx"  # mktemp's file
    empty.touch()
    code, _, err = run(capsys, "export", "xlsx", "--db", db, "--out", empty)
    assert code == 0, err
    assert is_majlis_export(empty)


def test_overwrite_never_replaces_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = _demo(tmp_path, capsys)
    kept = tmp_path / "centre copy.xlsx"  # a copy of the database kept by hand, under a name typed for exports
    kept.write_bytes(db.read_bytes())
    code, printed, err = run(capsys, "export", "xlsx", "--db", db, "--out", kept, "--overwrite")
    assert (code, printed) == (3, "") and "is a database" in err, err
    assert kept.read_bytes() == db.read_bytes()
