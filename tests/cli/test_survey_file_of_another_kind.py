"""majlis-cli survey import given, as the survey file, another file a coordinator keeps beside the
export (two paths mixed up): a Majlis database was said to "mix text encodings … Save it again as
UTF-8", advice that harms a database; a PDF, a bundle or a protected team key "had a column %PDF-1.4 /
age-encryption.org/v1 not in the form"; a plain SQLite file "cannot be read". Each is now named as
what it is, in one line (exit 1, nothing imported). Real files: a SQLCipher database, a bundle and
key files written by the command line, a plain SQLite file, a PDF header."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.db import open_store
from desktop.core.models import Survey
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.kobo_export import write_kobo_xlsx

pytestmark = pytest.mark.usefixtures("cli_env")


def test_files_of_another_kind_are_named_as_what_they_are(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], laptop_team: object) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    (tmp_path / "kobo").mkdir()
    form = write_kobo_xlsx(tmp_path / "kobo", 5).form
    bundle, plain_key, key = tmp_path / "b.majlis", tmp_path / "plain.key", tmp_path / "protected.key"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    assert run(capsys, "team", "key", "export", "--db", centre, "--out", plain_key, "--plaintext")[0] == 0
    (tmp_path / "key-pass.txt").write_text("a key passphrase\n", encoding="utf-8")
    assert run(capsys, "team", "key", "export", "--db", centre, "--out", key,
               "--key-passphrase-file", tmp_path / "key-pass.txt")[0] == 0
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE answers (q TEXT)")
    copy = tmp_path / "centre-copy.db"
    copy.write_bytes(centre.read_bytes())
    for given, said in ((copy, "is a database, not a survey export"),
                        (plain, "is a database, not a survey export"),
                        (bundle, "is a bundle of changes (an encrypted Majlis file), not a survey export"),
                        (plain_key, "is the team's key file, not a survey export: keep it private"),
                        (key, "is the team's key file, not a survey export: keep it private"),
                        (pdf, "is a PDF, not a survey export")):
        code, out, err = run(capsys, "survey", "import", "--db", laptop, given, "--form", form)
        assert code == 1 and out == "", (given, code, out, err)
        assert err == f"majlis-cli: {given.name} {said}.\n", (given, err)
        assert "AGE-SECRET-KEY" not in err
    store = open_store(laptop, PASSPHRASE)
    try:
        with store.session() as s:
            assert s.query(Survey).count() == 0  # nothing imported
    finally:
        store.close()
