"""The readers that decided "is this ours?" on their own now ask desktop.core.file_kinds (the one answer
the Sync and Survey pages give: tests/sync/test_file_kinds_one_answer.py), each keeping its own refusals.
Before: the team update reader called an intact ZIP whose first member is manifest.json (no signature)
"cut short, copy it again" and the bundle reader "a team update or a team file", where file_kinds calls
it any other ZIP; the team file reader called a team update cut short "not a Majlis team file", an intact
unsigned ZIP with team.json first and a member spoilt "cut short"; the team update reader called the team
file cut short "not a Majlis team update"; restore/--db called every ZIP "a ZIP file (a workbook, ..., a
team file or a team update)"; and a search of a stick opened each file two to five times (now once: what
it hands the importer is unchanged, a ZIP whose directory cannot be read included). Files made by the real
writers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop.core.errors import NotADatabase
from desktop.core.file_kinds import kind_of_file
from desktop.core.sqlcipher_file import refuse_other_files
from desktop.sync import sniff
from desktop.sync.bundle_reader import open_bundle, read_team_update
from desktop.sync.errors import (
    BundleError,
    NotABundleError,
    NotATeamFileError,
    TruncatedTeamFileError,
    TruncatedTeamUpdateError,
)
from desktop.sync.team_file import read_team_file
from tests.team_writings import members_of, team_writings, zip_of

A_TEAM_UPDATE_OR_FILE = "This is not a bundle but a team update or a team file"
THE_TEAM_FILE = "This is the team file, not a team update"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("readers")
    written = team_writings(tmp)
    update, bundle, team_file = written.update, written.bundle, written.team_file
    key, identities = written.central_verify_key, written.identities
    Workbook().save(tmp / "made.xlsx")
    workbook = (tmp / "made.xlsx").read_bytes()
    manifest = members_of(update)["manifest.json"]
    unsigned_team = zip_of({"team.json": members_of(team_file)["team.json"], "notes.txt": b"n" * 64})
    spoilt_at = unsigned_team.rindex(b"n" * 64)  # a byte of notes.txt changed: its CRC no longer matches
    files = {
        "update": update, "update-cut": update[: len(update) // 2],
        "team-file": team_file, "team-file-cut": team_file[: len(team_file) // 2],
        # Intact, unsigned, its first member the manifest: no team update, whole or cut (file_kinds: "zip").
        "manifest-first-unsigned": zip_of({"manifest.json": manifest, "changes.jsonl": b""}),
        "team-json-first-spoilt": unsigned_team[:spoilt_at] + b"x" + unsigned_team[spoilt_at + 1:],
        "workbook": workbook, "workbook-cut": workbook[: len(workbook) // 2],
        "bundle": bundle,
    }
    folder = tmp / "files"
    folder.mkdir()
    for name, data in files.items():
        (folder / f"{name}.bin").write_bytes(data)
    yield {"files": files, "folder": folder, "key": key, "identities": identities}


def test_the_files_are_what_file_kinds_says(made: dict[str, Any]) -> None:
    kinds = {name: kind_of_file(made["folder"] / f"{name}.bin") for name in made["files"]}
    assert kinds == {"update": "team_update", "update-cut": "team_update", "team-file": "team_file",
                     "team-file-cut": "team_file", "manifest-first-unsigned": "zip", "team-json-first-spoilt": "zip",
                     "workbook": "zip", "workbook-cut": "zip", "bundle": "bundle"}


def _refusal(read: Any) -> tuple[str, str]:
    try:
        read()
    except BundleError as exc:
        return type(exc).__name__, THE_TEAM_FILE if exc.message.startswith(THE_TEAM_FILE) else exc.message
    return "", ""


def test_the_team_update_reader_says_cut_short_only_of_a_team_update(made: dict[str, Any]) -> None:
    files, key = made["files"], made["key"]
    with pytest.raises(TruncatedTeamUpdateError):
        read_team_update(files["update-cut"], key)
    said = {name: _refusal(lambda data=files[name]: read_team_update(data, key))
            for name in ("manifest-first-unsigned", "team-file", "team-file-cut", "workbook-cut")}
    assert said == {"manifest-first-unsigned": ("NotABundleError", "This is not a Majlis team update."),
                    "team-file": ("NotABundleError", THE_TEAM_FILE),
                    "team-file-cut": ("NotABundleError", THE_TEAM_FILE),  # before: "not a Majlis team update"
                    "workbook-cut": ("NotABundleError", "This is not a Majlis team update.")}


def test_the_bundle_reader_names_ours_as_file_kinds_does(made: dict[str, Any]) -> None:
    files, identities = made["files"], made["identities"]
    ours = {}
    for name in ("update", "update-cut", "team-file", "team-file-cut", "manifest-first-unsigned",
                 "team-json-first-spoilt", "workbook", "workbook-cut"):
        with pytest.raises(NotABundleError) as refused:
            open_bundle(files[name], identities, expected_team_id=None)
        ours[name] = refused.value.message.startswith(A_TEAM_UPDATE_OR_FILE)
    assert ours == {"update": True, "update-cut": True, "team-file": True, "team-file-cut": True,
                    "manifest-first-unsigned": False, "team-json-first-spoilt": False,
                    "workbook": False, "workbook-cut": False}


def test_the_team_file_reader_says_cut_short_only_of_a_team_file(made: dict[str, Any]) -> None:
    files = made["files"]
    with pytest.raises(TruncatedTeamFileError):
        read_team_file(files["team-file-cut"])
    for name in ("update", "update-cut"):  # before, one cut short: "This is not a Majlis team file."
        with pytest.raises(NotATeamFileError) as refused:
            read_team_file(files[name])
        assert refused.value.message.startswith("This is a team update, not the team file"), name
    with pytest.raises(NotATeamFileError) as refused:  # intact, no team file: before, "cut short"
        read_team_file(files["team-json-first-spoilt"])
    assert not isinstance(refused.value, TruncatedTeamFileError)


def test_restore_and_db_name_which_zip(made: dict[str, Any]) -> None:
    said = {}
    for name in ("update", "update-cut", "team-file", "team-file-cut", "workbook", "manifest-first-unsigned"):
        path = made["folder"] / f"{name}.bin"
        with pytest.raises(NotADatabase) as refused:
            refuse_other_files(path)
        said[name] = str(refused.value).removeprefix(f"{path} ")
    assert said == {
        "update": "is a team update, not a Majlis database",
        "update-cut": "is a team update, not a Majlis database",
        "team-file": "is a team file, not a Majlis database",
        "team-file-cut": "is a team file, not a Majlis database",
        "workbook": "is a ZIP file (a workbook or a REFI-QDA project), not a Majlis database",
        "manifest-first-unsigned": "is a ZIP file (a workbook or a REFI-QDA project), not a Majlis database",
    }


#: The files the audit hook counts the opens of (None: not counting).
_COUNTING: list[Path] = []
_OPENED: list[str] = []


def _count_opens(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _COUNTING and isinstance(args[0], str | Path) and Path(args[0]).parent == _COUNTING[0]:
        _OPENED.append(Path(args[0]).name)


sys.addaudithook(_count_opens)  # Python's own record of every open(): no reader is replaced


def test_a_searched_folder_opens_each_file_once(
        made: dict[str, Any], tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for name, data in made["files"].items():
        (stick / f"{name}.bin").write_bytes(data)
    (stick / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    (stick / "notes.txt").write_text("agenda for Thursday\n", encoding="utf-8")
    _COUNTING.append(stick)
    try:
        found = sniff.bundles_in([stick])
    finally:
        _COUNTING.clear()
    opened, _OPENED[:] = list(_OPENED), []
    assert sorted(p.name for p in found) == ["bundle.bin", "team-file-cut.bin", "team-file.bin", "update-cut.bin",
                                             "update.bin", "workbook-cut.bin"]  # its reader says what is wrong
    assert sorted(opened) == sorted({*opened}) and len(opened) == len(made["files"]) + 2, opened
