"""Files that are no file, or not the file asked for, each refused in one line with nothing changed.

Found by trying the commands as a clumsy user would: ``restore --db`` over a text file or a folder
moved it away as a "before-restore" copy and put the database there (exit 0); ``--db ''`` was a
traceback; ``restore --from /dev/zero`` filled the disk; an export over a pipe or a device node
replaced it with a regular file (run as root, /dev/null itself); ``conflicts resolve --text-file
/dev/zero`` read until memory ran out; a pipe given to ``team join``, ``team update import`` or
``restore --from`` waited for ever; ``codebook import`` and ``survey import`` said a pipe "does not
exist"; the team's key file among the bundles was "not encrypted for any of the team keys loaded here";
a file where the backups folder goes was "File exists".
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import threading
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.backups import backup_dir
from desktop.core.models import Participant
from desktop.sync.keys import write_identity_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.team_copies import TeamTemplate, copy_team_files, team_template

pytestmark = pytest.mark.usefixtures("env_passphrase")

DEVICE = "/dev/zero"  # a character device every Linux and macOS machine has


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _team_with_a_participant(folder: Path) -> Team:
    team = make_team(folder, devices=1)
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    return team


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> TeamTemplate:
    return team_template(tmp_path_factory, _team_with_a_participant)


@pytest.fixture
def dbs(made: TeamTemplate, tmp_path: Path) -> dict[str, Path]:
    """A centre and a field laptop in its team, the laptop holding a participant: a copy of the module's
    (tests/team_copies.py), closed."""
    copy_team_files(made, tmp_path)
    return {"centre": tmp_path / "centre.db", "field": tmp_path / "field0.db",
            "team_file": tmp_path / made.team_file, "key": tmp_path / made.identity_file}


@pytest.fixture
def backup(dbs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> Path:
    code, _out, err = run(capsys, "backup", "--db", dbs["field"])
    assert code == 0, err
    return next(backup_dir(dbs["field"]).glob("majlis-*.db"))


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def one_line(err: str) -> str:
    assert err.startswith("majlis-cli: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


# --- restore ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("what", ["text", "folder", "empty name", "the current folder"])
def test_restore_never_puts_a_database_in_place_of_what_is_no_database(
        backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        what: str) -> None:
    thesis = tmp_path / "thesis.txt"
    thesis.write_text("Chapter 1: my thesis draft, do not lose it. " * 40, encoding="utf-8")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("hi", encoding="utf-8")
    monkeypatch.chdir(notes)
    target = {"text": str(thesis), "folder": str(notes), "empty name": "", "the current folder": "."}[what]
    code, out, err = run(capsys, "restore", "--db", target, "--from", backup)
    assert code == 3 and out == "", (code, out, err)
    assert "not a Majlis database" in one_line(err) and "nothing was changed" in err
    assert thesis.read_text(encoding="utf-8").startswith("Chapter 1")
    assert sorted(p.name for p in notes.iterdir()) == ["a.txt"]
    made = [p.name for p in tmp_path.iterdir() if p.name.endswith((".backups", ".lock"))]
    assert all(name.startswith(("field0.db", "centre.db")) for name in made), made


@pytest.mark.parametrize("source", ["device", "pipe"])
def test_restore_from_a_device_or_a_pipe_is_refused_at_once(
        dbs: dict[str, Path], pipe: Path, capsys: pytest.CaptureFixture[str], source: str) -> None:
    before = digest(dbs["field"])
    given = DEVICE if source == "device" else str(pipe)
    code, out, err = run(capsys, "restore", "--db", dbs["field"], "--from", given)
    assert code == 3 and out == ""
    assert one_line(err) == f"majlis-cli: {given} is a device or a pipe, not a Majlis database\n"
    assert digest(dbs["field"]) == before
    assert not [p for p in dbs["field"].parent.iterdir() if p.name.startswith(".")]  # no hidden copy left


def test_a_restore_over_a_database_still_works(dbs: dict[str, Path], backup: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "restore", "--db", dbs["field"], "--from", backup)
    assert code == 0, err
    assert out.startswith(f"restored {dbs['field']} from {backup}")


# --- exports over a pipe or a device ------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["xlsx", "qdc", "qdpx"])
def test_an_export_never_replaces_a_pipe(dbs: dict[str, Path], pipe: Path, capsys: pytest.CaptureFixture[str],
                                         fmt: str) -> None:
    code, out, err = run(capsys, "export", fmt, "--db", dbs["field"], "--out", pipe)
    assert code == 3 and out == ""
    assert one_line(err) == (f"majlis-cli: {pipe} is a device or a pipe, not a file; an export needs a file name; "
                             "nothing was written\n")
    assert pipe.is_fifo()


# --- files read by commands ---------------------------------------------------------------------------

@pytest.mark.parametrize("source", ["device", "pipe"])
def test_conflict_text_from_a_device_or_a_pipe_is_refused(
        dbs: dict[str, Path], pipe: Path, capsys: pytest.CaptureFixture[str], source: str) -> None:
    given = DEVICE if source == "device" else str(pipe)
    code, out, err = run(capsys, "conflicts", "resolve", "--db", dbs["centre"], "1", "--text-file", given)
    assert code != 0 and out == ""
    assert one_line(err) == f"majlis-cli: {given} is a device or a pipe, not a text file; nothing was changed\n"


def test_conflict_text_longer_than_any_text_is_refused_unread(dbs: dict[str, Path], tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.core.field_text import TEXT_LIMIT

    long = tmp_path / "merged.txt"
    long.write_text("ب" * (TEXT_LIMIT + 1), encoding="utf-8")
    code, out, err = run(capsys, "conflicts", "resolve", "--db", dbs["centre"], "1", "--text-file", long)
    assert code != 0 and out == ""
    assert f"holds more than {TEXT_LIMIT:,} characters" in one_line(err)


def test_codebook_and_survey_import_name_a_pipe_as_such(dbs: dict[str, Path], pipe: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(dbs["field"])
    code, _out, err = run(capsys, "codebook", "import", "--db", dbs["field"], pipe)
    assert code == 3 and one_line(err) == f"majlis-cli: {pipe} is a device or a pipe, not a codebook (.qdc or .qdpx)\n"
    code, _out, err = run(capsys, "codebook", "import", "--db", dbs["field"], DEVICE)
    assert code == 3 and "is a device or a pipe" in one_line(err)
    code, _out, err = run(capsys, "survey", "import", "--db", dbs["field"], pipe)
    assert code == 3 and one_line(err) == f"majlis-cli: {pipe} is a device or a pipe, not a survey file\n"
    assert digest(dbs["field"]) == before


def test_team_join_and_update_import_never_wait_on_a_pipe(tmp_path: Path, pipe: Path, dbs: dict[str, Path],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "init", "--db", tmp_path / "new.db", "--device-name", "new laptop")
    assert code == 0, err
    results: list[tuple[int, str]] = []

    def attempts() -> None:
        for argv in (("team", "join", "--db", tmp_path / "new.db", "--team-file", pipe),
                     ("team", "update", "import", "--db", dbs["field"], pipe)):
            code, _out, err = run(capsys, *argv)
            results.append((code, err))

    worker = threading.Thread(target=attempts, daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # free the reader that waits, so the test run goes on, then fail
        with open(pipe, "wb"):
            pass
        worker.join(10)
        pytest.fail("a command waited on a pipe")
    assert [code for code, _ in results] == [1, 1], results
    assert "This is a device or a pipe, not the team file." in one_line(results[0][1])
    assert "This is a device or a pipe, not a team update." in one_line(results[1][1])


def test_missing_team_file_and_update_are_named(tmp_path: Path, dbs: dict[str, Path],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "team", "update", "import", "--db", dbs["field"], tmp_path / "nope")
    assert code == 3 and one_line(err) == f"majlis-cli: the team update {tmp_path / 'nope'} does not exist; nothing was changed\n"
    code, _out, err = run(capsys, "team", "update", "import", "--db", dbs["field"], tmp_path)
    assert code == 1 and "This is a folder, not a team update." in one_line(err)


# --- the team's key file, where a bundle or a database was wanted -------------------------------------

@pytest.fixture(scope="module")
def protected_key(made: TeamTemplate, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The module's centre's key as ``team key export`` writes it protected by a passphrase, exported once
    per module (seconds of scrypt) from a copy of the centre; each test takes a copy of the file."""
    folder = tmp_path_factory.mktemp("key")
    centre = folder / "centre.db"
    shutil.copyfile(made.folder / made.centre, centre)
    protected = folder / "team-key.age"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("MAJLIS_STATE_DIR", str(folder / "state"))
        env.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
        env.setenv("MAJLIS_KEY_PASSPHRASE", "a key passphrase")
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["team", "key", "export", "--db", str(centre), "--out", str(protected)])
    assert code == 0, err.getvalue()
    return protected


@pytest.fixture
def key_files(dbs: dict[str, Path], protected_key: Path, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    from desktop.sync.keys import load_identity_file

    plain = tmp_path / "stick" / "team-key.txt"
    plain.parent.mkdir()
    write_identity_file(plain, load_identity_file(dbs["key"]))
    protected = tmp_path / "stick" / "team-key.age"
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "a key passphrase")
    shutil.copyfile(protected_key, protected)
    assert protected.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    return {"plain": plain, "protected": protected}


@pytest.mark.parametrize("kind", ["plain", "protected"])
def test_the_team_key_given_as_a_bundle_is_named(dbs: dict[str, Path], key_files: dict[str, Path],
                                                 capsys: pytest.CaptureFixture[str], kind: str) -> None:
    before = digest(dbs["centre"])
    code, out, err = run(capsys, "bundle", "import", "--db", dbs["centre"], "--identity-file", dbs["key"],
                         key_files[kind])
    assert code == 1
    assert f"refused {key_files[kind]}: [not_a_bundle] This is the team's key file, not a bundle" in err, err
    assert digest(dbs["centre"]) == before


def test_the_team_key_on_the_stick_is_passed_over(dbs: dict[str, Path], key_files: dict[str, Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "bundle", "import", "--db", dbs["centre"], "--identity-file", dbs["key"],
                          key_files["plain"].parent)
    assert "[no_bundle]" in err and "team key" not in err and "wrong_identity" not in err, err


@pytest.mark.parametrize(("kind", "said"), [("plain", "the team's key file (plain text)"),
                                            ("protected", "the team's key file (protected by its own passphrase)")])
def test_the_team_key_given_as_a_database_is_named(dbs: dict[str, Path], key_files: dict[str, Path],
                                                   capsys: pytest.CaptureFixture[str], kind: str, said: str) -> None:
    code, _out, err = run(capsys, "status", "--db", key_files[kind])
    assert code == 3 and one_line(err) == f"majlis-cli: {key_files[kind]} is {said}, not a Majlis database\n"
    before = digest(dbs["field"])
    code, _out, err = run(capsys, "restore", "--db", dbs["field"], "--from", key_files[kind])
    assert code == 3 and f"is {said}, not a Majlis database" in one_line(err)
    assert digest(dbs["field"]) == before


# --- the backups folder -------------------------------------------------------------------------------

def test_a_file_where_the_backups_folder_goes_is_named(dbs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    backup_dir(dbs["field"]).write_text("not a folder", encoding="utf-8")
    code, out, err = run(capsys, "backup", "--db", dbs["field"])
    assert code == 4 and out == ""
    assert one_line(err) == (f"majlis-cli: {backup_dir(dbs['field'])} is a file, not the backups folder Majlis keeps "
                             "beside the database: move or rename it; nothing was written\n")


def test_the_apps_codebook_import_refuses_a_pipe_unread(dbs: dict[str, Path], pipe: Path) -> None:
    """The Codebook page's Import reads through the same function (refi_qda.read_codebook)."""
    from desktop.core.db import open_store
    from desktop.exports import refi_qda
    from tests.conftest import PASSPHRASE

    store = open_store(dbs["field"], PASSPHRASE)
    try:
        with store.transaction() as s, pytest.raises(refi_qda.QdcError, match="a device or a pipe"):
            refi_qda.read_codebook(s, pipe)
    finally:
        store.close()
