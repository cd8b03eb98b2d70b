"""Folders named as facilitators name them ("C:\\Users\\زينب علي\\", "E:\\ڕاپۆرتی هەولێر\\"): every path
majlis-cli reads or writes may hold Arabic and Kurdish letters and spaces. A centre and a laptop set up,
exchange a real encrypted bundle and a team update, import a survey (.xlsx and .csv), export every
format, back up, withdraw with the backups rewritten, and restore, each file in such a folder; the
erasure report names every copy by the path as given, letters in order. Real stores, the real CLI."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop.core.store_lock import lock_path
from tests import kobo_export
from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("env_passphrase")

HOME = "زينب علي"  # an Arabic user folder with a space
STICK = "ڕاپۆرتی هەولێر"  # a Kurdish USB stick's folder, with ڕ, ۆ, ێ and a space


def ok(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, (argv, code, err)
    assert "Traceback" not in err
    return out


def test_a_centre_and_a_laptop_in_arabic_and_kurdish_folders(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    home, stick = tmp_path / HOME / "Majlis data", tmp_path / STICK
    for folder in (home, stick / "الصادر outbox"):
        folder.mkdir(parents=True)
    centre, field = home / "مركز البصرة.db", home / "کێڵگەی یەک.db"
    team_file, key = stick / "تیمی بەسرە.majlis-team", home / "مفتاح الفريق.key"
    ok(capsys, "init", "--db", centre, "--device-name", "centre")
    assert lock_path(centre).parent == home  # the lock file beside the database, in the Arabic folder
    ok(capsys, "team", "create", "--db", centre, "--name", "Basra", "--team-file", team_file, "--identity-file", key)
    ok(capsys, "init", "--db", field, "--device-name", "laptop 1")
    ok(capsys, "team", "join", "--db", field, "--team-file", team_file)
    ok(capsys, "demo", "--db", field, "--sessions", "2", "--seed", "3")
    ok(capsys, "backup", "--db", field, "--keep", "3")
    backups = [Path(line) for line in ok(capsys, "backup", "--db", field, "--list").splitlines()
               if line.strip().endswith(".db")]
    assert backups and backups[-1].is_file() and STICK not in str(backups[-1]) and HOME in str(backups[-1])

    ok(capsys, "bundle", "export", "--db", field, "--out", stick / "الصادر outbox")
    bundles = sorted((stick / "الصادر outbox").glob("*.majlis"))
    assert len(bundles) == 1
    code, _, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key, *bundles)
    assert code == 1, err  # held: the laptop is not on the roster yet
    waiting = json.loads(ok(capsys, "device", "pending", "--db", centre, "--json"))
    ok(capsys, "device", "approve", "--db", centre, str(waiting[0]["id"]))
    assert json.loads(ok(capsys, "status", "--db", centre, "--json"))["sessions"] >= 2

    update = stick / "تحديث الفريق ١.majlis-team"
    ok(capsys, "team", "update", "export", "--db", centre, "--out", update)
    ok(capsys, "team", "update", "import", "--db", field, update)

    xlsx_survey = kobo_export.write_kobo_xlsx(stick, 5)
    ok(capsys, "survey", "import", "--db", centre, xlsx_survey.data, "--form", xlsx_survey.form)
    csv_folder = stick / "استبيان csv"
    csv_folder.mkdir()
    csv_survey = kobo_export.write_odk_csv(csv_folder, 5)
    ok(capsys, "survey", "import", "--db", centre, csv_survey.data, "--form", csv_survey.form)

    sessions = json.loads(ok(capsys, "sessions", "list", "--db", field, "--json"))
    outs = {"xlsx": stick / "تقرير هەولێر.xlsx", "qdpx": stick / "پڕۆژە.qdpx", "pdf": stick / "محضر الجلسة.pdf",
            "brief": stick / "موجز البصرة.pdf"}
    ok(capsys, "export", "xlsx", "--db", field, "--out", outs["xlsx"], "--lang", "ckb")
    ok(capsys, "export", "qdpx", "--db", field, "--out", outs["qdpx"])
    ok(capsys, "export", "pdf", "--db", field, "--out", outs["pdf"], "--session", sessions[0]["id"], "--lang", "ar")
    ok(capsys, "export", "brief", "--db", field, "--out", outs["brief"], "--lang", "ckb")
    for out in outs.values():
        assert out.is_file() and out.stat().st_size > 1000, out
    assert outs["pdf"].read_bytes().startswith(b"%PDF")

    people = json.loads(ok(capsys, "participants", "list", "--db", field, "--json"))
    rows = people if isinstance(people, list) else people["participants"]
    ok(capsys, "consent", "withdraw", "--db", field, "--participant", rows[0]["pseudonym"], "--scope", "all",
       "--rewrite-backups")
    report = json.loads(ok(capsys, "erasure", "report", "--db", field, "--json"))
    named = {item["where"] for item in report["items"]} if isinstance(report, dict) else {
        item["where"] for item in report}
    for out in (outs["xlsx"], outs["qdpx"], outs["pdf"], outs["brief"], bundles[0]):
        # The copy named by the path as given: its letters in order, not decomposed or re-encoded.
        assert str(out) in named, (out, named)
        assert unicodedata.is_normalized("NFC", str(out))

    restored = tmp_path / STICK / "مستعاد restored.db"
    ok(capsys, "restore", "--db", restored, "--from", backups[-1])
    ok(capsys, "check", "--db", restored)
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".majlis-")) == []
