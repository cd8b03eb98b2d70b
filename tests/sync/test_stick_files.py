"""stick_files.sort_stick_files: what `majlis-cli bundle import` and the Sync page both do with the files
on a stick at the centre: the team updates told apart by content (each once, in the order given), the
centre's own among them, the team file found in a folder passed over (named, left to the importer), the
rest handed to the importer in the order given; each file's head opened once. signed_kind says what
sniff.is_team_update_file and sniff.is_signed_majlis_zip say. Real team, real bundles and team updates."""

from __future__ import annotations

import builtins
import os
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop.core import file_kinds
from desktop.core.models import Participant
from desktop.sync import keys, sniff
from desktop.sync.export import export_bundle
from desktop.sync.stick_files import StickFiles, signed_kind, sort_stick_files
from desktop.sync.team import write_team_update
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import forged_team_update


def _bundle(team: Team, code: str, out: Path) -> Path:
    with team.devices[0].transaction() as s:
        s.add(Participant(code=code))
    written = export_bundle(team.devices[0], out)
    assert written is not None
    return written.path


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[tuple[Team, Path]]:
    """A stick: two bundles, the centre's own update (renamed: content decides), another team's, one
    signed with a stranger's key, one cut short, the team file, a Word file; the team still open."""
    stick = tmp_path / "stick"
    (stick / "updates").mkdir(parents=True)
    (tmp_path / "team").mkdir()
    team = make_team(tmp_path / "team", devices=1)
    _bundle(team, "BSR-FG01-P01", stick / "a.majlis")
    _bundle(team, "BSR-FG01-P02", stick / "b.majlis")
    write_team_update(team.centre, stick / "updates" / "own.bin")
    forged_team_update(team.centre, [], stick / "updates" / "forged.majlis", key=keys.generate_signing_key())
    (stick / "updates" / "cut.majlis").write_bytes((stick / "updates" / "own.bin").read_bytes()[:200])
    (stick / "team.majlis-team").write_bytes(team.team_file.read_bytes())
    with zipfile.ZipFile(stick / "minutes.docx", "w") as word:
        word.writestr("[Content_Types].xml", "<Types/>")
    (tmp_path / "other").mkdir()
    other = make_team(tmp_path / "other", devices=0, name="Another team")
    try:
        write_team_update(other.centre, stick / "updates" / "other-team.majlis")
    finally:
        other.close()
    yield team, stick
    team.close()


def _names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_the_centre_sorts_a_stick(stick: tuple[Team, Path]) -> None:
    team, folder = stick
    found = sniff.bundles_in([folder])  # as both search a folder: by content, sorted by path
    named = [folder / "b.majlis"]  # b named and found again in its folder: bundles_in keeps it once
    files = sniff.bundles_in(named + [folder])
    assert files[0] == folder / "b.majlis" and sorted(files) == sorted(found)

    got = sort_stick_files(team.centre, files, in_folders=set(files) - set(named))

    updates = ["updates/cut.majlis", "updates/forged.majlis", "updates/other-team.majlis", "updates/own.bin"]
    assert _names(got.updates, folder) == updates
    assert _names(got.own, folder) == ["updates/own.bin"]
    assert _names(got.others, folder) == updates[:3]
    assert _names(got.bundles, folder) == ["b.majlis", "a.majlis"]  # the team file in the folder passed over


def test_named_the_team_file_and_anything_else_go_to_the_importer(stick: tuple[Team, Path], tmp_path: Path) -> None:
    team, folder = stick
    named = [folder / "team.majlis-team", folder / "minutes.docx", tmp_path / "gone.majlis", folder / "updates",
             folder / "a.majlis"]
    got = sort_stick_files(team.centre, named)
    assert got == StickFiles([], [], named)


def test_a_team_update_once_however_it_came(stick: tuple[Team, Path]) -> None:
    """Told apart already (the Sync page's chosen one) and found again in its folder, or named twice by
    another spelling: one update, first as given."""
    team, folder = stick
    own = folder / "updates" / "own.bin"
    again = folder / "updates" / ".." / "updates" / "own.bin"
    got = sort_stick_files(team.centre, [folder / "a.majlis", again, own], updates=[own])
    assert got.updates == got.own == [own] and got.bundles == [folder / "a.majlis"]
    got = sort_stick_files(team.centre, [again, own], in_folders={own})
    assert got.updates == got.own == [again]


def test_a_laptop_has_no_own_team_update(stick: tuple[Team, Path]) -> None:
    """On a coordinator's laptop every team update is the centre's to apply: none is "its own"."""
    team, folder = stick
    got = sort_stick_files(team.devices[0], sniff.bundles_in([folder]))
    assert len(got.updates) == 4 and got.own == [] and got.others == got.updates


def test_each_files_head_is_opened_once(stick: tuple[Team, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """sniff.is_team_update_file and is_signed_majlis_zip opened each file twice, and the CLI and the
    page asked both: here one open each (a team update is then read whole, elsewhere, for its signature)."""
    team, folder = stick
    files = sniff.bundles_in([folder])
    opened: Counter[str] = Counter()

    def counted(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened[Path(file).name] += 1
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(file_kinds, "open", counted, raising=False)
    sort_stick_files(team.centre, files, in_folders=set(files))
    assert opened == Counter(p.name for p in files), opened


def test_signed_kind_says_what_sniff_says(stick: tuple[Team, Path], tmp_path: Path) -> None:
    team, folder = stick
    book = Workbook()
    book.save(tmp_path / "report.xlsx")
    with zipfile.ZipFile(tmp_path / "both.zip", "w") as both:  # a team file's and a team update's names
        for name in ("team.json", "team.sig", "manifest.json", "manifest.sig"):
            both.writestr(name, "")
    (tmp_path / "team-cut.bin").write_bytes(team.team_file.read_bytes()[:120])
    (tmp_path / "empty.majlis").write_bytes(b"")
    (tmp_path / "pk.zip").write_bytes(b"PK\x03\x04 cut short")
    candidates = [*sorted(p for p in folder.rglob("*") if p.is_file()), tmp_path / "report.xlsx",
                  tmp_path / "both.zip", tmp_path / "team-cut.bin", tmp_path / "empty.majlis", tmp_path / "pk.zip",
                  folder / "updates", tmp_path / "gone.majlis"]
    kinds = {p.name: signed_kind(p) for p in candidates}
    assert kinds["own.bin"] == kinds["cut.majlis"] == "team_update"
    # Both sets of names: a team file, on every page (file_kinds: the team file's members decide first).
    assert kinds["team.majlis-team"] == kinds["team-cut.bin"] == kinds["both.zip"] == "team_file"
    for path in candidates:
        assert (kinds[path.name] == "team_update") == sniff.is_team_update_file(path), path
        assert (kinds[path.name] != "") == sniff.is_signed_majlis_zip(path), path
    if hasattr(os, "mkfifo"):  # a named pipe is never opened: it would hold the import on its first read
        os.mkfifo(tmp_path / "pipe.majlis")
        got = sort_stick_files(team.centre, [tmp_path / "pipe.majlis"])
        assert got.bundles == [tmp_path / "pipe.majlis"]


def test_one_answer_for_the_signed_kinds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """sniff.signed_kind is the one answer to "a team update? the team file?": the stick's sorting names
    the same function, and sniff's booleans are its answer, not a second reading of file_kinds (each kept
    its own list of the signed kinds). Told by making signed_kind say "team file" of a plain text file."""
    from desktop.sync import stick_files

    assert stick_files.signed_kind is sniff.signed_kind
    text = tmp_path / "notes.txt"
    text.write_text("not a Majlis file")
    assert sniff.signed_kind(text) == "" and not sniff.is_signed_majlis_zip(text)
    monkeypatch.setattr(sniff, "signed_kind", lambda path: sniff.TEAM_FILE)
    assert sniff.is_signed_majlis_zip(text) and not sniff.is_team_update_file(text)
    monkeypatch.setattr(sniff, "signed_kind", lambda path: sniff.TEAM_UPDATE)
    assert sniff.is_signed_majlis_zip(text) and sniff.is_team_update_file(text)


def test_team_updates_are_taken_by_their_numbers(tmp_path: Path) -> None:
    """Named "-10" and "-9" (as team updates are named by number): 9 first, whatever order they came in
    and however the letters sort, so the CLI and the page apply 9 and then 10 rather than refusing 9."""
    team = make_team(tmp_path, devices=1)
    try:
        nine = write_team_update(team.centre, tmp_path / "team-update-9.majlis").path
        ten = write_team_update(team.centre, tmp_path / "team-update-10.majlis").path
        got = sort_stick_files(team.devices[0], [ten, nine])
        assert got.updates == [nine, ten] and got.bundles == []
    finally:
        team.close()
