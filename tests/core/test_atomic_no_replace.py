"""``replace=False`` (bundles, key files): a file that appears at the target while the writer works
is never overwritten, on a file system with hard links and on one without (a FAT USB stick)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.core.atomic_file import atomic_output, write_atomic


def test_existing_target_is_refused_before_any_work(tmp_path: Path) -> None:
    target = tmp_path / "b.majlis"
    target.write_bytes(b"not sent yet")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"new", replace=False)
    assert target.read_bytes() == b"not sent yet" and [p.name for p in tmp_path.iterdir()] == ["b.majlis"]


@pytest.mark.parametrize("hard_links", [True, False])
def test_target_that_appears_meanwhile_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               hard_links: bool) -> None:
    if not hard_links:
        def no_links(src: object, dst: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")  # what vfat answers to link()
        monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "b.majlis"
    with pytest.raises(FileExistsError), atomic_output(target, replace=False) as out:
        out.write(b"new")
        target.write_bytes(b"written by someone else meanwhile")
    assert target.read_bytes() == b"written by someone else meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["b.majlis"]  # the temporary file went too


@pytest.mark.parametrize("hard_links", [True, False])
def test_new_target_is_written_whole_and_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 hard_links: bool) -> None:
    if not hard_links:
        monkeypatch.setattr(os, "link", lambda src, dst: (_ for _ in ()).throw(OSError(errno.EPERM, "no")))
    target = write_atomic(tmp_path / "b.majlis", b"bundle", replace=False)
    assert target.read_bytes() == b"bundle" and [p.name for p in tmp_path.iterdir()] == ["b.majlis"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
