"""majlis-cli participants list / consent withdraw / retention / erasure report, as a coordinator runs them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.db import Store
from desktop.exports.xlsx import export_xlsx
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import PHONE, SPEECH, leaks, make_study, plaintext_copy

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_participants_list_json_never_shows_a_name(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    store.close()
    code, out, _ = run(capsys, "participants", "list", "--db", str(store.path), "--json")
    assert code == 0
    rows = {r["pseudonym"]: r for r in json.loads(out)}
    records = rows[study.pseudonym].pop("consent_records")
    assert rows[study.pseudonym].pop("id") == study.withdrawn
    assert rows[study.pseudonym].pop("device").endswith(f" ({store.device_id[-8:]})")  # recorded here
    assert rows[study.pseudonym] == {"pseudonym": study.pseudonym, "sessions": 1, "consent": "given", "turns": 2}
    assert records  # the ids export pdf --consent-record takes
    pdf = Path(store.path).with_name("consent.pdf")
    code, out, err = run(capsys, "export", "pdf", "--db", str(store.path), "--out", pdf, "--consent-record", records[0])
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF"), err
    code, text, _ = run(capsys, "participants", "list", "--db", str(store.path))
    assert code == 0 and study.pseudonym in text
    assert PHONE not in out + text and "زهراوية" not in out + text


@pytest.mark.slow  # an end-to-end run (whole processes or every page): CI runs it
def test_withdraw_all_then_report_names_the_copies_and_rewrites_backups(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = make_study(store)
    workbook = export_xlsx(store, tmp_path / "analysis.xlsx", lang="en", include_identities=True)
    del workbook
    backup = backups.backup(store.engine, store.path, PASSPHRASE)
    store.close()
    assert leaks(plaintext_copy(backup, tmp_path / "backup-plain.db"))  # the backup holds the words
    code, out, err = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                         "--scope", "all", "--date", "2026-11-30", "--reason", "asked by phone")
    assert (code, err) == (0, "")
    assert "erased 2 turns" in out
    assert "analysis.xlsx" in out and "xlsx" in out and backup.name in out  # named: Majlis cannot reach them
    assert leaks(plaintext_copy(store.path, tmp_path / "plain.db")) == []
    code, out, _ = run(capsys, "check", "--db", str(store.path))
    assert code == 0
    code, out, _ = run(capsys, "erasure", "report", "--db", str(store.path), "--json")
    kinds = sorted(item["kind"] for item in json.loads(out))
    assert kinds == ["backup", "xlsx"]
    code, out, _ = run(capsys, "erasure", "report", "--db", str(store.path), "--rewrite-backups")
    assert code == 0 and "rewrote 1 backup without" in out
    assert leaks(plaintext_copy(backup, tmp_path / "backup-plain-2.db")) == []
    code, out, _ = run(capsys, "erasure", "report", "--db", str(store.path), "--json")
    assert sorted(item["kind"] for item in json.loads(out)) == ["xlsx"]  # the rewritten backup is clean


def test_withdraw_bad_input_one_line_each(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    store.close()
    db = str(store.path)
    code, out, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", "NOBODY-P99", "--scope", "all")
    assert code == 1 and err.count("\n") == 1 and "pseudonym" in err and out == ""
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym, "--scope", "most")
    assert code == 64 and err.count("\n") == 1
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym, "--scope", "all",
                       "--date", "yesterday")
    assert code == 1 and err.count("\n") == 1 and "date" in err
    assert run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym, "--scope", "all")[0] == 0
    code, _, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym, "--scope", "all")
    assert code == 1 and err.count("\n") == 1 and "already" in err
    code, _, err = run(capsys, "consent", "withdraw", "--db", str(Path(db).with_name("nothere.db")),
                       "--participant", study.pseudonym, "--scope", "all")
    assert code == 3 and err.count("\n") == 1


def test_withdraw_quotes_says_the_speech_stays(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    store.close()
    code, out, _ = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                       "--scope", "quotes")
    assert code == 0 and "speech stays" in out
    assert SPEECH.encode() in plaintext_copy(store.path, tmp_path / "plain.db")


def test_retention_apply(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)  # its session took place on 2023-01-15
    store.close()
    db = str(store.path)
    code, _, err = run(capsys, "retention", "apply", "--db", db)
    assert code == 1 and "no retention period is set" in err
    assert run(capsys, "retention", "set", "--db", db, "--months", "12")[0] == 0
    code, out, _ = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert code == 0 and "would erase the names or phones of 2 participants" in out
    assert PHONE.encode() in plaintext_copy(store.path, tmp_path / "dry.db")  # a dry run changes nothing
    code, out, _ = run(capsys, "retention", "apply", "--db", db)
    assert code == 0 and "erased the names or phones of 2 participants" in out
    data = plaintext_copy(store.path, tmp_path / "plain.db")
    assert PHONE.encode() not in data and "زهراوية عبدالكريم".encode() not in data
    assert b"ZAHRAWIYA-SIGNATURE-BYTES" not in data and b"ZAHRAWIYA-PAPER-SCAN" not in data
    assert SPEECH.encode() in data and study.pseudonym.encode() in data  # pseudonymous data stays
    code, out, _ = run(capsys, "retention", "apply", "--db", db)
    assert code == 0 and "nothing is left" in out
    assert run(capsys, "check", "--db", db)[0] == 0


def test_retention_not_due(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    make_study(store)
    store.close()
    db = str(store.path)
    months = (dt.date.today().year - 2023) * 12 + 24
    run(capsys, "retention", "set", "--db", db, "--months", str(months))
    code, out, _ = run(capsys, "retention", "apply", "--db", db)
    assert code == 0 and out.startswith("not due")


def test_erasure_refused_while_another_program_has_the_database_open(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app open on the same file (its own lock): one line, exit 4, nothing erased."""
    study = make_study(store)  # ``store`` stays open: it plays the other program
    code, out, err = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                         "--scope", "all")
    assert code == 4 and out == "" and err.count("\n") == 1 and "open" in err and "Nothing was changed" in err
    code, _, err = run(capsys, "retention", "set", "--db", str(store.path), "--months", "1")
    assert code == 0
    code, _, err = run(capsys, "retention", "apply", "--db", str(store.path))
    assert code == 4 and err.count("\n") == 1
    assert leaks(plaintext_copy(store.path, tmp_path / "plain.db")) != []  # nothing was erased
    code, _, _ = run(capsys, "consent", "withdraw", "--db", str(store.path), "--participant", study.pseudonym,
                     "--scope", "quotes")
    assert code == 0  # recording a quotes-only withdrawal needs no exclusive hold


def test_rewrite_backups_after_a_passphrase_change_rewrites_what_it_can_and_names_the_rest(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found walking the README: withdraw --rewrite-backups after `passwd` said "wrong passphrase"
    # (exit 2) once the withdrawal was done, and rewrote no backup at all.
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    store.close()
    monkeypatch.setenv("MAJLIS_NEW_PASSPHRASE", "a new passphrase")
    assert run(capsys, "passwd", "--db", store.path)[0] == 0
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "a new passphrase")
    # passwd made the backup with the new passphrase itself
    new = Path(run(capsys, "backup", "--db", store.path, "--list")[1].split()[-1])
    assert new != old and leaks(plaintext_copy(new, tmp_path / "new-before.db", "a new passphrase"))
    code, out, err = run(capsys, "consent", "withdraw", "--db", store.path, "--participant", study.pseudonym,
                         "--scope", "all", "--rewrite-backups")
    assert code == 1 and "erased 2 turns" in out and "rewrote 1 backup without" in out
    assert err.count("\n") == 1 and old.name in err and "old passphrase" in err and "Traceback" not in err
    assert SPEECH not in err and PHONE not in err
    assert leaks(plaintext_copy(new, tmp_path / "new-after.db", "a new passphrase")) == []
    assert leaks(plaintext_copy(old, tmp_path / "old.db"))  # untouched: only the old passphrase opens it
    assert sorted(p.name for p in old.parent.iterdir()) == sorted([old.name, new.name])  # no lock files left
    code, out, _ = run(capsys, "erasure", "report", "--db", store.path, "--json")
    assert [item["where"] for item in json.loads(out) if item["kind"] == "backup"] == [str(old)]
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "not it")
    code, out, err = run(capsys, "erasure", "report", "--db", store.path, "--rewrite-backups")
    assert code == 2 and out == "" and err.count("\n") == 1  # the database's own passphrase is still checked


def test_erasure_report_names_every_copy_by_an_absolute_path_whatever_the_working_folder(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found walking the README: run as `--db f.db` in the database's folder, the report named the
    # backups `f.db.backups/majlis-….db`, a path that means nothing to a coordinator elsewhere.
    study = make_study(store)
    store.close()
    monkeypatch.chdir(tmp_path)
    db = Path(store.path).name  # relative, as a coordinator types it in the database's folder
    assert run(capsys, "export", "xlsx", "--db", db, "--out", "analysis.xlsx")[0] == 0
    assert run(capsys, "backup", "--db", db)[0] == 0
    code, out, err = run(capsys, "consent", "withdraw", "--db", db, "--participant", study.pseudonym, "--scope", "all")
    assert code == 0, err
    copies = [line.split("\t") for line in out.splitlines() if line.startswith("  ")]
    assert sorted(kind.strip() for kind, _, _ in copies) == ["backup", "xlsx"]
    monkeypatch.chdir(tmp_path.parent)  # read from another folder, as the coordinator's script would
    code, text, err = run(capsys, "erasure", "report", "--db", tmp_path / db)
    assert code == 0, err
    code, js, err = run(capsys, "erasure", "report", "--db", tmp_path / db, "--json")
    assert code == 0, err
    wheres = [item["where"] for item in json.loads(js)]
    assert [where for _, _, where in copies] == wheres == [w for *_, w in (x.split("\t") for x in text.splitlines()
                                                                           if x.startswith("  "))]
    for where in wheres:
        assert Path(where).is_absolute() and Path(where).is_file(), where


def test_retention_apply_names_the_copies_that_still_hold_the_identities(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Found walking the README: a withdrawal named the workbooks and backups it could not reach; a
    # retention run, which erases names, phones and signatures the same way, said nothing of them.
    make_study(store)  # its session took place on 2023-01-15
    store.close()
    db = store.path
    workbook = tmp_path / "with identities.xlsx"
    assert run(capsys, "export", "xlsx", "--db", db, "--out", workbook, "--include-identities")[0] == 0
    assert run(capsys, "backup", "--db", db)[0] == 0
    backup = Path(run(capsys, "backup", "--db", db, "--list")[1].strip())
    assert run(capsys, "retention", "set", "--db", db, "--months", "12")[0] == 0
    code, out, _ = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert code == 0 and "copies" not in out  # nothing erased yet: nothing to report
    code, out, err = run(capsys, "retention", "apply", "--db", db)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("erased the names or phones of 2 participants")
    assert lines[1] == "2 copies made while the erased identities existed (Majlis cannot reach them):"
    listed = sorted((kind.strip(), where) for kind, _, where in (line.split("\t") for line in lines[2:4]))
    assert listed == [("backup", str(backup.resolve())), ("xlsx", str(workbook.resolve()))]
    assert len(lines) == 4
    code, js, _ = run(capsys, "erasure", "report", "--db", db, "--json")  # the same report
    assert sorted((i["kind"], i["where"]) for i in json.loads(js)) == listed
    assert leaks(plaintext_copy(backup, tmp_path / "backup-plain.db"))  # the backup still holds them
    code, out, _ = run(capsys, "retention", "apply", "--db", db)
    assert code == 0 and out == "due, and nothing is left to erase\n"
