"""majlis-cli codebook import given another file the coordinator keeps (two paths mixed up): a
database, a bundle, a team key or a PDF was "not a codebook Majlis can read: not an XML file: not
well-formed (invalid token): line 1, column 18", the XML parser's words. Each is now named as what
it is, known by its content as a passphrase file is (exit 1, nothing imported); a codebook still
imports. Real files written by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def test_files_of_another_kind_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    bundle, key, team_file = tmp_path / "b.majlis", tmp_path / "centre.key", tmp_path / "again.majlis-team"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    assert run(capsys, "team", "key", "export", "--db", centre, "--out", key, "--plaintext")[0] == 0
    assert run(capsys, "team", "file", "--db", centre, "--out", team_file)[0] == 0
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    copy = tmp_path / "centre-copy.db"
    copy.write_bytes(centre.read_bytes())
    for given, what in ((copy, "a Majlis database or backup (an encrypted file)"),
                        (bundle, "a bundle (an age-encrypted file)"), (key, "a team key file"),
                        (team_file, "a team file"), (pdf, "a PDF")):
        code, out, err = run(capsys, "codebook", "import", "--db", laptop, given)
        assert (code, out) == (1, ""), (given, code, out, err)
        assert err == f"majlis-cli: {given.name} is {what}, not a codebook (.qdc or .qdpx); nothing was imported\n"
    codebook, demo = tmp_path / "codebook.qdc", tmp_path / "demo.db"
    demo_copy(demo, PASSPHRASE, "demo laptop", sessions=1).close()  # as `majlis-cli demo --sessions 1`
    code, _, err = run(capsys, "export", "qdc", "--db", demo, "--out", codebook)
    assert code == 0, err
    code, out, err = run(capsys, "codebook", "import", "--db", laptop, codebook)
    assert code == 0 and out.startswith("imported "), err
