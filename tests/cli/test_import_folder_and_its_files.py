"""`majlis-cli bundle import STICK STICK/a.majlis` (a folder and a file inside it, as a shell glob or a
hurried coordinator names them) imports and counts each file once, as the Sync page does."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.import_sources import files_to_import


def test_a_folder_and_a_file_inside_it_give_each_file_once(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    (stick / "day2").mkdir(parents=True)
    files = [stick / "a.majlis", stick / "day2" / "b.majlis"]
    for f in files:
        f.write_bytes(b"age-encryption.org/v1\n-> X25519 somebody\n")
    found, empty = files_to_import([files[0], stick, stick / "day2", files[1]])
    assert sorted(found) == sorted(files) and len(found) == 2, found
    assert empty == []
