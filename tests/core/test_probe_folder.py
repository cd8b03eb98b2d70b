"""``probe_folder``: what a write to a name would refuse about the name and its folder, said before the work
(majlis-cli team key export asks it before the passphrase and the seconds of sealing), and nothing left."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.atomic_file import atomic_output, probe_folder


def test_a_folder_that_takes_files_is_left_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a coordinator's notes", encoding="utf-8")
    probe_folder(tmp_path / "team.age", replace=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no temporary file, no key file


@pytest.mark.parametrize("replace", [False, True])
def test_what_the_write_would_refuse_is_refused_first(tmp_path: Path, replace: bool) -> None:
    with pytest.raises(FileNotFoundError) as gone:
        probe_folder(tmp_path / "no stick" / "team.age", replace=replace)
    assert gone.value.filename == str(tmp_path / "no stick")  # the folder the person gave, not a temporary
    (tmp_path / "a folder").mkdir()
    with pytest.raises(IsADirectoryError):
        probe_folder(tmp_path / "a folder", replace=replace)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder"]


def test_an_existing_file_is_refused_only_where_it_would_not_be_replaced(tmp_path: Path) -> None:
    key = tmp_path / "team.age"
    key.write_bytes(b"the only copy of another key")
    with pytest.raises(FileExistsError):
        probe_folder(key, replace=False)
    probe_folder(key, replace=True)
    assert key.read_bytes() == b"the only copy of another key"
    with atomic_output(key, replace=True) as out:  # the write the probe stood for still goes through
        out.write(b"new")
    assert key.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["team.age"]
