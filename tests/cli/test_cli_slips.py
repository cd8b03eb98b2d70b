"""What a hurried coordinator does with majlis-cli, found walking the README's flows end to end:
an output path that is a folder or in a folder that is not there, ``--keep -1``, a restore that
left SQLite's companion files beside the backup, output piped into ``head``. Each is one line with
the README's exit code (3 missing/exists, 64 usage), names what the person typed (never the private
temporary file), and leaves nothing behind. Real stores, real bundles, the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import run, unsent
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.stores import fresh_store
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture
def team(tmp_path: Path) -> Team:
    made = make_team(tmp_path, devices=1)
    with made.devices[0].transaction() as s:
        from desktop.core.models import Participant

        s.add(Participant(code="BSR-FG01-P01", occupation="teacher"))
    made.close()
    return made


def one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("majlis-cli: ") and "Traceback" not in err, err
    assert ".majlis-" not in err and ".tmp" not in err, err  # never the private temporary file


def test_an_output_in_a_folder_that_is_not_there_is_exit_3_naming_the_folder(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    stick = tmp_path / "USB stick not plugged in"
    waiting = unsent(capsys, laptop)
    assert waiting > 0
    for argv in (("bundle", "export", "--db", laptop, "--out", stick / "x.majlis"),
                 ("team", "update", "export", "--db", centre, "--out", stick / "u.majlis"),
                 ("team", "file", "--db", centre, "--out", stick / "t.majlis-team"),
                 ("team", "key", "export", "--db", centre, "--out", stick / "t.key", "--plaintext"),
                 ("export", "xlsx", "--db", centre, "--out", stick / "a.xlsx"),
                 ("export", "qdpx", "--db", centre, "--out", stick / "a.qdpx")):
        code, out, err = run(capsys, *argv)
        assert code == 3 and out == "", (argv, code, err)
        one_line(err)
        assert str(stick) in err, (argv, err)
    assert not stick.exists()
    assert unsent(capsys, laptop) == waiting  # nothing counted as sent
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".majlis-")) == []


def test_an_output_that_is_a_folder_is_exit_3_and_leaves_nothing(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "a folder named like a file.xlsx").mkdir()
    for fmt in ("xlsx", "qdpx", "qdc"):
        code, out, err = run(capsys, "export", fmt, "--db", centre, "--out", folder)
        assert code == 3 and out == "" and "is a folder" in err, (fmt, code, err)
        one_line(err)
    code, out, err = run(capsys, "export", "xlsx", "--db", centre, "--out",
                         folder / "a folder named like a file.xlsx")
    assert code == 3 and "is a folder" in err
    one_line(err)
    assert [p.name for p in folder.iterdir()] == ["a folder named like a file.xlsx"]
    # A bundle given a folder still names its file itself (the README's way), and works.
    code, out, err = run(capsys, "bundle", "export", "--db", laptop, "--out", folder)
    assert code == 0 and out.startswith("bundle written: ") and err == "", err


def test_participants_list_shows_the_turns_the_readme_promises(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = fresh_store(tmp_path / "f.db", PASSPHRASE, "laptop")
    study = make_study(store)
    store.close()
    code, out, err = run(capsys, "participants", "list", "--db", tmp_path / "f.db")
    assert code == 0 and err == ""
    line = next(row for row in out.splitlines() if row.startswith(study.pseudonym + "\t"))
    assert line.split("\t") == [study.pseudonym, "1 session", "given", "2 turns"]


def test_backup_keep_minus_one_is_a_usage_error_and_keep_0_keeps_them_all(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    for keep in ("-1", "two"):
        code, out, err = run(capsys, "backup", "--db", db, "--keep", keep)
        assert code == 64 and out == "" and err.count("\n") == 1 and "--keep" in err, err
    assert not (tmp_path / "f.db.backups").exists() or not any((tmp_path / "f.db.backups").iterdir())
    for _ in range(3):
        assert run(capsys, "backup", "--db", db, "--keep", "0")[0] == 0
    assert len(run(capsys, "backup", "--db", db, "--list")[1].splitlines()) == 3
    assert run(capsys, "backup", "--db", db, "--keep", "1")[0] == 0
    assert len(run(capsys, "backup", "--db", db, "--list")[1].splitlines()) == 1


def test_restore_leaves_the_backup_a_single_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    assert run(capsys, "backup", "--db", db)[0] == 0
    assert run(capsys, "backup", "--db", db)[0] == 0
    first, second = run(capsys, "backup", "--db", db, "--list")[1].split()
    code, out, err = run(capsys, "restore", "--db", db, "--from", second)
    assert code == 0 and "restored" in out, err
    folder = tmp_path / "f.db.backups"
    # The backups, single files, and the database replaced, kept as a backup (no -wal, no -shm).
    (kept,) = [p.name for p in folder.iterdir() if p.name.endswith("-before-restore.db")]
    assert sorted(p.name for p in folder.iterdir()) == sorted([Path(first).name, Path(second).name, kept])
    epoch = json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"]
    code, out, err = run(capsys, "restore", "--db", db, "--from", db)  # the database itself
    assert code == 1 and out == "" and "the database itself" in err and "nothing was changed" in err, err
    one_line(err)
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"] == epoch
    # Companions a crash left beside an old backup go with it when it is pruned.
    Path(f"{first}-wal").write_bytes(b"")
    Path(f"{first}-shm").write_bytes(b"")
    assert run(capsys, "backup", "--db", db, "--keep", "2")[0] == 0
    # The latest two, and the copy the restore kept, which the rotation never drops.
    assert len(list(folder.iterdir())) == 3 and not Path(first).exists() and (folder / kept).exists()


def test_output_piped_into_head_is_no_error(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    exe = Path(sys.executable).with_name("majlis-cli")
    env = {"MAJLIS_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.Popen([str(exe), "status", "--db", str(db), "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before a word is written, as `| head -0` would be
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1, err
    assert err == "", err


def test_device_register_refuses_what_is_not_a_device_id(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre, laptop = tmp_path / "centre.db", tmp_path / "field0.db"
    info = json.loads(run(capsys, "status", "--db", laptop, "--json")[1])
    before = json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1])
    # Marks and spaces around an id (a paste) are dropped, not refused (test_device_register_pasted_with_marks);
    # marks alone leave no id.
    for slip in ("bad id!", info["device_id"] + "!", "", "x" * 37, "dev\u200fice!", "\u200f\u2066 \u2069"):
        code, out, err = run(capsys, "device", "register", "--db", centre, "--id", slip,
                             "--key", info["device_public_key"], "--name", "Basra laptop 3")
        assert code == 1 and out == "" and "[bad_id]" in err and "nothing was registered" in err, (slip, err)
        one_line(err)
    assert json.loads(run(capsys, "device", "list", "--db", centre, "--json")[1]) == before
    code, out, err = run(capsys, "device", "register", "--db", centre, "--id", info["device_id"],
                         "--key", info["device_public_key"])
    assert code == 0 and "already registered with this key" in out, err


def test_a_file_handed_to_the_wrong_step_says_which_step_it_is_for(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    bundle, update = tmp_path / "b.majlis", tmp_path / "u.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    assert run(capsys, "team", "update", "export", "--db", centre, "--out", update)[0] == 0
    before = unsent(capsys, centre)
    # The centre's own team update is skipped in one neutral line, not refused (the Sync page does the
    # same: tests/cli/test_import_own_team_update.py); the team file is still refused as the wrong step.
    code, out, err = run(capsys, "bundle", "import", "--db", centre, update)
    assert (code, err) == (0, "") and out.startswith(f"skipped {update}: "), (out, err)
    for wrong in (team.team_file,):  # an unencrypted ZIP given to the centre's import
        code, out, err = run(capsys, "bundle", "import", "--db", centre, wrong)
        assert code == 1 and "0 refused" not in out
        assert err == f"refused {wrong}: [not_a_bundle] This is not a bundle but a team update or a team file: " \
                      "a laptop applies a team update (Apply team update…, majlis-cli team update import) and " \
                      "joins a team with the team file (Join a team…, majlis-cli team join).\n", err
    cut = tmp_path / "cut.majlis"
    cut.write_bytes(bundle.read_bytes()[:2000])
    for wrong in (bundle, cut):  # a laptop's bundle (or part of one) given to the laptop's update import
        code, out, err = run(capsys, "team", "update", "import", "--db", laptop, wrong)
        assert code == 1 and out == "" and "[not_a_bundle]" in err and "not a team update" in err, err
        assert "bundle import" in err and "No team key" not in err
        one_line(err)
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, team.team_file)
    assert code == 1 and out == "" and "This is the team file, not a team update" in err, err
    one_line(err)
    assert unsent(capsys, centre) == before
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, update)
    assert code == 0 and "team update 1 applied" in out, err
    code, out, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 0 and "imported" in out, err


def session_summary_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str) -> tuple[Path, Path, str]:
    """A conflict at the centre, made through the CLI: the laptop and the centre each wrote another
    summary of the session ``title`` after the laptop's first bundle. (centre db, laptop db, session id)."""
    from desktop.core import sessions
    from desktop.core.db import open_store

    made = make_team(tmp_path, devices=1)
    sid = sessions.create_session(made.devices[0], "focus_group", title=title, governorate="basra")
    made.close()
    centre_db, laptop_db = tmp_path / "centre.db", tmp_path / "field0.db"
    first, second = tmp_path / "1.majlis", tmp_path / "2.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop_db, "--out", first)[0] == 0
    assert run(capsys, "bundle", "import", "--db", centre_db, first)[0] == 0
    for db, text in ((laptop_db, "نقاش حول المياه"), (centre_db, "نقاش حول الكهرباء")):
        store = open_store(db, PASSPHRASE)
        sessions.update_session(store, sid, {"summary": text})
        store.close()
    assert run(capsys, "bundle", "export", "--db", laptop_db, "--out", second)[0] == 0
    code, out, err = run(capsys, "bundle", "import", "--db", centre_db, second)
    assert code == 0 and "1 new conflict\n" in out, (out, err)
    return centre_db, laptop_db, sid


def test_conflicts_list_names_the_device_and_time_of_each_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    centre_db, laptop_db, _ = session_summary_conflict(tmp_path, capsys, "جلسة بؤرية في البصرة")
    code, out, err = run(capsys, "conflicts", "list", "--db", centre_db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split("\t")[:3] == ["1", "open", "session.summary"]
    assert lines[1] == "  session: جلسة بؤرية في البصرة"
    versions = dict(line.strip().split(" (", 1) for line in lines[2:4])
    laptop_id = json.loads(run(capsys, "status", "--db", laptop_db, "--json")[1])["device_id"]
    assert versions.keys() == {"a", "b"}
    said = " ".join(versions.values())
    assert f"field laptop 1 ({laptop_id[-8:]}), " in said and "centre (" in said and " UTC): " in said
    assert "نقاش حول المياه" in said and "نقاش حول الكهرباء" in said
    assert laptop_id not in said  # the clock readings stay in --json
    rows = json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--json")[1])
    assert laptop_id in rows[0]["version_a"] + rows[0]["version_b"]


def test_a_protected_team_key_opens_bundles_with_its_own_passphrase(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Found walking the README: the key `team key export` writes by default "for a second
    # coordinator" was refused by bundle import --identity-file as "The key file is not text."
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    key, secret = tmp_path / "team-protected.key", tmp_path / "key-passphrase.txt"
    secret.write_text("مفتاح الفريق\n", encoding="utf-8")
    code, out, err = run(capsys, "team", "key", "export", "--db", centre, "--out", key, "--key-passphrase-file", secret)
    assert code == 0 and "passphrase-protected" in out, err
    bundle = tmp_path / "b.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "not the key's passphrase")
    before = unsent(capsys, centre), json.loads(run(capsys, "bundle", "status", "--db", centre, "--json")[1])
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key, bundle)
    assert code == 2 and out == "" and "passphrase" in err, err
    one_line(err)
    assert (unsent(capsys, centre), json.loads(run(capsys, "bundle", "status", "--db", centre, "--json")[1])) == before
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key,
                         "--key-passphrase-file", secret, bundle)
    assert code == 0 and out.startswith(f"imported {bundle}: "), err


def test_a_file_given_to_read_that_is_not_there_is_exit_3(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """README: 3 for "a file or folder given that is not there, or a folder where a file is wanted":
    a codebook, a survey and a passphrase file said 1 (an operation failed), as if the file were bad."""
    db = tmp_path / "laptop.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    code, out, err = run(capsys, "codebook", "import", "--db", db, tmp_path / "codebook.qdc")
    assert (code, out, err.count("\n")) == (3, "", 1) and "codebook.qdc" in err
    code, out, err = run(capsys, "survey", "import", "--db", db, tmp_path / "answers.xlsx",
                         "--form", tmp_path / "form.xlsx")
    assert (code, out, err.count("\n")) == (3, "", 1) and "does not exist" in err
    monkeypatch.delenv("MAJLIS_PASSPHRASE")
    code, out, err = run(capsys, "status", "--db", db, "--passphrase-file", tmp_path / "pass.txt")
    assert (code, out, err.count("\n")) == (3, "", 1) and "pass.txt" in err and "Traceback" not in err
    code, out, err = run(capsys, "status", "--db", db, "--passphrase-file", tmp_path)
    assert (code, out, err.count("\n")) == (3, "", 1) and "folder" in err
    (tmp_path / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run(capsys, "status", "--db", db, "--passphrase-file", tmp_path / "pass.txt")[0] == 0


def test_a_count_of_one_takes_the_singular_and_json_stays_as_it_was(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found walking the README: "1 of 1 bundles imported", "1 bundle(s), 3 changes", "1 new conflicts",
    "1 sessions". English lines say one thing in the singular; the number stays where it was, and
    the --json forms (the ones for scripts) do not change."""
    from tests.erasure_helpers import stranger_bundle

    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    bundle = tmp_path / "b.majlis"
    code, out, err = run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)
    assert code == 0 and out.startswith("bundle written: ") and ", 0 attachments)\n" in out, err
    code, out, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 0, err
    assert out.endswith("0 new conflicts\n1 of 1 bundle imported or already present; 0 held for approval; "
                        "0 refused\n"), out
    held = stranger_bundle(tmp_path, team.team_file)
    code, out, err = run(capsys, "bundle", "import", "--db", centre, held, bundle)
    assert code == 1 and "1 of 2 bundles imported or already present; 1 held for approval; 0 refused" in out
    code, out, err = run(capsys, "device", "pending", "--db", centre)
    assert code == 0 and "\t1 bundle, 1 change\tsince " in out and "(s)" not in out, out
    code, js, err = run(capsys, "device", "pending", "--db", centre, "--json")
    (waiting,) = json.loads(js)
    assert waiting["bundles"] == 1 and isinstance(waiting["changes"], int)
    code, out, err = run(capsys, "device", "reject", "--db", centre, str(waiting["id"]))
    assert code == 0 and out.splitlines()[0] == "rejected: 1 bundle discarded", err
    xlsx = tmp_path / "a.xlsx"
    code, out, err = run(capsys, "export", "xlsx", "--db", centre, "--out", xlsx)
    assert code == 0 and out == f"wrote {xlsx}: 0 sessions, 1 participant, 0 turns (0 redacted), 0 coded segments " \
                                "(0 quotes withheld), 0 consent records\n", out


def test_an_output_named_as_a_folder_that_is_not_one_writes_nothing(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--out stick/` when the stick is not plugged in wrote a bundle (or a team update) named
    `stick` beside it, and counted the changes as sent; `--out team.majlis-team/` (a file) had a
    workbook written over the team file. Now: exit 3, one line, nothing written."""
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    waiting = unsent(capsys, laptop)
    stick = f"{tmp_path / 'stick'}/"
    team_file_bytes = team.team_file.read_bytes()
    for argv in (("bundle", "export", "--db", laptop, "--out", stick),
                 ("team", "update", "export", "--db", centre, "--out", stick),
                 ("team", "file", "--db", centre, "--out", stick),
                 ("export", "xlsx", "--db", centre, "--out", stick)):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (3, ""), (argv, err)
        assert err == f"majlis-cli: the folder {stick} does not exist; nothing was written\n", err
    for argv in (("export", "xlsx", "--db", centre, "--out", f"{team.team_file}/"),
                 ("bundle", "export", "--db", laptop, "--out", f"{team.team_file}/")):
        code, out, err = run(capsys, *argv)
        assert (code, out, err) == (3, "", f"majlis-cli: {team.team_file}/ is a file, not a folder; nothing was "
                                           "written\n"), argv
    assert not (tmp_path / "stick").exists() and team.team_file.read_bytes() == team_file_bytes
    assert unsent(capsys, laptop) == waiting  # nothing counted as sent
    (tmp_path / "stick").mkdir()  # plugged in: the same command works
    code, out, err = run(capsys, "bundle", "export", "--db", laptop, "--out", stick)
    assert code == 0 and out.startswith(f"bundle written: {tmp_path / 'stick'}/"), err


GROUPS = {"export": "xlsx, qdpx, brief, qdc, pdf", "team": "create, join, key, file, update", "team key": "export, rotate",
          "bundle": "export, import, status", "device": "register, pending, approve, reject, rejected, list, revoke, new-key",
          "conflicts": "list, resolve", "clock": "redate", "codebook": "import", "sessions": "list",
          "survey": "import", "recommendations": "list", "participants": "list, duplicates", "consent": "withdraw",
          "retention": "apply, set", "erasure": "report"}


@pytest.mark.parametrize("group", GROUPS)
def test_a_command_group_without_its_action_is_a_usage_error_in_one_line(
        group: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`majlis-cli export` said exit 1, `majlis-cli team` printed its whole help on stdout, and
    `majlis-cli participants` one line with no actions: one usage error, three ways. Now each is
    exit 64 and one line on stderr naming the actions."""
    code, out, err = run(capsys, *group.split())
    assert (code, out) == (64, ""), (group, out, err)
    assert err == f"majlis-cli: name an action ({GROUPS[group]}): see majlis-cli {group} --help\n"


def test_inputs_that_are_not_there_or_are_folders_are_exit_3_naming_what_was_typed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`backup --list` of a database that is not there said nothing, exit 0; a survey's missing
    `--form` was exit 1 (3 for the survey file itself); `codebook import FOLDER` said "no such file: "
    with no name, and a missing codebook only its last part."""
    db = tmp_path / "laptop.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    answers = tmp_path / "answers.csv"
    answers.write_text("_uuid,q1\nabc,1\n", encoding="utf-8")
    cases = (
        (("backup", "--db", tmp_path / "typo.db", "--list"), f"no database at {tmp_path / 'typo.db'}"),
        (("backup", "--db", tmp_path, "--list"), f"{tmp_path} is a folder, not a Majlis database"),
        (("survey", "import", "--db", db, answers, "--form", tmp_path / "form.xlsx"),
         f"the form {tmp_path / 'form.xlsx'} does not exist"),
        (("survey", "import", "--db", db, answers, "--form", tmp_path), f"{tmp_path} is a folder, not a form"),
        (("survey", "import", "--db", db, tmp_path), f"{tmp_path} is a folder, not a survey file"),
        (("codebook", "import", "--db", db, tmp_path), f"{tmp_path} is a folder, not a codebook (.qdc or .qdpx)"),
        (("codebook", "import", "--db", db, tmp_path / "in" / "codes.qdc"), f"no such file: {tmp_path / 'in' / 'codes.qdc'}"),
    )
    for argv, said in cases:
        code, out, err = run(capsys, *argv)
        assert (code, out, err) == (3, "", f"majlis-cli: {said}\n"), argv
    # There, with no backups yet: exit 0, no path on stdout, one line on stderr (tests/cli/test_empty_lists.py).
    assert run(capsys, "backup", "--db", db, "--list") == (
        0, "", f"majlis-cli: no backups of {db} yet (majlis-cli backup writes them into {db}.backups)\n")


def test_a_workbook_or_other_zip_handed_to_a_sync_step_is_named_as_not_ours(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A workbook (a ZIP of 20-odd files) given as the team file said "[too_large] The bundle holds
    21 files"; given to bundle import, "not a bundle but a team update or a team file"; given to
    team update import, "[malformed] The bundle has no manifest". Each now says what it is not."""
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    workbook = tmp_path / "analysis.xlsx"
    assert run(capsys, "export", "xlsx", "--db", centre, "--out", workbook)[0] == 0
    other_zip = tmp_path / "photos.zip"
    import zipfile

    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("photo.txt", "not a photo")
    before = unsent(capsys, centre), unsent(capsys, laptop)
    for given in (workbook, other_zip):
        code, out, err = run(capsys, "team", "join", "--db", laptop, "--team-file", given)
        assert (code, out) == (1, "") and err.startswith("majlis-cli: [not_a_team_file] This is not a Majlis team "
                                                         "file"), err
        one_line(err)
        code, out, err = run(capsys, "team", "update", "import", "--db", laptop, given)
        assert (code, out, err) == (1, "", "majlis-cli: [not_a_bundle] This is not a Majlis team update.\n"), err
        code, out, err = run(capsys, "bundle", "import", "--db", centre, given)
        assert code == 1 and err == f"refused {given}: [not_a_bundle] This is not a Majlis bundle (it is not an " \
                                    "age-encrypted file).\n", err
    assert (unsent(capsys, centre), unsent(capsys, laptop)) == before


def test_a_merged_text_file_in_a_legacy_code_page_is_one_line_and_utf16_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`conflicts resolve --text-file` with a file saved in Windows Arabic (cp1256) printed a Python
    traceback; Notepad's "Unicode" (UTF-16) was refused the same way. Now: one line, exit 1, the
    conflict still open; UTF-16 and UTF-8 with a BOM are read."""
    from desktop.core.db import open_store

    centre_db, _, sid = session_summary_conflict(tmp_path, capsys, "جلسة")
    (conflict,) = json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--json")[1])
    merged = "نقاش حول المياه والكهرباء"
    legacy = tmp_path / "merged-cp1256.txt"
    legacy.write_bytes(merged.encode("cp1256"))
    code, out, err = run(capsys, "conflicts", "resolve", "--db", centre_db, str(conflict["id"]), "--text-file", legacy)
    assert (code, out) == (1, "") and "is not UTF-8 or UTF-16 text" in err and "nothing was changed" in err, err
    one_line(err)
    assert len(json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--json")[1])) == 1  # still open
    notepad = tmp_path / "merged-unicode.txt"
    notepad.write_bytes(merged.encode("utf-16"))  # with its BOM, as Notepad's "Unicode" writes it
    code, out, err = run(capsys, "conflicts", "resolve", "--db", centre_db, str(conflict["id"]), "--text-file", notepad)
    assert (code, out, err) == (0, f"conflict {conflict['id']} resolved\n", "")
    assert json.loads(run(capsys, "conflicts", "list", "--db", centre_db, "--json")[1]) == []
    store = open_store(centre_db, PASSPHRASE)
    try:
        with store.session() as s:
            from desktop.core.models import Session

            assert s.get(Session, sid).summary == merged
    finally:
        store.close()


def test_an_identity_file_that_is_not_there_is_exit_3(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """README: 3 for a file given that is not there; a mistyped --identity-file (or
    $MAJLIS_IDENTITY_FILE) said 1, as if the key were bad."""
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    bundle = tmp_path / "b.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    typo = tmp_path / "team.kye"
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", typo, bundle)
    assert (code, out, err) == (3, "", f"majlis-cli: the key file {typo} does not exist; nothing was imported\n")
    monkeypatch.setenv("MAJLIS_IDENTITY_FILE", str(typo))
    assert run(capsys, "bundle", "import", "--db", centre, bundle)[0] == 3
    monkeypatch.setenv("MAJLIS_IDENTITY_FILE", str(team.identity_file))
    code, out, err = run(capsys, "bundle", "import", "--db", centre, bundle)
    assert code == 0 and out.startswith(f"imported {bundle}: "), err


def test_a_folder_given_where_a_team_or_key_file_is_written_is_named_as_a_folder(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`team file --out FOLDER`, `team key export --out FOLDER` and `team create --team-file FOLDER`
    said "FOLDER exists; a team file is never overwritten (it may be another team's)": a coordinator
    then looks for a file that is not there. Now: a folder, needs a file name; exit 3, nothing made."""
    centre = tmp_path / "centre.db"
    folder = tmp_path / "USB stick"
    folder.mkdir()
    fresh = tmp_path / "second centre.db"
    fresh_store(fresh, PASSPHRASE, "second centre").close()
    for argv, what in ((("team", "file", "--db", centre, "--out", folder), "a team file"),
                       (("team", "key", "export", "--db", centre, "--out", folder, "--plaintext"), "a key file"),
                       (("team", "create", "--db", fresh, "--name", "X", "--team-file", folder), "a team file"),
                       (("team", "create", "--db", fresh, "--name", "X", "--team-file", tmp_path / "x.majlis-team",
                         "--identity-file", folder), "a key file")):
        code, out, err = run(capsys, *argv)
        assert (code, out, err) == (3, "", f"majlis-cli: {folder} is a folder; {what} needs a file name in it; "
                                           "nothing was written\n"), argv
    assert list(folder.iterdir()) == [] and not (tmp_path / "x.majlis-team").exists()
    assert json.loads(run(capsys, "status", "--db", fresh, "--json")[1])["team"] in (None, "")  # no team made
