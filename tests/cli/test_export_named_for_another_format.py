"""majlis-cli export xlsx --out brief.pdf (the name of another export typed by a tired coordinator)
wrote a workbook named .pdf, and export pdf --out analysis.xlsx replaced last week's workbook with a
PDF named .xlsx: neither opens where its name says, and the file it replaced is gone. An --out ending
in the extension of another format Majlis writes is now refused in one line (exit 1, nothing
written, a file of that name left as it was); a name with no extension, or another one, is written
as before. Real store, the real command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_an_export_named_for_another_format_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    workbook = tmp_path / "analysis.xlsx"
    assert run(capsys, "export", "xlsx", "--db", db, "--out", workbook)[0] == 0
    kept = hashlib.sha256(workbook.read_bytes()).hexdigest()
    cases = (
        (("export", "xlsx"), tmp_path / "brief.pdf", ".pdf", "export xlsx writes a workbook: give --out a name ending in .xlsx"),
        (("export", "qdpx"), workbook, ".xlsx", "export qdpx writes a REFI-QDA project: give --out a name ending in .qdpx"),
        (("export", "qdc"), tmp_path / "p.QDPX", ".qdpx", "export qdc writes a codebook: give --out a name ending in .qdc"),
        (("export", "brief"), tmp_path / "c.qdc", ".qdc",
         "export brief writes a PDF or a workbook: give --out a name ending in .pdf or .xlsx"),
    )
    for command, out, ext, said in cases:
        code, printed, err = run(capsys, *command, "--db", db, "--out", out)
        assert (code, printed) == (1, ""), (command, code, printed, err)
        assert err == f"majlis-cli: {out} ends in {ext}, but {said}; nothing was written\n", err
    assert hashlib.sha256(workbook.read_bytes()).hexdigest() == kept
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("field.db")) == ["analysis.xlsx"]
    code, _, err = run(capsys, "export", "xlsx", "--db", db, "--out", tmp_path / "analysis-for-partners")
    assert code == 0, err  # no extension: written as asked
