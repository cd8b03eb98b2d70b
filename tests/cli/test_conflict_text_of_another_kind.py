"""majlis-cli conflicts resolve ID --text-file FILE given another file the coordinator keeps beside the
merged text (two paths mixed up): the team's plain key file, being text, became the session's
summary, and with it the centre's secret key went into the change log that travels to the laptops
("conflict 1 resolved", exit 0). A key file, a bundle, a database, a PDF or a workbook is now known by
its content, as a passphrase file is, and refused in one line naming what it is (exit 1, the
conflict still open, nothing changed). Real stores, a real conflict made through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_slips import session_summary_conflict
from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("cli_env")


def test_the_team_key_file_never_becomes_the_merged_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre, laptop, _ = session_summary_conflict(tmp_path, capsys, "جلسة بؤرية في البصرة")
    key, bundle = tmp_path / "centre-identity.txt", tmp_path / "3.majlis"
    assert run(capsys, "team", "key", "export", "--db", centre, "--out", key, "--plaintext")[0] == 0
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle, "--full")[0] == 0
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    for given, what in ((key, "a team key file"), (bundle, "a bundle (an age-encrypted file)"), (pdf, "a PDF")):
        code, out, err = run(capsys, "conflicts", "resolve", "--db", centre, "1", "--text-file", given)
        assert (code, out) == (1, ""), (given, code, out, err)
        assert err == f"majlis-cli: {given} is {what}, not a text file; nothing was changed\n", err
    rows = json.loads(run(capsys, "conflicts", "list", "--db", centre, "--json")[1])
    assert [row["status"] for row in rows] == ["open"]
    merged = tmp_path / "merged.txt"
    merged.write_text("نقاش حول المياه والكهرباء\n", encoding="utf-8")
    code, out, err = run(capsys, "conflicts", "resolve", "--db", centre, "1", "--text-file", merged)
    assert (code, out, err) == (0, "conflict 1 resolved\n", "")
